CREATE TABLE `affiliate_click_rollups` (
	`affiliate_id` text NOT NULL,
	`day` integer NOT NULL,
	`humans` integer NOT NULL,
	`bots` integer NOT NULL,
	`previews` integer NOT NULL,
	PRIMARY KEY(`affiliate_id`, `day`)
);
--> statement-breakpoint
-- Hand-written: build the per-affiliate rollups from the per-code ones already there.
INSERT INTO `affiliate_click_rollups` (`affiliate_id`, `day`, `humans`, `bots`, `previews`)
  SELECT s.`affiliate_id`, r.`day`, sum(r.`humans`), sum(r.`bots`), sum(r.`previews`)
  FROM `click_rollups` r JOIN `share_codes` s ON s.`code` = r.`code` GROUP BY s.`affiliate_id`, r.`day`;
