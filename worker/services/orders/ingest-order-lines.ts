import type { OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { attributeOrders } from './attribute-orders';
import { syncLedger } from './sync-ledger';
import { upsertOrderLines, type UpsertCounts } from './upsert-order-lines';

/** The one path every order source takes: upsert, attribute what is new, bring the ledger up to date. */
export async function ingestOrderLines(db: Db, lines: readonly OrderLine[], source: string, now = Date.now()): Promise<UpsertCounts> {
  const counts = await upsertOrderLines(db, lines, source, now);
  // All waiting lines, not only this batch's: codes, clicks and channel ids may have arrived since.
  const attributed = await attributeOrders(db, null, now);
  await syncLedger(db, [...new Set([...counts.changedOrderIds, ...attributed])], now);
  return counts;
}
