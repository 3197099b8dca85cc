import { and, eq, inArray, isNull, desc, sql } from 'drizzle-orm';
import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { attributions, orders } from '../schema';

export type OrderRow = typeof orders.$inferSelect;

const CHUNK = 90; // stays under SQLite's bound-parameter limit with room to spare

export async function findOrdersByLineIds(db: Db, network: Network, lineIds: readonly string[]): Promise<Map<string, OrderRow>> {
  const found = new Map<string, OrderRow>();
  for (let i = 0; i < lineIds.length; i += CHUNK) {
    const rows = await db.select().from(orders).where(and(eq(orders.network, network), inArray(orders.lineId, lineIds.slice(i, i + CHUNK))));
    for (const row of rows) found.set(row.lineId, row);
  }
  return found;
}

export async function findOrdersByIds(db: Db, ids: readonly string[]): Promise<OrderRow[]> {
  const out: OrderRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await db.select().from(orders).where(inArray(orders.id, ids.slice(i, i + CHUNK)))));
  return out;
}

/** Lines no rule could attribute yet, newest first. */
export async function listUnattributedOrders(db: Db, limit: number, offset = 0): Promise<OrderRow[]> {
  return db
    .select({ order: orders })
    .from(orders)
    .leftJoin(attributions, eq(attributions.orderId, orders.id))
    .where(isNull(attributions.orderId))
    .orderBy(desc(orders.orderedAt), desc(orders.id))
    .limit(limit)
    .offset(offset)
    .then((rows) => rows.map((r) => r.order));
}

export async function countUnattributedOrders(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(orders)
    .leftJoin(attributions, eq(attributions.orderId, orders.id))
    .where(isNull(attributions.orderId));
  return row?.n ?? 0;
}
