CREATE TABLE `dimension_click_rollups` (
	`day` integer NOT NULL,
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`humans` integer NOT NULL,
	`uniques` integer NOT NULL,
	`bots` integer NOT NULL,
	`previews` integer NOT NULL,
	PRIMARY KEY(`day`, `dimension`, `value`)
);
--> statement-breakpoint
-- Hand-written: build the dimension rollups from the raw clicks still held.
INSERT INTO `dimension_click_rollups` (`day`, `dimension`, `value`, `humans`, `uniques`, `bots`, `previews`)
  SELECT * FROM (
    SELECT c.`day`, 'app', coalesce(c.`app`, ''), sum(c.`kind` = 'human'), 0, sum(c.`kind` = 'bot'), sum(c.`kind` = 'preview') FROM `clicks` c GROUP BY c.`day`, coalesce(c.`app`, '')
    UNION ALL SELECT c.`day`, 'country', coalesce(c.`country`, ''), sum(c.`kind` = 'human'), 0, sum(c.`kind` = 'bot'), sum(c.`kind` = 'preview') FROM `clicks` c GROUP BY c.`day`, coalesce(c.`country`, '')
    UNION ALL SELECT c.`day`, 'device', coalesce(c.`device`, ''), sum(c.`kind` = 'human'), 0, sum(c.`kind` = 'bot'), sum(c.`kind` = 'preview') FROM `clicks` c GROUP BY c.`day`, coalesce(c.`device`, '')
    UNION ALL SELECT c.`day`, 'channel', s.`channel`, sum(c.`kind` = 'human'), 0, sum(c.`kind` = 'bot'), sum(c.`kind` = 'preview') FROM `clicks` c JOIN `share_codes` s ON s.`code` = c.`code` GROUP BY c.`day`, s.`channel`
    UNION ALL SELECT r.`day`, 'platform', p.`platform`, sum(r.`humans`), sum(r.`uniques`), sum(r.`bots`), sum(r.`previews`) FROM `click_rollups` r JOIN `share_codes` s ON s.`code` = r.`code` JOIN `products` p ON p.`id` = s.`product_id` GROUP BY r.`day`, p.`platform`
  ) WHERE true;
