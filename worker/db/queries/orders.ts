import { desc, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import { orders } from '../schema';

export type OrderRow = typeof orders.$inferSelect;

/** Lines no rule could attribute yet (`waiting`, behind a partial index; a literal 1 so SQLite can use it), newest first. */
export async function listUnattributedOrders(db: Db, limit: number, offset = 0): Promise<OrderRow[]> {
  return db.select().from(orders).where(sql`${orders.waiting} = 1`).orderBy(desc(orders.orderedAt), desc(orders.id)).limit(limit).offset(offset);
}

export async function countUnattributedOrders(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(orders).where(sql`${orders.waiting} = 1`);
  return row?.n ?? 0;
}
