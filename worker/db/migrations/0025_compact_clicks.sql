CREATE TABLE `click_batch` (
	`day` integer NOT NULL,
	`code` text NOT NULL,
	`at` integer NOT NULL,
	`visitor` blob NOT NULL,
	`nonce` integer NOT NULL,
	`kind` integer NOT NULL,
	`facets` integer NOT NULL,
	`fresh` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `code`, `at`, `visitor`, `nonce`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `click_facets` (
	`id` integer PRIMARY KEY NOT NULL,
	`device` text NOT NULL,
	`os` text NOT NULL,
	`browser` text NOT NULL,
	`app` text NOT NULL,
	`country` text NOT NULL,
	`referrer_host` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `click_facets_all_idx` ON `click_facets` (`device`,`os`,`browser`,`app`,`country`,`referrer_host`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_click_visitors` (
	`code` text NOT NULL,
	`day` integer NOT NULL,
	`visitor` blob NOT NULL,
	PRIMARY KEY(`day`, `code`, `visitor`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT OR IGNORE INTO `__new_click_visitors`("code", "day", "visitor") SELECT "code", "day", coalesce(unhex(substr("visitor_hash", 1, 16)), CAST(substr("visitor_hash", 1, 8) AS BLOB)) FROM `click_visitors`;--> statement-breakpoint
DROP TABLE `click_visitors`;--> statement-breakpoint
ALTER TABLE `__new_click_visitors` RENAME TO `click_visitors`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_clicks` (
	`day` integer NOT NULL,
	`code` text NOT NULL,
	`at` integer NOT NULL,
	`visitor` blob NOT NULL,
	`nonce` integer NOT NULL,
	`kind` integer NOT NULL,
	`facets` integer NOT NULL,
	PRIMARY KEY(`day`, `code`, `at`, `visitor`, `nonce`),
	FOREIGN KEY (`code`) REFERENCES `share_codes`(`code`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT OR IGNORE INTO `click_facets`("device", "os", "browser", "app", "country", "referrer_host")
  SELECT DISTINCT coalesce("device", ''), coalesce("os", ''), coalesce("browser", ''), coalesce("app", ''), coalesce("country", ''), coalesce("referrer_host", '') FROM `clicks`;--> statement-breakpoint
INSERT OR IGNORE INTO `__new_clicks`("day", "code", "at", "visitor", "nonce", "kind", "facets")
  SELECT c."day", c."code", c."at", coalesce(unhex(substr(c."visitor_hash", 1, 16)), CAST(substr(c."visitor_hash", 1, 8) AS BLOB)), c.rowid,
    CASE c."kind" WHEN 'human' THEN 0 WHEN 'bot' THEN 1 WHEN 'preview' THEN 2 ELSE 3 END, f."id"
  FROM `clicks` c JOIN `click_facets` f ON f."device" = coalesce(c."device", '') AND f."os" = coalesce(c."os", '') AND f."browser" = coalesce(c."browser", '')
    AND f."app" = coalesce(c."app", '') AND f."country" = coalesce(c."country", '') AND f."referrer_host" = coalesce(c."referrer_host", '');--> statement-breakpoint
DROP TABLE `clicks`;--> statement-breakpoint
ALTER TABLE `__new_clicks` RENAME TO `clicks`;