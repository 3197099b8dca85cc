import { count, desc, eq } from 'drizzle-orm';
import type { LastRun } from '../../../shared/schemas/networks';
import type { Network, RowProblem } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { chunkByJsonSize } from '../chunk';
import { networkConnections, networkRejectedRows } from '../schema';
import { auditEntry } from './audit';

export type ConnectionRow = typeof networkConnections.$inferSelect;

export async function findConnection(db: Db, network: Network): Promise<ConnectionRow | null> {
  const [row] = await db.select().from(networkConnections).where(eq(networkConnections.network, network));
  return row ?? null;
}

export async function listConnections(db: Db): Promise<ConnectionRow[]> {
  return db.select().from(networkConnections);
}

/** Saves (or replaces) a connection with its audit line — which names the network and masked key, never the secret. */
export async function saveConnection(
  db: Db,
  row: Omit<ConnectionRow, 'lastSyncAt' | 'syncCursor' | 'lastRun' | 'rangeFrom' | 'rangeTo' | 'rangeCursor' | 'createdAt' | 'updatedAt'>,
  now: number,
): Promise<void> {
  await db.batch([
    db
      .insert(networkConnections)
      .values({ ...row, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: networkConnections.network,
        set: {
          credentials: row.credentials,
          maskedKey: row.maskedKey,
          simulated: row.simulated,
          lastCheckAt: row.lastCheckAt,
          lastError: null,
          updatedAt: now,
        },
      }),
    auditEntry(db, 'network.connect', { network: row.network, maskedKey: row.maskedKey, simulated: row.simulated }, now),
  ]);
}

export async function deleteConnection(db: Db, network: Network, now: number): Promise<void> {
  await db.batch([db.delete(networkConnections).where(eq(networkConnections.network, network)), auditEntry(db, 'network.disconnect', { network }, now)]);
}

/** After a pull: the cursor moves only over windows that were ingested in full. */
export async function recordSync(db: Db, network: Network, values: { lastSyncAt: number; syncCursor?: number; lastError: string | null }): Promise<void> {
  await db
    .update(networkConnections)
    .set({ ...values, updatedAt: values.lastSyncAt })
    .where(eq(networkConnections.network, network));
}

export async function recordError(db: Db, network: Network, error: string, now: number): Promise<void> {
  await db.update(networkConnections).set({ lastError: error, updatedAt: now }).where(eq(networkConnections.network, network));
}

/** The last run's figures and the error line (null when the run read every row). */
export async function recordRun(db: Db, network: Network, run: LastRun, lastError: string | null): Promise<void> {
  await db.update(networkConnections).set({ lastRun: run, lastSyncAt: run.at, lastError, updatedAt: run.at }).where(eq(networkConnections.network, network));
}

/** Starts (or replaces) a range to pull across runs, or — with nulls — ends it. */
export async function recordRange(db: Db, network: Network, range: { from: number; to: number; cursor: number } | null, now: number): Promise<void> {
  await db
    .update(networkConnections)
    .set({ rangeFrom: range?.from ?? null, rangeTo: range?.to ?? null, rangeCursor: range?.cursor ?? null, updatedAt: now })
    .where(eq(networkConnections.network, network));
}

/**
 * Keeps rows the network sent that cannot be order lines, as sent, with the reason. The same row pulled
 * again (every overlap re-reads some) is one record.
 */
export async function keepRejectedRows(
  db: Db,
  network: Network,
  rows: ReadonlyArray<{ id: string; raw: string; reason: string; problem: RowProblem; field: string; value: string | null; fingerprint: string }>,
  now: number,
) {
  for (const chunk of chunkByJsonSize(rows)) {
    await db.$client
      .prepare(`INSERT OR IGNORE INTO network_rejected_rows (id, network, raw, reason, problem, field, value, fingerprint, at)
        SELECT j.value ->> '$.id', ?1, j.value ->> '$.raw', j.value ->> '$.reason', j.value ->> '$.problem', j.value ->> '$.field', j.value ->> '$.value',
          j.value ->> '$.fingerprint', ?2 FROM json_each(?3) j`)
      .bind(network, now, JSON.stringify(chunk))
      .run();
  }
}

export async function listRejectedRows(db: Db, network: Network, limit: number, offset: number) {
  const [rows, total] = await Promise.all([
    db
      .select({
        raw: networkRejectedRows.raw,
        reason: networkRejectedRows.reason,
        problem: networkRejectedRows.problem,
        field: networkRejectedRows.field,
        value: networkRejectedRows.value,
        at: networkRejectedRows.at,
      })
      .from(networkRejectedRows)
      .where(eq(networkRejectedRows.network, network))
      .orderBy(desc(networkRejectedRows.at), desc(networkRejectedRows.id))
      .limit(limit)
      .offset(offset),
    countRejectedRows(db, network),
  ]);
  return { rows, total };
}

export async function countRejectedRows(db: Db, network: Network): Promise<number> {
  const [row] = await db.select({ n: count() }).from(networkRejectedRows).where(eq(networkRejectedRows.network, network));
  return row?.n ?? 0;
}
