CREATE TABLE `attributions` (
	`order_id` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`code` text,
	`method` text NOT NULL,
	`confidence` integer NOT NULL,
	`rate_bp` integer NOT NULL,
	`overrides` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attributions_affiliate_idx` ON `attributions` (`affiliate_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`detail` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `channel_ids` (
	`network` text NOT NULL,
	`channel_id` text NOT NULL,
	`affiliate_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_ids_network_channel_uq` ON `channel_ids` (`network`,`channel_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`network` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`encoding` text NOT NULL,
	`inserted` integer NOT NULL,
	`updated` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`rejected` integer NOT NULL,
	`errors` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`order_id` text,
	`kind` text NOT NULL,
	`role` text NOT NULL,
	`bucket` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_affiliate_idx` ON `ledger_entries` (`affiliate_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `ledger_order_idx` ON `ledger_entries` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_events` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`at` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_events_order_idx` ON `order_events` (`order_id`,`at`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`network` text NOT NULL,
	`line_id` text NOT NULL,
	`order_no` text NOT NULL,
	`product_id` text,
	`product_title` text,
	`status` text NOT NULL,
	`paid_amount_fen` integer NOT NULL,
	`estimated_commission_fen` integer NOT NULL,
	`actual_commission_fen` integer,
	`sub_id` text,
	`channel_ids` text NOT NULL,
	`click_at` integer,
	`ordered_at` integer NOT NULL,
	`settled_at` integer,
	`status_reason` text,
	`source_updated_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_network_line_uq` ON `orders` (`network`,`line_id`);--> statement-breakpoint
CREATE INDEX `orders_ordered_at_idx` ON `orders` (`ordered_at`);--> statement-breakpoint
CREATE TABLE `program_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tiers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rate_bp` integer NOT NULL,
	`override_l_1_bp` integer NOT NULL,
	`override_l_2_bp` integer NOT NULL,
	`sort` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `webhook_receipts` (
	`signature` text PRIMARY KEY NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `affiliates` ADD `tier_id` text;--> statement-breakpoint
ALTER TABLE `affiliates` ADD `inviter_id` text;