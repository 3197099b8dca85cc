CREATE TABLE `tier_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`from_tier_id` text,
	`to_tier_id` text NOT NULL,
	`reason` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tier_changes_affiliate_idx` ON `tier_changes` (`affiliate_id`,`at`);--> statement-breakpoint
ALTER TABLE `affiliates` ADD `tier_locked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `tiers` ADD `promote_own_sales_fen` integer;--> statement-breakpoint
ALTER TABLE `tiers` ADD `promote_own_commission_fen` integer;--> statement-breakpoint
ALTER TABLE `tiers` ADD `promote_team_sales_fen` integer;--> statement-breakpoint
-- Hand-written: a tier an admin set before promotion rules existed was the admin's choice; keep it.
UPDATE `affiliates` SET `tier_locked` = 1 WHERE `tier_id` IS NOT NULL;
--> statement-breakpoint
-- Default thresholds for the seeded tiers the operator has not edited (own settled commission over the
-- window; the upper two also ask for the direct team's settled sales — never head count, never a fee).
UPDATE `tiers` SET `promote_own_commission_fen` = 30000 WHERE `id` = 'tir_super' AND `updated_at` = 0;
--> statement-breakpoint
UPDATE `tiers` SET `promote_own_commission_fen` = 100000, `promote_team_sales_fen` = 2000000 WHERE `id` = 'tir_mentor' AND `updated_at` = 0;
--> statement-breakpoint
UPDATE `tiers` SET `promote_own_commission_fen` = 300000, `promote_team_sales_fen` = 10000000 WHERE `id` = 'tir_partner' AND `updated_at` = 0;
