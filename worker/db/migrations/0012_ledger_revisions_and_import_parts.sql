CREATE TABLE `import_parts` (
	`batch_id` text NOT NULL,
	`part` integer NOT NULL,
	`first_row` integer NOT NULL,
	`rows` integer NOT NULL,
	`inserted` integer NOT NULL,
	`updated` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`rejected` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`batch_id`, `part`)
);
--> statement-breakpoint
CREATE TABLE `import_row_errors` (
	`batch_id` text NOT NULL,
	`row` integer NOT NULL,
	`code` text NOT NULL,
	`message` text NOT NULL,
	PRIMARY KEY(`batch_id`, `row`)
);
--> statement-breakpoint
ALTER TABLE `import_batches` ADD `header` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `header_row` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `total_rows` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `ledger_entries` ADD `seq` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_order_seq_uq` ON `ledger_entries` (`order_id`,`seq`);--> statement-breakpoint
ALTER TABLE `orders` ADD `source_time_known` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `parent_order_no` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `paid_at` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `settled_amount_fen` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `service_fee_fen` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `commission_rate_bp` integer;--> statement-breakpoint
ALTER TABLE `orders` ADD `refund_claim` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `content_hash` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `ledger_revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `waiting` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `write_token` text;--> statement-breakpoint
CREATE INDEX `orders_waiting_idx` ON `orders` (`id`) WHERE waiting = 1;--> statement-breakpoint
CREATE INDEX `orders_waiting_sub_idx` ON `orders` (`sub_id`) WHERE waiting = 1;--> statement-breakpoint
CREATE INDEX `orders_waiting_click_idx` ON `orders` (`product_id`,`click_at`) WHERE waiting = 1;--> statement-breakpoint
CREATE INDEX `orders_unbooked_idx` ON `orders` (`id`) WHERE ledger_revision < revision;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `title` text;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `price_fen` integer;--> statement-breakpoint
ALTER TABLE `share_codes` ADD `image_url` text;--> statement-breakpoint
CREATE INDEX `share_codes_product_idx` ON `share_codes` (`product_id`);--> statement-breakpoint
-- Hand-written backfills: lines that already have an attribution are not waiting for one; ledger entries
-- of a line are numbered in the order they were booked; stored row errors move to their own table
-- (the first 1,000 of each batch) and leave the batch row small.
UPDATE `orders` SET `waiting` = 0 WHERE `id` IN (SELECT `order_id` FROM `attributions`);--> statement-breakpoint
UPDATE `ledger_entries` SET `seq` = x.n FROM (
  SELECT `id`, row_number() OVER (PARTITION BY `order_id` ORDER BY `created_at`, rowid) - 1 AS n FROM `ledger_entries` WHERE `order_id` IS NOT NULL
) AS x WHERE x.`id` = `ledger_entries`.`id`;--> statement-breakpoint
INSERT OR IGNORE INTO `import_row_errors` (`batch_id`, `row`, `code`, `message`)
  SELECT b.`id`, e.value ->> '$.row', e.value ->> '$.code', e.value ->> '$.message' FROM `import_batches` b, json_each(b.`errors`) e WHERE e.key < 1000;--> statement-breakpoint
UPDATE `import_batches` SET `errors` = '[]';
