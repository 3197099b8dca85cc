ALTER TABLE `products` ADD `offer` text;--> statement-breakpoint
ALTER TABLE `products` ADD `offer_checked_at` integer;