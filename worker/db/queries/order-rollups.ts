import { chinaDayStartOf, DAY_MS } from '../../../shared/china-time';

const DELETE_DAY = 'DELETE FROM order_rollups WHERE day = ?1';
const DELETE_DAY_TOTALS = 'DELETE FROM order_day_rollups WHERE day = ?1';
const REBUILD_DAY_TOTALS = `INSERT INTO order_day_rollups (day, platform, orders, gmv_fen, commission_fen, settled_fen)
  SELECT day, platform, sum(orders), sum(gmv_fen), sum(commission_fen), 0 FROM order_rollups WHERE day = ?1 GROUP BY platform`;
const SETTLED_OF_DAY = `UPDATE order_day_rollups SET settled_fen = (
    SELECT coalesce(sum(coalesce(o.actual_commission_fen, o.estimated_commission_fen)), 0) FROM orders o
    WHERE o.ordered_at >= ?2 AND o.ordered_at < ?3 AND o.status = 'settled' AND o.platform = order_day_rollups.platform)
  WHERE day = ?1`;
// One day's live lines, regrouped; the ordered_at range uses orders_day_totals_idx.
const REBUILD_DAY = `INSERT INTO order_rollups (day, platform, affiliate_id, channel, code, product, orders, gmv_fen, commission_fen)
  SELECT ?1, o.platform, coalesce(att.affiliate_id, ''), coalesce(s.channel, ''), coalesce(att.code, ''),
    coalesce(o.platform || ':' || o.product_id, ''), count(*), sum(o.paid_amount_fen),
    sum(CASE WHEN o.status = 'settled' THEN coalesce(o.actual_commission_fen, o.estimated_commission_fen) ELSE o.estimated_commission_fen END)
  FROM orders o LEFT JOIN attributions att ON att.order_id = o.id LEFT JOIN share_codes s ON s.code = att.code
  WHERE o.ordered_at >= ?2 AND o.ordered_at < ?3 AND o.status NOT IN ('unpaid', 'invalid', 'refunded')
  GROUP BY 2, 3, 4, 5, 6`;

/** The statements that recompute whole days of the order rollups and their day totals (delete and regroup). */
function rebuildDayStatements(d1: D1Database, days: readonly number[]): D1PreparedStatement[] {
  return days.flatMap((day) => {
    const start = chinaDayStartOf(day);
    return [
      d1.prepare(DELETE_DAY).bind(day),
      d1.prepare(REBUILD_DAY).bind(day, start, start + DAY_MS),
      d1.prepare(DELETE_DAY_TOTALS).bind(day),
      d1.prepare(REBUILD_DAY_TOTALS).bind(day),
      d1.prepare(SETTLED_OF_DAY).bind(day, start, start + DAY_MS),
    ];
  });
}

/** Recomputes whole days of the order rollups, 15 days per transaction (the bench's seeding uses it). */
export async function rebuildOrderRollups(d1: D1Database, days: readonly number[]): Promise<void> {
  for (let i = 0; i < days.length; i += 15) await d1.batch(rebuildDayStatements(d1, days.slice(i, i + 15)));
}
