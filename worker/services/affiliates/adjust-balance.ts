import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findAffiliate, insertAdjustment } from '../../db/queries/affiliates';

/** A manual ledger adjustment (bonus, correction, payout) with the reason the affiliate will read. */
export async function adjustBalance(db: Db, affiliateId: string, amountFen: number, reason: string, now = Date.now()) {
  if (!(await findAffiliate(db, affiliateId))) throw new AppError('NOT_FOUND', `No affiliate ${affiliateId}.`);
  const entry = {
    id: newId('led', now),
    affiliateId,
    orderId: null,
    kind: 'adjustment' as const,
    role: 'adjustment' as const,
    bucket: 'available' as const,
    amountFen,
    reason,
    createdAt: now,
  };
  await insertAdjustment(db, entry, now);
  return entry;
}
