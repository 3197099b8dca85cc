import { newId } from '../../../shared/ids';
import { NETWORK_NAMES } from '../../../shared/platforms';
import type { LastRun, SyncResult } from '../../../shared/schemas/networks';
import { NETWORKS, type Network } from '../../../shared/schemas/orders';
import type { Bindings, Db } from '../../env';
import { sha256Hex } from '../../crypto';
import { AppError } from '../../errors';
import { keepRejectedRows, recordError, recordRange, recordRun, recordSync } from '../../db/queries/network-connections';
import { NetworkCallError } from '../../networks/network-error';
import { ingestOrderLines } from '../orders/ingest-order-lines';
import { spendNetworkCalls } from '../links/network-quota';
import { linesOfApiRows } from './lines-of-api-rows';
import { loadConnection, type LiveConnection } from './connections';
import { toAppError } from './network-errors';

const DAY = 86_400_000;
/** Networks write updates late: a pull from the cursor looks this far back again (re-reading is harmless). */
const OVERLAP_MS = 5 * 60_000;
/** Windows one run pulls at most: each is a call or more, and a Worker's subrequests are counted. */
export const WINDOWS_PER_RUN = 48;
/** A rejected row is kept as sent up to this size. */
const RAW_ROW_CHARS = 8 * 1024;

type Counts = Omit<LastRun, 'at'>;
const noCounts = (): Counts => ({ windows: 0, pulled: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 });

/**
 * Pulls [from, to) window by window (each no longer than the network allows), at most `maxWindows`,
 * calling `onWindow(end)` after each window is stored in full. Answers how far it came. A window the
 * network refuses stops the pull there: what came before it is kept, nothing after it is skipped.
 */
async function pullWindows(
  db: Db,
  connection: LiveConnection,
  from: number,
  to: number,
  counts: Counts,
  maxWindows: number,
  now: number,
  onWindow: (end: number) => Promise<void>,
) {
  const { network, adapter } = connection;
  let start = from;
  for (let n = 0; start < to && n < maxWindows; n++) {
    // Pulls stop short of the day's quota (mints keep the rest); the window waits for the next run.
    if (!(await spendNetworkCalls(db, network, 'pulls', 1, now))) break;
    const end = Math.min(to, start + adapter.maxWindowMs(start));
    let rows: Array<Record<string, unknown>>;
    try {
      rows = await adapter.pullOrders(connection.url, connection.credentials, start, end);
    } catch (err) {
      if (err instanceof NetworkCallError) await recordError(db, network, err.summary, now);
      throw toAppError(err);
    }
    const { lines, rejected } = linesOfApiRows(network, rows);
    await keepRejectedRows(
      db,
      network,
      await Promise.all(
        rejected.map(async ({ raw, ...why }) => {
          const text = raw.length > RAW_ROW_CHARS ? `${raw.slice(0, RAW_ROW_CHARS)}…` : raw;
          return { id: newId('rej', now), raw: text, ...why, fingerprint: await sha256Hex(`${network}\n${raw}`) };
        }),
      ),
      now,
    );
    const written = await ingestOrderLines(db, lines, `pull:${network}`, now);
    counts.windows++;
    counts.pulled += rows.length;
    counts.inserted += written.inserted;
    counts.updated += written.updated;
    counts.unchanged += written.unchanged;
    counts.rejected += rejected.length;
    start = end;
    await onWindow(end);
  }
  return start;
}

/** The run's figures on the connection, and an error line a person reads when rows could not be stored. */
async function finishRun(db: Db, network: Network, counts: Counts, now: number) {
  const lastError = counts.rejected > 0 ? `${NETWORK_NAMES[network].zh}有 ${counts.rejected} 行订单无法读取，已原样保存，请在“无法读取的行”里查看。` : null;
  await recordRun(db, network, { at: now, ...counts }, lastError);
}

async function connectionOrThrow(db: Db, env: Bindings, network: Network) {
  const connection = await loadConnection(db, env, network);
  if (!connection) throw new AppError('CONFLICT', `${network} is not connected: save its credentials first.`);
  return connection;
}

