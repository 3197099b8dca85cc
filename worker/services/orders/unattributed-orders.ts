import type { Db } from '../../env';
import { countUnattributedOrders, listUnattributedOrders } from '../../db/queries/orders';

/** Lines no rule could attribute (or that wait for the admin, with the reason), newest first, with the total. */
export async function listUnattributed(db: Db, limit: number, offset: number) {
  const [total, rows] = await Promise.all([countUnattributedOrders(db), listUnattributedOrders(db, limit, offset)]);
  return { total, orders: rows };
}
