CREATE TABLE `affiliate_mints` (
	`id` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `affiliate_mints_affiliate_at_idx` ON `affiliate_mints` (`affiliate_id`,`at`);--> statement-breakpoint
CREATE TABLE `binding_states` (
	`state_hash` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`network` text NOT NULL,
	`created_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE TABLE `import_repeat_rows` (
	`batch_id` text NOT NULL,
	`line_key` text NOT NULL,
	`row` integer NOT NULL,
	`line` text NOT NULL,
	PRIMARY KEY(`batch_id`, `line_key`, `row`)
);
--> statement-breakpoint
CREATE TABLE `network_bindings` (
	`affiliate_id` text NOT NULL,
	`network` text NOT NULL,
	`external_id` text NOT NULL,
	`account_name` text,
	`bound_at` integer NOT NULL,
	PRIMARY KEY(`affiliate_id`, `network`)
);
--> statement-breakpoint
CREATE TABLE `network_rejected_rows` (
	`id` text PRIMARY KEY NOT NULL,
	`network` text NOT NULL,
	`raw` text NOT NULL,
	`reason` text NOT NULL,
	`fingerprint` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_rejected_rows_fingerprint_idx` ON `network_rejected_rows` (`fingerprint`);--> statement-breakpoint
CREATE INDEX `network_rejected_rows_network_idx` ON `network_rejected_rows` (`network`,`at`);--> statement-breakpoint
CREATE TABLE `network_usage` (
	`network` text NOT NULL,
	`day` integer NOT NULL,
	`mints` integer DEFAULT 0 NOT NULL,
	`renewals` integer DEFAULT 0 NOT NULL,
	`pulls` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`network`, `day`)
);
--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`address_hash` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_address_idx` ON `sign_in_attempts` (`address_hash`,`at`);--> statement-breakpoint
ALTER TABLE `network_connections` ADD `last_run` text;--> statement-breakpoint
ALTER TABLE `network_connections` ADD `range_from` integer;--> statement-breakpoint
ALTER TABLE `network_connections` ADD `range_to` integer;--> statement-breakpoint
ALTER TABLE `network_connections` ADD `range_cursor` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `wait_reason` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `contest` text;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `link_minted_at` integer;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `link_expires_at` integer;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `link_status` text DEFAULT 'untracked' NOT NULL;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `link_reason` text;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `link_renewed_at` integer;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `renewing_until` integer;--> statement-breakpoint
CREATE INDEX `clicks_flood_idx` ON `clicks` (`at`,`code`) WHERE kind = 'flood';--> statement-breakpoint
-- Backfill (hand-written): links minted before links knew their life count from when the code was made,
-- with the networks' lifetimes (worker/networks/index.ts: 淘口令 7 days, JD 60, PDD 30), so the cron renews
-- those in use and a click on a lapsed one mints afresh.
UPDATE `share_codes` SET `link_status` = 'live', `link_minted_at` = `created_at`,
  `link_expires_at` = `created_at` + 86400000 * (SELECT CASE p.`platform` WHEN 'jd' THEN 60 WHEN 'pdd' THEN 30 ELSE 7 END FROM `products` p WHERE p.`id` = `share_codes`.`product_id`)
  WHERE `tracking` = 'network';
