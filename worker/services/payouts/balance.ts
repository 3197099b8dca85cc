import { DAY_MS } from '../../../shared/china-time';
import type { Balance } from '../../../shared/schemas/payouts';
import type { Db } from '../../env';
import { bucketSums } from '../../db/queries/payouts';
import { getNumberSettings } from '../../db/queries/program';

/** The instant before which settled commission is past the hold period. */
export const heldSinceOf = (now: number, holdDays: number) => now - holdDays * DAY_MS;

/** Pending, held, available, requested and paid, in fen; with the programme's hold and minimum. */
export async function getBalance(db: Db, affiliateId: string, now = Date.now()): Promise<Balance> {
  const { payoutHoldDays, minimumPayoutFen } = await getNumberSettings(db);
  const sums = await bucketSums(db, affiliateId, heldSinceOf(now, payoutHoldDays));
  return {
    pendingFen: sums.pending,
    heldFen: sums.held,
    availableFen: sums.available,
    requestedFen: sums.requested,
    paidFen: sums.paid,
    holdDays: payoutHoldDays,
    minimumPayoutFen,
  };
}
