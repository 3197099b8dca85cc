CREATE TABLE `payout_accounts` (
	`affiliate_id` text PRIMARY KEY NOT NULL,
	`method` text NOT NULL,
	`sealed` text NOT NULL,
	`masked` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action
);
