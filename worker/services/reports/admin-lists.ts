import type { Db } from '../../env';
import { listAffiliates as readAffiliates, searchOrders as readOrders } from '../../db/queries/admin-lists';
import { listImportBatches } from '../../db/queries/imports';

// The dashboard's plain lists: each a read of its own query, through the service floor like every route.

/** Order lines with their attribution and history, newest first; `q` searches numbers and titles. */
export const searchOrders = (db: Db, q: string | undefined, status: string | undefined, limit: number, offset: number, outliersOnly: boolean) =>
  readOrders(db, q, status, limit, offset, outliersOnly);

/** Affiliates with tier, team, codes, what is owed and paid, and their network bindings. */
export const listAffiliates = (db: Db) => readAffiliates(db);

/** The newest import batches with their counts and progress. */
export const listImports = (db: Db) => listImportBatches(db);
