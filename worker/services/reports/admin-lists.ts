import type { Db } from '../../env';
import { chinaDayOfDate, chinaDayStartOf } from '../../../shared/china-time';
import type { OrderSearchQuery } from '../../../shared/schemas';
import { listAffiliates as readAffiliates, orderTotals, searchOrders as readOrders, type OrderFilter } from '../../db/queries/admin-lists';
import { listImportBatches } from '../../db/queries/imports';
import { ordersCsv } from './orders-csv';

// The dashboard's plain lists: each a read of its own query, through the service floor like every route.

/** The query's filters in the reader's terms (China days, inclusive) as the list's (epoch ms). */
function filterOf(query: OrderSearchQuery): OrderFilter {
  return {
    q: query.q,
    status: query.status,
    outliersOnly: query.outliers === '1',
    from: query.from ? chinaDayStartOf(chinaDayOfDate(query.from)) : undefined,
    to: query.to ? chinaDayStartOf(chinaDayOfDate(query.to) + 1) : undefined,
    affiliateId: query.affiliateId,
    platform: query.platform,
    attribution: query.attribution,
  };
}

/** A page of order lines with their attribution and history, newest first, and the whole filtered set's totals. */
export async function searchOrders(db: Db, query: OrderSearchQuery) {
  const filter = filterOf(query);
  const [orders, totals] = await Promise.all([readOrders(db, filter, query.limit, query.offset), orderTotals(db, filter)]);
  return { orders, totals };
}

/** Exactly the filtered set (up to 100,000 lines) as CSV. */
export async function searchOrdersCsv(db: Db, query: OrderSearchQuery): Promise<string> {
  return ordersCsv(await readOrders(db, filterOf(query), 100_000, 0), query.lang);
}

/** Affiliates with tier, team, codes, what is owed and paid, and their network bindings. */
export const listAffiliates = (db: Db) => readAffiliates(db);

/** The newest import batches with their counts and progress. */
export const listImports = (db: Db) => listImportBatches(db);
