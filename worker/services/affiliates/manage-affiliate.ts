import { eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { sha256Hex } from '../../crypto';
import { affiliates, apiKeys } from '../../db/schema';
import { auditEntry } from '../../db/queries/audit';
import { generateApiKey } from '../create-affiliate';

async function existingOrThrow(db: Db, id: string) {
  const [row] = await db.select().from(affiliates).where(eq(affiliates.id, id));
  if (!row) throw new AppError('NOT_FOUND', `No affiliate ${id}.`);
  return row;
}

/** Disables or re-enables an affiliate; a disabled affiliate's keys stop working at once. */
export async function setAffiliateDisabled(db: Db, id: string, disabled: boolean, now = Date.now()) {
  const before = await existingOrThrow(db, id);
  const disabledAt = disabled ? (before.disabledAt ?? now) : null;
  await db.batch([db.update(affiliates).set({ disabledAt }).where(eq(affiliates.id, id)), auditEntry(db, disabled ? 'affiliate.disable' : 'affiliate.enable', { id }, now)]);
  return { id, disabledAt };
}

/** Replaces every key of the affiliate with a new one, shown once. */
export async function rotateApiKey(db: Db, id: string, now = Date.now()) {
  await existingOrThrow(db, id);
  const apiKey = generateApiKey();
  await db.batch([
    db.delete(apiKeys).where(eq(apiKeys.affiliateId, id)),
    db.insert(apiKeys).values({ id: newId('key', now), affiliateId: id, keyHash: await sha256Hex(apiKey), createdAt: now }),
    auditEntry(db, 'affiliate.rotateKey', { id }, now),
  ]);
  return { id, apiKey };
}
