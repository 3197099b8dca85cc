import { eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { affiliates, apiKeys, ledgerEntries } from '../schema';
import { auditEntry } from './audit';

export type AffiliateRow = typeof affiliates.$inferSelect;

export async function findAffiliate(db: Db, id: string): Promise<AffiliateRow | null> {
  const [row] = await db.select().from(affiliates).where(eq(affiliates.id, id));
  return row ?? null;
}

/** Who invited this affiliate (null at the top of a chain or for an unknown id). */
export async function findInviterId(db: Db, id: string): Promise<string | null | undefined> {
  const [row] = await db.select({ inviterId: affiliates.inviterId }).from(affiliates).where(eq(affiliates.id, id));
  return row ? row.inviterId : undefined;
}

/** A new affiliate and their first key (only its hash), in one transaction. */
export async function insertAffiliateWithKey(db: Db, affiliate: { id: string; name: string }, keyHash: string, now: number): Promise<void> {
  await db.batch([
    db.insert(affiliates).values({ ...affiliate, createdAt: now }),
    db.insert(apiKeys).values({ id: newId('key', now), affiliateId: affiliate.id, keyHash, createdAt: now }),
  ]);
}

/** Tier and inviter as given, with the before/after audit line. */
export async function saveAffiliate(db: Db, before: AffiliateRow, after: AffiliateRow, now: number): Promise<void> {
  await db.batch([
    db.update(affiliates).set(after).where(eq(affiliates.id, after.id)),
    auditEntry(db, 'affiliate.update', { id: after.id, before, after }, now),
  ]);
}

export async function setDisabledAt(db: Db, id: string, disabledAt: number | null, now: number): Promise<void> {
  await db.batch([
    db.update(affiliates).set({ disabledAt }).where(eq(affiliates.id, id)),
    auditEntry(db, disabledAt ? 'affiliate.disable' : 'affiliate.enable', { id }, now),
  ]);
}

/** Every key of the affiliate replaced by one new key (its hash), audited. */
export async function replaceApiKeys(db: Db, id: string, keyHash: string, now: number): Promise<void> {
  await db.batch([
    db.delete(apiKeys).where(eq(apiKeys.affiliateId, id)),
    db.insert(apiKeys).values({ id: newId('key', now), affiliateId: id, keyHash, createdAt: now }),
    auditEntry(db, 'affiliate.rotateKey', { id }, now),
  ]);
}

/** A manual ledger entry (bonus, correction, payout) with its audit line. */
export async function insertAdjustment(db: Db, entry: typeof ledgerEntries.$inferInsert, now: number): Promise<void> {
  await db.batch([
    db.insert(ledgerEntries).values(entry),
    auditEntry(db, 'ledger.adjust', { affiliateId: entry.affiliateId, amountFen: entry.amountFen, reason: entry.reason }, now),
  ]);
}

/** Of these affiliates, the disabled ones with their names. */
export async function findDisabledAmong(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { results } = await db.$client
    .prepare('SELECT id, name FROM affiliates WHERE id IN (SELECT value FROM json_each(?1)) AND disabled_at IS NOT NULL')
    .bind(JSON.stringify([...new Set(ids)]))
    .all<{ id: string; name: string }>();
  return new Map(results.map((r) => [r.id, r.name]));
}

/** The names of these affiliates. */
export async function findAffiliateNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { results } = await db.$client
    .prepare('SELECT id, name FROM affiliates WHERE id IN (SELECT value FROM json_each(?1))')
    .bind(JSON.stringify([...new Set(ids)]))
    .all<{ id: string; name: string }>();
  return new Map(results.map((r) => [r.id, r.name]));
}
