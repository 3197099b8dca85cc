import { newId } from '../../../shared/ids';
import { formatFen } from '../../../shared/money';
import type { Payout } from '../../../shared/schemas/payouts';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findPayout, insertPayoutRequest } from '../../db/queries/payouts';
import { getNumberSettings } from '../../db/queries/program';
import { findPayoutAccount } from '../../db/queries/payout-accounts';
import { getBalance, heldSinceOf } from './balance';

/**
 * An affiliate asks to be paid. The amount leaves `available` for `requested` in the same transaction
 * that checks it is there, so concurrent requests can never overdraw; below the minimum or above what is
 * available is a 422 that says how much is.
 */
export async function requestPayout(db: Db, affiliateId: string, amountFen: number, now = Date.now()): Promise<Payout> {
  const { payoutHoldDays, minimumPayoutFen } = await getNumberSettings(db);
  if (amountFen < minimumPayoutFen) throw new AppError('BELOW_MINIMUM', `The smallest payout is ¥${formatFen(minimumPayoutFen)}; ask for at least that much.`);
  // Where to pay is known before any money leaves `available` (docs/payouts.md §1).
  if (!(await findPayoutAccount(db, affiliateId)))
    throw new AppError('PAYOUT_ACCOUNT_MISSING', 'Save a payout account (Alipay or WeChat and the real name) first.');
  const id = newId('pay', now);
  const written = await insertPayoutRequest(db, { id, affiliateId, amountFen, token: crypto.randomUUID() }, heldSinceOf(now, payoutHoldDays), now);
  if (!written) {
    const { availableFen } = await getBalance(db, affiliateId, now);
    throw new AppError('INSUFFICIENT_BALANCE', `Only ¥${formatFen(Math.max(0, availableFen))} is available to withdraw.`);
  }
  const row = await findPayout(db, id);
  if (!row) throw new Error(`payout ${id} vanished after it was written`);
  return row;
}
