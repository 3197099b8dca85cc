CREATE TABLE `order_rollups` (
	`day` integer NOT NULL,
	`network` text NOT NULL,
	`affiliate_id` text NOT NULL,
	`channel` text NOT NULL,
	`orders` integer NOT NULL,
	`gmv_fen` integer NOT NULL,
	`commission_fen` integer NOT NULL,
	PRIMARY KEY(`day`, `network`, `affiliate_id`, `channel`)
);
--> statement-breakpoint
-- Hand-written: build the rollups for the lines already held.
INSERT INTO `order_rollups` (`day`, `network`, `affiliate_id`, `channel`, `orders`, `gmv_fen`, `commission_fen`)
  SELECT CAST((o.`ordered_at` + 28800000) / 86400000 AS INTEGER), o.`network`, coalesce(att.`affiliate_id`, ''), coalesce(s.`channel`, ''),
    count(*), sum(o.`paid_amount_fen`),
    sum(CASE WHEN o.`status` = 'settled' THEN coalesce(o.`actual_commission_fen`, o.`estimated_commission_fen`) ELSE o.`estimated_commission_fen` END)
  FROM `orders` o LEFT JOIN `attributions` att ON att.`order_id` = o.`id` LEFT JOIN `share_codes` s ON s.`code` = att.`code`
  WHERE o.`status` NOT IN ('unpaid', 'invalid', 'refunded')
  GROUP BY 1, 2, 3, 4;
