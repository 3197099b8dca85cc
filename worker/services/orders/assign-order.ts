import { eq } from 'drizzle-orm';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { affiliates, attributions, orders, shareCodes } from '../../db/schema';
import { auditEntry } from '../audit';
import { attributionRow } from './attribute-orders';
import { syncLedger } from './sync-ledger';

/** An admin's decision, kept as a manual attribution; the ledger moves any earnings to the new owner. */
export async function assignOrder(db: Db, orderId: string, input: { affiliateId: string; code?: string | null | undefined; note?: string | undefined }, now = Date.now()) {
  const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.id, orderId));
  if (!order) throw new AppError('NOT_FOUND', `No order line ${orderId}.`);
  const [affiliate] = await db.select({ id: affiliates.id }).from(affiliates).where(eq(affiliates.id, input.affiliateId));
  if (!affiliate) throw new AppError('VALIDATION_FAILED', `affiliateId: no affiliate ${input.affiliateId}`);
  if (input.code) {
    const [code] = await db.select({ affiliateId: shareCodes.affiliateId }).from(shareCodes).where(eq(shareCodes.code, input.code));
    if (code?.affiliateId !== input.affiliateId) throw new AppError('VALIDATION_FAILED', `code: ${input.code} is not one of this affiliate's codes`);
  }
  const [before] = await db.select().from(attributions).where(eq(attributions.orderId, orderId));
  const row = await attributionRow(db, orderId, { affiliateId: input.affiliateId, code: input.code ?? null, method: 'manual', confidence: 100 }, now);
  await db.batch([
    db.insert(attributions).values(row).onConflictDoUpdate({ target: attributions.orderId, set: row }),
    auditEntry(db, 'order.assign', { orderId, before: before ?? null, after: row, note: input.note ?? null }, now),
  ]);
  await syncLedger(db, [orderId], now);
  return row;
}
