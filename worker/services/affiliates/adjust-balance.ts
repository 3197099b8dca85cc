import { eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { affiliates, ledgerEntries } from '../../db/schema';
import { auditEntry } from '../../db/queries/audit';

/** A manual ledger adjustment (bonus, correction, payout) with the reason the affiliate will read. */
export async function adjustBalance(db: Db, affiliateId: string, amountFen: number, reason: string, now = Date.now()) {
  const [affiliate] = await db.select({ id: affiliates.id }).from(affiliates).where(eq(affiliates.id, affiliateId));
  if (!affiliate) throw new AppError('NOT_FOUND', `No affiliate ${affiliateId}.`);
  const entry = { id: newId('led', now), affiliateId, orderId: null, kind: 'adjustment' as const, role: 'adjustment' as const, bucket: 'available' as const, amountFen, reason, createdAt: now };
  await db.batch([db.insert(ledgerEntries).values(entry), auditEntry(db, 'ledger.adjust', { affiliateId, amountFen, reason }, now)]);
  return entry;
}
