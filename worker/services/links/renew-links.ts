import { chinaDayNumber, DAY_MS } from '../../../shared/china-time';
import type { PlatformId } from '../../../shared/platforms/types';
import { networkOfPlatform } from '../../../shared/schemas/orders';
import type { Bindings, Db } from '../../env';
import { claimRenewal, findCodeForRenewal, findDueRenewals, releaseRenewal } from '../../db/queries/share-codes';
import { NETWORK_RECORDS } from '../../networks';
import { loadConnection } from '../networks/connections';
import { mintThroughNetwork, type MintOutcome } from '../networks/mint-through-network';

/** Codes the cron renews per run: each renewal is a network call or two. */
const RENEWALS_PER_RUN = 200;
/** A clicked code is "in use" while it has people's clicks this recently. */
const IN_USE_DAYS = 30;

type RenewalRow = NonNullable<Awaited<ReturnType<typeof findCodeForRenewal>>>;

/** Mints a code's link again through its network, as a renewal; null when the network is no longer connected. */
async function renew(db: Db, env: Bindings, row: RenewalRow, now: number): Promise<MintOutcome | null> {
  const connection = await loadConnection(db, env, networkOfPlatform(row.platform));
  if (!connection) return null;
  return mintThroughNetwork(
    db,
    connection,
    row.code,
    row.affiliateId,
    { platform: row.platform, productId: row.productId, url: row.url },
    { renewal: true, now },
  );
}

/**
 * The cron: renews, soonest first, the links of codes people clicked in the last 30 days that lapse within
 * `LINK_RENEW_DAYS` (default 7; never more than half the network's lifetime, so a 7-day 淘口令 is renewed at
 * 3.5 days). Codes nobody clicks are left alone. Stops when the renewals' share of the quota is spent.
 */
export async function renewDueLinks(db: Db, env: Bindings, now = Date.now()) {
  const renewMs = Math.max(0, Number(env.LINK_RENEW_DAYS ?? 7)) * DAY_MS;
  const windowOf = (platform: PlatformId) => Math.min(renewMs, NETWORK_RECORDS[networkOfPlatform(platform)].linkLifetimeMs / 2);
  const candidates = await findDueRenewals(db, chinaDayNumber(now) - IN_USE_DAYS, now + renewMs, RENEWALS_PER_RUN);
  const due = candidates.filter((c) => c.expiresAt - now <= windowOf(c.platform)).map((c) => c.code);
  const outcomes: Record<MintOutcome, number> = { minted: 0, refused: 0, withdrawn: 0, 'over-quota': 0, unavailable: 0 };
  for (const code of due) {
    const row = await findCodeForRenewal(db, code);
    const outcome = row && (await renew(db, env, row, now));
    if (outcome) outcomes[outcome]++;
    if (outcome === 'over-quota') break;
  }
  return { due: due.length, ...outcomes };
}

/**
 * A click on a code whose link has lapsed: one of the requests arriving together renews it inline (a
 * lease in the write's own condition), the others wait a moment for its result. Answers the fresh link
 * and password, or null — the caller then sends the friend to the product page, never the lapsed link.
 */
export async function renewLapsedLink(db: Db, env: Bindings, code: string, { now = Date.now(), waitMs = 1500 } = {}) {
  if (await claimRenewal(db, code, now, 10_000)) {
    try {
      // Another isolate (with a cached copy) may have renewed it a moment ago: then nothing to mint.
      const current = await findCodeForRenewal(db, code);
      const lapsed = current !== null && current.linkStatus !== 'offline' && (current.linkExpiresAt === null || current.linkExpiresAt <= now);
      if (lapsed && (await renew(db, env, current, now)) !== 'minted') return null;
    } finally {
      await releaseRenewal(db, code);
    }
  } else {
    for (let waited = 0; waited < waitMs; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const row = await findCodeForRenewal(db, code);
      if (row && row.linkExpiresAt !== null && row.linkExpiresAt > Date.now()) break;
    }
  }
  const row = await findCodeForRenewal(db, code);
  return row && row.linkStatus !== 'offline' && row.linkExpiresAt !== null && row.linkExpiresAt > now && row.trackedUrl
    ? { trackedUrl: row.trackedUrl, networkPassword: row.networkPassword }
    : null;
}
