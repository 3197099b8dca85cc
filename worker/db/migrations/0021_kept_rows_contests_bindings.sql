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
CREATE INDEX `clicks_flood_idx` ON `clicks` (`at`,`code`) WHERE kind = 'flood';