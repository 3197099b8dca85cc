CREATE TABLE `affiliates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`key_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_hash_uq` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `clicks` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`at` integer NOT NULL,
	`visitor_hash` text NOT NULL,
	`ua_class` text NOT NULL,
	`referrer_host` text,
	FOREIGN KEY (`code`) REFERENCES `share_codes`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clicks_code_at_idx` ON `clicks` (`code`,`at`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`price_fen` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_platform_product_uq` ON `products` (`platform`,`external_id`);--> statement-breakpoint
CREATE TABLE `share_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`affiliate_id` text NOT NULL,
	`product_id` text NOT NULL,
	`channel` text NOT NULL,
	`destination_url` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`affiliate_id`) REFERENCES `affiliates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_codes_affiliate_product_channel_uq` ON `share_codes` (`affiliate_id`,`product_id`,`channel`);--> statement-breakpoint
CREATE INDEX `share_codes_affiliate_created_idx` ON `share_codes` (`affiliate_id`,`created_at`);