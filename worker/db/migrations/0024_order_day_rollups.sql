CREATE TABLE `order_day_rollups` (
	`day` integer NOT NULL,
	`platform` text NOT NULL,
	`orders` integer NOT NULL,
	`gmv_fen` integer NOT NULL,
	`commission_fen` integer NOT NULL,
	`settled_fen` integer NOT NULL,
	PRIMARY KEY(`day`, `platform`)
);
--> statement-breakpoint
CREATE INDEX `orders_outlier_idx` ON `orders` (`ordered_at`) WHERE outlier = 1;--> statement-breakpoint
-- Every stored share says how much of its commission is settled, and the day rollups start as the sum of
-- the shares: the same numbers the next bookkeeping moves from (so nothing counts twice or goes missing).
UPDATE `orders` SET `rolled_up` = json_set(`rolled_up`, '$.settledFen', CASE WHEN `status` = 'settled' THEN json_extract(`rolled_up`, '$.commissionFen') ELSE 0 END) WHERE `rolled_up` IS NOT NULL;--> statement-breakpoint
INSERT INTO `order_day_rollups` (`day`, `platform`, `orders`, `gmv_fen`, `commission_fen`, `settled_fen`)
  SELECT json_extract(`rolled_up`, '$.day'), json_extract(`rolled_up`, '$.platform'), count(*), sum(json_extract(`rolled_up`, '$.gmvFen')),
    sum(json_extract(`rolled_up`, '$.commissionFen')), sum(json_extract(`rolled_up`, '$.settledFen'))
  FROM `orders` WHERE `rolled_up` IS NOT NULL GROUP BY 1, 2;