/**
 * Pulls a connected network's orders by update time through the same path as imports.
 *
 * Without a range: from the stored cursor (or the last 24 h the first time) to now, moving the cursor only
 * past windows stored in full — a failed window is pulled again on the next run, never skipped.
 *
 * With a range: the whole range is pulled, never a part answered as done. Older than the network keeps
 * orders → `422 RANGE_TOO_LONG` naming the earliest start allowed. Longer than one run pulls → the first
 * windows now, the rest by the cron, run after run (`done: false`; progress on the connection).
 */
export async function syncOrders(
  db: Db,
  env: Bindings,
  network: Network,
  range: { from?: number | undefined; to?: number | undefined } = {},
  { now = Date.now(), maxWindows = WINDOWS_PER_RUN } = {},
): Promise<SyncResult> {
  const connection = await connectionOrThrow(db, env, network);
  const counts = noCounts();
  if (range.from === undefined) {
    const from = connection.row.syncCursor !== null ? connection.row.syncCursor - OVERLAP_MS : now - DAY;
    const reached = await pullWindows(db, connection, from, now, counts, maxWindows, now, (end) =>
      recordSync(db, network, { lastSyncAt: now, syncCursor: end, lastError: null }),
    );
    await finishRun(db, network, counts, now);
    return { network, from, to: now, ...counts, done: reached >= now, cursor: reached };
  }
  const earliest = now - connection.adapter.maxLookbackMs;
  if (range.from < earliest) {
    const days = Math.round(connection.adapter.maxLookbackMs / DAY);
    throw new AppError(
      'RANGE_TOO_LONG',
      `${NETWORK_NAMES[network].zh}只保留最近 ${days} 天的订单：开始时间最早为 ${new Date(earliest).toISOString()} (epoch ms ${earliest}). / The network keeps ${days} days of orders: start at ${earliest} or later.`,
    );
  }
  const to = Math.min(range.to ?? now, now);
  const reached = await pullWindows(db, connection, range.from, to, counts, maxWindows, now, (end) =>
    recordRange(db, network, { from: range.from!, to, cursor: end }, now),
  );
  const done = reached >= to;
  if (done) await recordRange(db, network, null, now);
  await finishRun(db, network, counts, now);
  return { network, from: range.from, to, ...counts, done, cursor: reached };
}

/** Continues a range an admin asked for, from where the last run stopped; null when none is open. */
export async function continueRange(db: Db, env: Bindings, network: Network, { now = Date.now(), maxWindows = WINDOWS_PER_RUN } = {}) {
  const connection = await connectionOrThrow(db, env, network);
  const { rangeFrom, rangeTo, rangeCursor } = connection.row;
  if (rangeFrom === null || rangeTo === null || rangeCursor === null) return null;
  const counts = noCounts();
  const reached = await pullWindows(db, connection, rangeCursor, rangeTo, counts, maxWindows, now, (end) =>
    recordRange(db, network, { from: rangeFrom, to: rangeTo, cursor: end }, now),
  );
  if (reached >= rangeTo) await recordRange(db, network, null, now);
  await finishRun(db, network, counts, now);
  return { network, from: rangeFrom, to: rangeTo, ...counts, done: reached >= rangeTo, cursor: reached };
}

const logFailure = (network: Network, what: string) => (err: unknown) =>
  console.error(`${what} failed for ${network}:`, err instanceof Error ? err.message : String(err));

/** The cron: every connected network — an open range first, then from the cursor; one network's failure does not stop the others. */
export async function syncAllNetworks(db: Db, env: Bindings, now = Date.now()): Promise<void> {
  for (const network of NETWORKS) {
    if (!(await loadConnection(db, env, network).catch(() => null))) continue;
    await continueRange(db, env, network, { now }).catch(logFailure(network, 'range pull'));
    await syncOrders(db, env, network, {}, { now }).catch(logFailure(network, 'order pull'));
  }
}
