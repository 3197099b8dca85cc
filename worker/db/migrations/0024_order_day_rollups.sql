CREATE TABLE `order_day_rollups` (
	`day` integer NOT NULL,
	`platform` text NOT NULL,
	`orders` integer NOT NULL,
	`gmv_fen` integer NOT NULL,
	`commission_fen` integer NOT NULL,
	`settled_fen` integer NOT NULL,
	`own_fen` integer DEFAULT 0 NOT NULL,
	`overrides_fen` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `platform`)
);
--> statement-breakpoint
CREATE INDEX `orders_outlier_idx` ON `orders` (`ordered_at`) WHERE outlier = 1;--> statement-breakpoint
-- Every stored share says how much of its commission is settled and what the ledger gives affiliates on the
-- line (their own shares, the overrides: what was booked with the share), and the day rollups start as the
-- sum of the shares — the same numbers the next bookkeeping moves from, so nothing counts twice or goes missing.
UPDATE `orders` SET `rolled_up` = json_set(`rolled_up`,
  '$.settledFen', CASE WHEN `status` = 'settled' THEN json_extract(`rolled_up`, '$.commissionFen') ELSE 0 END,
  '$.ownFen', (SELECT coalesce(sum(`amount_fen`), 0) FROM `ledger_entries` l WHERE l.`order_id` = `orders`.`id` AND l.`role` = 'own'),
  '$.overridesFen', (SELECT coalesce(sum(`amount_fen`), 0) FROM `ledger_entries` l WHERE l.`order_id` = `orders`.`id` AND l.`role` IN ('override_1', 'override_2')))
  WHERE `rolled_up` IS NOT NULL;--> statement-breakpoint
INSERT INTO `order_day_rollups` (`day`, `platform`, `orders`, `gmv_fen`, `commission_fen`, `settled_fen`, `own_fen`, `overrides_fen`)
  SELECT json_extract(`rolled_up`, '$.day'), json_extract(`rolled_up`, '$.platform'), count(*), sum(json_extract(`rolled_up`, '$.gmvFen')),
    sum(json_extract(`rolled_up`, '$.commissionFen')), sum(json_extract(`rolled_up`, '$.settledFen')),
    sum(json_extract(`rolled_up`, '$.ownFen')), sum(json_extract(`rolled_up`, '$.overridesFen'))
  FROM `orders` WHERE `rolled_up` IS NOT NULL GROUP BY 1, 2;
