import type { OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { flagOutliers } from '../../db/queries/orders';
import { getNumberSettings } from '../../db/queries/program';
import { attributeOrders } from './attribute-orders';
import { bookLedger } from './book-ledger';
import { upsertOrderLines, type UpsertCounts } from './upsert-order-lines';

/**
 * The one path every order source takes: upsert, flag the implausible, attribute the lines still waiting, book what the ledger
 * owes them. Every step looks at all the input's lines, not only the ones this call changed, so running
 * the same input again after a failure at any point finishes the work and books nothing twice.
 */
export async function ingestOrderLines(db: Db, lines: readonly OrderLine[], source: string, now = Date.now()): Promise<UpsertCounts> {
  const counts = await upsertOrderLines(db, lines, source, now);
  await flagOutliers(db, counts.orderIds, (await getNumberSettings(db)).outlierOrderFen);
  await attributeOrders(db, counts.orderIds, now);
  await bookLedger(db, counts.orderIds, { now });
  return counts;
}
