CREATE TABLE `network_connections` (
	`network` text PRIMARY KEY NOT NULL,
	`credentials` text NOT NULL,
	`masked_key` text NOT NULL,
	`simulated` integer NOT NULL,
	`last_check_at` integer,
	`last_sync_at` integer,
	`last_error` text,
	`sync_cursor` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `share_codes` ADD `tracking` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `tracked_url` text;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `network_password` text;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `carries` text;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `offer` text;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `mint_error` text;