import { and, eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { bindingStates, networkBindings } from '../schema';

export async function insertBindingState(db: Db, row: { stateHash: string; affiliateId: string; network: Network }, now: number): Promise<void> {
  await db.insert(bindingStates).values({ ...row, createdAt: now });
}

/**
 * Uses a state once: marks it used if it exists, is unused and was made after `since`, in one statement,
 * so two callbacks with one state cannot both pass. Answers its affiliate, or why it was refused.
 */
export async function consumeBindingState(
  db: Db,
  stateHash: string,
  network: Network,
  since: number,
  now: number,
): Promise<{ affiliateId: string } | { refused: 'unknown' | 'used' | 'expired' }> {
  const d1 = db.$client;
  const used = await d1
    .prepare(
      `UPDATE binding_states SET used_at = ?4 WHERE state_hash = ?1 AND network = ?2 AND used_at IS NULL AND created_at >= ?3 RETURNING affiliate_id AS affiliateId`,
    )
    .bind(stateHash, network, since, now)
    .first<{ affiliateId: string }>();
  if (used) return used;
  const row = await d1
    .prepare('SELECT used_at AS usedAt FROM binding_states WHERE state_hash = ?1 AND network = ?2')
    .bind(stateHash, network)
    .first<{ usedAt: number | null }>();
  return { refused: !row ? 'unknown' : row.usedAt !== null ? 'used' : 'expired' };
}

export async function pruneBindingStates(db: Db, before: number): Promise<void> {
  await db.$client.prepare('DELETE FROM binding_states WHERE created_at < ?1').bind(before).run();
}

export type BindingRow = typeof networkBindings.$inferSelect;

export async function findBindings(db: Db, affiliateId: string): Promise<BindingRow[]> {
  return db.select().from(networkBindings).where(eq(networkBindings.affiliateId, affiliateId));
}

export async function findBinding(db: Db, affiliateId: string, network: Network): Promise<BindingRow | null> {
  const [row] = await db
    .select()
    .from(networkBindings)
    .where(and(eq(networkBindings.affiliateId, affiliateId), eq(networkBindings.network, network)));
  return row ?? null;
}

/** Records (or renews) a binding with its audit line. */
export async function saveBinding(db: Db, row: Omit<BindingRow, 'boundAt'>, now: number): Promise<void> {
  const d1 = db.$client;
  await d1.batch([
    d1
      .prepare(`INSERT INTO network_bindings (affiliate_id, network, external_id, account_name, bound_at) VALUES (?1, ?2, ?3, ?4, ?5)
        ON CONFLICT (affiliate_id, network) DO UPDATE SET external_id = excluded.external_id, account_name = excluded.account_name, bound_at = excluded.bound_at`)
      .bind(row.affiliateId, row.network, row.externalId, row.accountName, now),
    d1
      .prepare("INSERT INTO audit_log (id, at, actor, action, detail) VALUES (?1, ?2, ?3, 'binding.save', ?4)")
      .bind(newId('aud', now), now, row.affiliateId, JSON.stringify({ network: row.network, externalId: row.externalId })),
  ]);
}

/** Every affiliate's bindings, for the dashboard (one row per affiliate and bound network). */
export async function listAllBindings(db: Db): Promise<BindingRow[]> {
  return db.select().from(networkBindings);
}
