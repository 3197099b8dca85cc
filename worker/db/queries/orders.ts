import { desc, sql } from 'drizzle-orm';
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
};

/** Lines no rule could attribute yet (`waiting`, behind a partial index; a literal 1 so SQLite can use it), newest first. */
export async function listUnattributedOrders(db: Db, limit: number, offset = 0) {
  return db.select(waitingLineView).from(orders).where(sql`${orders.waiting} = 1`).orderBy(desc(orders.orderedAt), desc(orders.id)).limit(limit).offset(offset);
}

export async function countUnattributedOrders(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(orders).where(sql`${orders.waiting} = 1`);
  return row?.n ?? 0;
}
