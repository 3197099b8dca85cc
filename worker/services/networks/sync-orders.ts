import type { Network, OrderLine } from '../../../shared/schemas/orders';
import type { Bindings, Db } from '../../env';
import { AppError } from '../../errors';
import { recordError, recordSync } from '../../db/queries/network-connections';
import { orderNormalisers } from '../../platforms';
import { NetworkCallError } from '../../networks/network-error';
import { ingestOrderLines } from '../orders/ingest-order-lines';
import { mapRows } from '../orders/parse-report';
import { toOrderLine } from '../orders/to-order-line';
import { loadConnection } from './connections';
import { toAppError } from './network-errors';

const DAY = 86_400_000;
/** Networks write updates late: a pull from the cursor looks this far back again (re-reading is harmless). */
const OVERLAP_MS = 5 * 60_000;

export interface SyncResult {
  network: Network;
  from: number;
  to: number;
  windows: number;
  pulled: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** API rows (the network's own field names) → order lines, through the same normalisers as report files. */
function linesOf(network: Network, rows: ReadonlyArray<Record<string, unknown>>): { lines: OrderLine[]; rejected: number } {
  const normaliser = orderNormalisers[network];
  const lines: OrderLine[] = [];
  let rejected = 0;
  for (const row of rows) {
    const header = Object.keys(row);
    const cells = header.map((k) => (row[k] === null || row[k] === undefined ? '' : typeof row[k] === 'object' ? JSON.stringify(row[k]) : String(row[k])));
    const [mapped] = mapRows(header, [cells], 1, normaliser);
    const result = toOrderLine(normaliser, mapped!.values);
    if (result.ok) lines.push(result.line);
    else rejected++;
  }
  return { lines, rejected };
}

/**
 * Pulls a connected network's orders by update time, window by window (each no longer than the network
 * allows), through the same path as imports. From the stored cursor (or the last 24 h the first time) to
 * now, moving the cursor only past windows that were ingested in full: a failed window is retried on
 * the next run, never skipped. An explicit `from`/`to` re-reads that range and leaves the cursor alone.
 */
export async function syncOrders(
  db: Db,
  env: Bindings,
  network: Network,
  range: { from?: number | undefined; to?: number | undefined } = {},
  { now = Date.now(), maxWindows = 48 } = {},
): Promise<SyncResult> {
  const connection = await loadConnection(db, env, network);
  if (!connection) throw new AppError('CONFLICT', `${network} is not connected: save its credentials first.`);
  const explicit = range.from !== undefined;
  const from = range.from ?? (connection.row.syncCursor !== null ? connection.row.syncCursor - OVERLAP_MS : now - DAY);
  const to = Math.min(range.to ?? now, now);
  const result: SyncResult = { network, from, to, windows: 0, pulled: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (let start = from; start < to && result.windows < maxWindows; result.windows++) {
    const end = Math.min(to, start + connection.adapter.maxWindowMs(start));
    let rows: Array<Record<string, unknown>>;
    try {
      rows = await connection.adapter.pullOrders(connection.url, connection.credentials, start, end);
    } catch (err) {
      if (err instanceof NetworkCallError) await recordError(db, network, err.summary, now);
      throw toAppError(err);
    }
    const { lines, rejected } = linesOf(network, rows);
    const counts = await ingestOrderLines(db, lines, `pull:${network}`, now);
    result.pulled += rows.length;
    result.inserted += counts.inserted;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
    result.rejected += rejected;
    start = end;
    if (!explicit) await recordSync(db, network, { lastSyncAt: now, syncCursor: end, lastError: null });
  }
  if (explicit) await recordSync(db, network, { lastSyncAt: now, lastError: null });
  return result;
}

/** The cron: every connected network from its cursor; one network's failure does not stop the others. */
export async function syncAllNetworks(db: Db, env: Bindings, now = Date.now()): Promise<void> {
  for (const network of ['taobao', 'jd', 'pdd'] as const) {
    if (!(await loadConnection(db, env, network).catch(() => null))) continue;
    await syncOrders(db, env, network, {}, { now }).catch((err: unknown) =>
      console.error(`order pull failed for ${network}:`, err instanceof Error ? err.message : String(err)),
    );
  }
}
