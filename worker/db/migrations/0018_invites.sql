CREATE TABLE `invites` (
	`code` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`joins` integer DEFAULT 0 NOT NULL,
	`revoked_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invites_affiliate_idx` ON `invites` (`affiliate_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `affiliates` ADD `awaiting_approval_since` integer;--> statement-breakpoint
CREATE INDEX `affiliates_inviter_idx` ON `affiliates` (`inviter_id`);