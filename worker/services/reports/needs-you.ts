import { chinaDayOfDate, chinaDayStartOf } from '../../../shared/china-time';
import type { NeedsYou } from '../../../shared/schemas';
import type { Db } from '../../env';
import { owedByBucket, rangeShares, requestedPayouts, waitingSums } from '../../db/queries/admin-reports';

/**
 * The overview's first row: lines waiting for the admin (unattributed, contested), payouts waiting for
 * approval, what is owed to affiliates now, and for [from, to] (China dates) the operator's margin —
 * the network's commission less what affiliates get, their own shares and the referral overrides.
 */
export async function getNeedsYou(db: Db, from: string, to: string): Promise<NeedsYou> {
  const [waiting, payouts, owed, shares] = await Promise.all([
    waitingSums(db),
    requestedPayouts(db),
    owedByBucket(db),
    rangeShares(db, chinaDayStartOf(chinaDayOfDate(from)), chinaDayStartOf(chinaDayOfDate(to) + 1)),
  ]);
  return {
    unattributed: waiting.plain,
    contested: waiting.contested,
    payoutsWaiting: payouts,
    owed: { pendingFen: owed.pending, availableFen: owed.available, requestedFen: owed.requested },
    margin: {
      commissionFen: shares.commissionFen,
      affiliatesFen: shares.ownFen,
      overridesFen: shares.overridesFen,
      marginFen: shares.commissionFen - shares.ownFen - shares.overridesFen,
    },
  };
}
