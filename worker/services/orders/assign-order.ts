import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findAffiliate } from '../../db/queries/affiliates';
import { findAttribution, orderExists, writeOrderAssignment } from '../../db/queries/attribution';
import { findCodeOwner } from '../../db/queries/share-codes';
import { attributionRows } from './attribute-orders';
import { bookLedger } from './book-ledger';

/** An admin's decision, kept as a manual attribution; the ledger moves any earnings to the new owner. */
export async function assignOrder(
  db: Db,
  orderId: string,
  input: { affiliateId: string; code?: string | null | undefined; note?: string | undefined },
  now = Date.now(),
) {
  if (!(await orderExists(db, orderId))) throw new AppError('NOT_FOUND', `No order line ${orderId}.`);
  if (!(await findAffiliate(db, input.affiliateId))) throw new AppError('VALIDATION_FAILED', `affiliateId: no affiliate ${input.affiliateId}`);
  if (input.code && (await findCodeOwner(db, input.code)) !== input.affiliateId) {
    throw new AppError('VALIDATION_FAILED', `code: ${input.code} is not one of this affiliate's codes`);
  }
  const before = await findAttribution(db, orderId);
  const [row] = await attributionRows(
    db,
    [{ orderId, decision: { affiliateId: input.affiliateId, code: input.code ?? null, method: 'manual', confidence: 100 } }],
    now,
  );
  await writeOrderAssignment(db, row!, { orderId, before: before ?? null, after: row, note: input.note ?? null });
  await bookLedger(db, [orderId], { now });
  return row!;
}
