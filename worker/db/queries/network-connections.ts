import { eq } from 'drizzle-orm';
import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { networkConnections } from '../schema';
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
export async function saveConnection(db: Db, row: Omit<ConnectionRow, 'lastSyncAt' | 'syncCursor' | 'createdAt' | 'updatedAt'>, now: number): Promise<void> {
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
