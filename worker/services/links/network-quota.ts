import { chinaDayNumber, DAY_MS } from '../../../shared/china-time';
import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { nextMintAt, pruneAffiliateMints, reserveAffiliateMint, reserveNetworkCalls, usageOn, type UsageKind } from '../../db/queries/network-usage';
import { getNumberSettings } from '../../db/queries/program';

/**
 * How much of the day's budget each kind of use may reach: renewals (and offer checks) stop first, order
 * pulls next, mints last — an affiliate making a code is the last thing the quota refuses.
 */
const SHARE_OF_BUDGET: Record<UsageKind, number> = { renewals: 0.8, pulls: 0.9, mints: 1 };

/** Spends `calls` of the network's day on `kind` if the kind's share of the budget allows; false when not. */
export async function spendNetworkCalls(db: Db, network: Network, kind: UsageKind, calls: number, now = Date.now()): Promise<boolean> {
  const { networkDailyCalls } = await getNumberSettings(db);
  return reserveNetworkCalls(db, network, chinaDayNumber(now), kind, calls, Math.floor(networkDailyCalls * SHARE_OF_BUDGET[kind]));
}

/**
 * One affiliate's mint: within `mintsPerMinute` and `mintsPerDay` however many arrive at once, else
 * 429 RATE_LIMITED with when to try again (seconds, for Retry-After).
 */
export async function reserveMint(db: Db, affiliateId: string, now = Date.now()): Promise<void> {
  const { mintsPerMinute, mintsPerDay } = await getNumberSettings(db);
  const limits = { perMinute: mintsPerMinute, perDay: mintsPerDay };
  if (await reserveAffiliateMint(db, affiliateId, now, limits)) return;
  const retryAfter = Math.max(1, Math.ceil(((await nextMintAt(db, affiliateId, now, limits)) - now) / 1000));
  throw new AppError(
    'RATE_LIMITED',
    `最多每分钟 ${mintsPerMinute} 个、每天 ${mintsPerDay} 个新链接，请 ${retryAfter} 秒后再试。 / At most ${mintsPerMinute} new links a minute and ${mintsPerDay} a day; try again in ${retryAfter} s.`,
    { retryAfterSeconds: retryAfter },
  );
}

/** Today's use of a network's calls, for the 联盟账号 page. */
export async function networkUsageToday(db: Db, network: Network, now = Date.now()) {
  const [{ networkDailyCalls }, used] = await Promise.all([getNumberSettings(db), usageOn(db, network, chinaDayNumber(now))]);
  return { ...used, budget: networkDailyCalls };
}

/** The cron: mints older than a day no longer count against any limit. */
export async function pruneOldMints(db: Db, now = Date.now()): Promise<void> {
  await pruneAffiliateMints(db, now - DAY_MS);
}
