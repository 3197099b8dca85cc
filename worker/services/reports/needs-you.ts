import { chinaDayOfDate, chinaDayStart } from '../../../shared/china-time';
import { NETWORKS } from '../../../shared/platforms/types';
import type { NeedsYou } from '../../../shared/schemas';
import type { Db } from '../../env';
import { owedByBucket, rangeShares, requestedPayouts, waitingSums } from '../../db/queries/admin-reports';
import { countUnboundAffiliates } from '../../db/queries/admin-lists';
import { countLinkHealth } from '../../db/queries/share-codes';
import { networkUsageToday } from '../links/network-quota';

/**
 * The overview's first row: lines waiting for the admin (unattributed, contested), payouts waiting for
 * approval, what is owed to affiliates now, and for [from, to] (China dates) the operator's margin —
 * the network's commission less what affiliates get, their own shares and the referral overrides.
 */
export async function getNeedsYou(db: Db, from: string, to: string, now = Date.now()): Promise<NeedsYou> {
  const [waiting, payouts, owed, shares, links, quota, unboundAffiliates] = await Promise.all([
    waitingSums(db),
    requestedPayouts(db),
    owedByBucket(db),
    rangeShares(db, chinaDayOfDate(from), chinaDayOfDate(to)),
    countLinkHealth(db, chinaDayStart(now)),
    Promise.all(NETWORKS.map(async (network) => ({ network, ...(await networkUsageToday(db, network, now)) }))),
    countUnboundAffiliates(db),
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
    health: {
      offlineLinks: links.offline,
      renewedToday: links.renewed,
      quota: quota.map((q) => ({ network: q.network, used: q.mints + q.renewals + q.pulls, budget: q.budget })),
      unboundAffiliates,
    },
  };
}
