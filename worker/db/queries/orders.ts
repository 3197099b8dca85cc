import { desc, sql } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { ContestCandidate } from '../../../shared/schemas/admin';
import type { Db } from '../../env';
import { orders } from '../schema';

export type OrderRow = typeof orders.$inferSelect;

// What the dashboard shows of a waiting line: the network's facts, not the bookkeeping columns.
const waitingLineView = {
  id: orders.id,
  network: orders.network,
  platform: orders.platform,
  lineId: orders.lineId,
  orderNo: orders.orderNo,
  parentOrderNo: orders.parentOrderNo,
  productId: orders.productId,
  productTitle: orders.productTitle,
  status: orders.status,
  statusReason: orders.statusReason,
  paidAmountFen: orders.paidAmountFen,
  estimatedCommissionFen: orders.estimatedCommissionFen,
  actualCommissionFen: orders.actualCommissionFen,
  refundClaim: orders.refundClaim,
  subId: orders.subId,
  channelIds: orders.channelIds,
  clickAt: orders.clickAt,
  orderedAt: orders.orderedAt,
  settledAt: orders.settledAt,
  waitReason: orders.waitReason,
};

/** Lines no rule could attribute yet (`waiting`, behind a partial index; a literal 1 so SQLite can use it), newest first. */
export async function listUnattributedOrders(db: Db, limit: number, offset = 0) {
  return db.select(waitingLineView).from(orders).where(sql`${orders.waiting} = 1`).orderBy(desc(orders.orderedAt), desc(orders.id)).limit(limit).offset(offset);
}

/** Waiting lines whose click time is contested, newest first, with the candidates' evidence (JSON). */
export async function listContestedOrders(db: Db, limit: number, offset = 0) {
  return db
    .select({ ...waitingLineView, contest: orders.contest })
    .from(orders)
    .where(sql`${orders.waiting} = 1 AND ${orders.contest} IS NOT NULL`)
    .orderBy(desc(orders.orderedAt), desc(orders.id))
    .limit(limit)
    .offset(offset);
}

export async function countUnattributedOrders(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(orders).where(sql`${orders.waiting} = 1`);
  return row?.n ?? 0;
}

/**
 * Flags the implausible among these lines — paid at least `thresholdFen`, or a commission above what was
 * paid — so charts and promotion figures leave them out until an admin confirms them. A flag is a change
 * of the line: its revision moves, so bookkeeping takes its rollup share out.
 */
export async function flagOutliers(db: Db, ids: readonly string[], thresholdFen: number): Promise<number> {
  let flagged = 0;
  for (let i = 0; i < ids.length; i += 5000) {
    const result = await db.$client
      .prepare(
        `UPDATE orders SET outlier = 1, revision = revision + 1
        WHERE id IN (SELECT value FROM json_each(?1)) AND outlier = 0
          AND (paid_amount_fen >= ?2 OR (paid_amount_fen > 0 AND estimated_commission_fen > paid_amount_fen))`,
      )
      .bind(JSON.stringify(ids.slice(i, i + 5000)), thresholdFen)
      .run();
    flagged += result.meta.changes ?? 0;
  }
  return flagged;
}

/** An admin confirms a flagged line is real: it counts in charts again from the next booking. */
export async function writeOutlierConfirmation(db: Db, id: string, now: number): Promise<boolean> {
  const [changed] = await db.$client.batch([
    db.$client.prepare('UPDATE orders SET outlier = 2, revision = revision + 1 WHERE id = ?1 AND outlier = 1').bind(id),
    db.$client
      .prepare(`INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?1, ?2, 'admin', 'order.confirm-outlier', ?3 WHERE changes() > 0`)
      .bind(newId('aud', now), now, JSON.stringify({ id })),
  ]);
  return (changed?.meta.changes ?? 0) > 0;
}

/** Flagged lines ordered in [from, to): the overview says how many it leaves out. */
export async function countOutliers(db: Db, from: number, to: number): Promise<number> {
  const row = await db.$client
    .prepare('SELECT count(*) AS n FROM orders WHERE outlier = 1 AND ordered_at >= ?1 AND ordered_at < ?2')
    .bind(from, to)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Says why these lines still wait though a rule named someone (the line stays in the unattributed queue),
 * and for a contested click time the candidates' evidence (null clears it).
 */
export async function setWaitReasons(db: Db, reasons: ReadonlyArray<{ orderId: string; reason: string; contest: ContestCandidate[] | null }>): Promise<void> {
  if (reasons.length === 0) return;
  await db.$client
    .prepare(`UPDATE orders SET wait_reason = j.value ->> '$.reason', contest = j.value ->> '$.contest'
      FROM json_each(?1) j WHERE orders.id = j.value ->> '$.orderId' AND orders.waiting = 1`)
    .bind(JSON.stringify(reasons))
    .run();
}
