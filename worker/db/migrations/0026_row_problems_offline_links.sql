ALTER TABLE `import_row_errors` ADD `problem` text;--> statement-breakpoint
ALTER TABLE `import_row_errors` ADD `field` text;--> statement-breakpoint
ALTER TABLE `import_row_errors` ADD `value` text;--> statement-breakpoint
ALTER TABLE `network_rejected_rows` ADD `problem` text;--> statement-breakpoint
ALTER TABLE `network_rejected_rows` ADD `field` text;--> statement-breakpoint
ALTER TABLE `network_rejected_rows` ADD `value` text;--> statement-breakpoint
CREATE INDEX `share_codes_offline_idx` ON `share_codes` (`link_renewed_at`) WHERE link_status = 'offline';