import { chinaDayNumber, DAY_MS } from '../../../shared/china-time';
import type { Db } from '../../env';
import { pruneClicks } from '../../db/queries/click-ingest';

/** Drops raw clicks older than `retentionDays` (at least 1); the daily rollups keep the counts. */
export async function pruneOldClicks(db: Db, retentionDays: number, now = Date.now()): Promise<number> {
  const days = Number.isFinite(retentionDays) && retentionDays >= 1 ? Math.floor(retentionDays) : 90;
  const before = now - days * DAY_MS;
  return pruneClicks(db, before, chinaDayNumber(before));
}
