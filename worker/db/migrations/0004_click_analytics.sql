CREATE TABLE `click_rollups` (
	`code` text NOT NULL,
	`day` integer NOT NULL,
	`humans` integer NOT NULL,
	`uniques` integer NOT NULL,
	`bots` integer NOT NULL,
	`previews` integer NOT NULL,
	PRIMARY KEY(`code`, `day`)
);
--> statement-breakpoint
CREATE INDEX `click_rollups_day_idx` ON `click_rollups` (`day`);--> statement-breakpoint
CREATE TABLE `click_visitors` (
	`code` text NOT NULL,
	`day` integer NOT NULL,
	`visitor_hash` text NOT NULL,
	`ingest_token` text NOT NULL,
	PRIMARY KEY(`code`, `day`, `visitor_hash`)
);
--> statement-breakpoint
CREATE INDEX `click_visitors_ingest_idx` ON `click_visitors` (`ingest_token`);--> statement-breakpoint
ALTER TABLE `clicks` ADD `day` integer NOT NULL DEFAULT 0;--> statement-breakpoint
ALTER TABLE `clicks` ADD `kind` text NOT NULL DEFAULT 'human';--> statement-breakpoint
ALTER TABLE `clicks` ADD `device` text;--> statement-breakpoint
ALTER TABLE `clicks` ADD `os` text;--> statement-breakpoint
ALTER TABLE `clicks` ADD `browser` text;--> statement-breakpoint
ALTER TABLE `clicks` ADD `app` text;--> statement-breakpoint
ALTER TABLE `clicks` ADD `country` text;--> statement-breakpoint
ALTER TABLE `clicks` ADD `ingest_token` text;--> statement-breakpoint
CREATE INDEX `clicks_at_idx` ON `clicks` (`at`);--> statement-breakpoint
CREATE INDEX `clicks_ingest_idx` ON `clicks` (`ingest_token`);--> statement-breakpoint
-- Hand-written: carry existing clicks over (China day, bot flag) and build their rollups.
UPDATE `clicks` SET `day` = (`at` + 28800000) / 86400000, `kind` = CASE `ua_class` WHEN 'bot' THEN 'bot' ELSE 'human' END;--> statement-breakpoint
INSERT INTO `click_visitors` (`code`, `day`, `visitor_hash`, `ingest_token`)
  SELECT DISTINCT `code`, `day`, `visitor_hash`, 'migration' FROM `clicks` WHERE `kind` = 'human';--> statement-breakpoint
INSERT INTO `click_rollups` (`code`, `day`, `humans`, `uniques`, `bots`, `previews`)
  SELECT `code`, `day`, sum(`kind` = 'human'), count(DISTINCT CASE WHEN `kind` = 'human' THEN `visitor_hash` END), sum(`kind` = 'bot'), 0
  FROM `clicks` GROUP BY `code`, `day`;--> statement-breakpoint
ALTER TABLE `clicks` DROP COLUMN `ua_class`;