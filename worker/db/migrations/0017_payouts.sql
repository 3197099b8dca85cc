CREATE TABLE `payouts` (
	`id` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`reference` text,
	`step_token` text NOT NULL,
	`requested_at` integer NOT NULL,
	`decided_at` integer,
	`paid_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payouts_status_idx` ON `payouts` (`status`,`requested_at`);--> statement-breakpoint
CREATE INDEX `payouts_affiliate_idx` ON `payouts` (`affiliate_id`,`requested_at`);--> statement-breakpoint
ALTER TABLE `ledger_entries` ADD `payout_id` text;--> statement-breakpoint
CREATE INDEX `ledger_payout_idx` ON `ledger_entries` (`payout_id`);