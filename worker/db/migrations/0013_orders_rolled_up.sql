ALTER TABLE `orders` ADD `rolled_up` text;--> statement-breakpoint
-- Hand-written backfill: what each live line already adds to order_rollups (the same grouping the day
-- rebuilds used), so bookkeeping can move it from here on instead of rebuilding days.
UPDATE `orders` SET `rolled_up` = x.r FROM (
  SELECT o.`id`, json_object(
      'day', CAST((o.`ordered_at` + 28800000) / 86400000 AS INTEGER), 'platform', o.`platform`,
      'affiliateId', coalesce(a.`affiliate_id`, ''), 'channel', coalesce(s.`channel`, ''), 'code', coalesce(a.`code`, ''),
      'product', coalesce(o.`platform` || ':' || o.`product_id`, ''), 'gmvFen', o.`paid_amount_fen`,
      'commissionFen', CASE WHEN o.`status` = 'settled' THEN coalesce(o.`actual_commission_fen`, o.`estimated_commission_fen`) ELSE o.`estimated_commission_fen` END) AS r
  FROM `orders` o LEFT JOIN `attributions` a ON a.`order_id` = o.`id` LEFT JOIN `share_codes` s ON s.`code` = a.`code`
  WHERE o.`status` NOT IN ('unpaid', 'invalid', 'refunded')
) AS x WHERE x.`id` = `orders`.`id`;
