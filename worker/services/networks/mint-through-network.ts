import type { ProductRef } from '../../../shared/platforms';
import { stripControls } from '../../../shared/schemas/text';
import { networkOfPlatform } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { listChannelIdsOf } from '../../db/queries/channel-ids';
import { markLinkOffline, saveMint } from '../../db/queries/share-codes';
import { isItemRefusal, NETWORK_RECORDS, normaliseTrackingUrl } from '../../networks';
import { NetworkCallError } from '../../networks/network-error';
import { spendNetworkCalls } from '../links/network-quota';
import type { LiveConnection } from './connections';

export type MintOutcome = 'minted' | 'refused' | 'withdrawn' | 'over-quota' | 'unavailable';

/**
 * Asks the network to mint a tracked link for a code: the share code travels as the sub-id (Taobao
 * `external_id` plus the affiliate's relation / special / adzone ids, JD `subUnionId`, PDD
 * `custom_parameters`). The tracked URL, the network's password, its offer and the link's life (minted
 * now, lapsing after the network's lifetime) go on the code.
 *
 * A first mint the network refuses (an item outside the programme, a rate limit) or the day's quota does
 * not allow leaves the code working untracked, saying why; the next request tries again. A renewal
 * (`renewal: true`) spends the renewals' share of the quota; the network refusing the item then marks
 * the code offline with the network's reason, and any other failure leaves the old link as it was.
 */
export async function mintThroughNetwork(
  db: Db,
  connection: LiveConnection,
  code: string,
  affiliateId: string,
  product: ProductRef,
  { renewal = false, now = Date.now() } = {},
): Promise<MintOutcome> {
  const network = networkOfPlatform(product.platform);
  const record = NETWORK_RECORDS[network];
  if (!(await spendNetworkCalls(db, network, renewal ? 'renewals' : 'mints', record.callsPerMint, now))) {
    if (!renewal) await saveUntracked(db, code, `[${network} QUOTA] 运营方今天的联盟调用额度已用完，明天再试`);
    return 'over-quota';
  }
  try {
    const minted = await connection.adapter.mint(connection.url, connection.credentials, {
      platform: product.platform,
      productId: product.productId,
      productUrl: product.url,
      code,
      affiliateId,
      channelIds: await listChannelIdsOf(db, affiliateId, network),
    });
    const trackedUrl = normaliseTrackingUrl(network, minted.trackedUrl, connection.simulated ? new URL(connection.url).origin : null);
    if (!trackedUrl) throw new NetworkCallError(network, 'rejected', 'BAD_URL', `the tracked link is not an https link on a ${network} host`);
    await saveMint(db, code, {
      tracking: 'network',
      trackedUrl,
      networkPassword: minted.password === null ? null : stripControls(minted.password) || null,
      carries: minted.carries,
      offer: minted.offer,
      mintError: null,
      linkMintedAt: now,
      linkExpiresAt: now + record.linkLifetimeMs,
      linkStatus: renewal ? 'renewed' : 'live',
      linkReason: null,
      ...(renewal ? { linkRenewedAt: now } : {}),
    });
    return 'minted';
  } catch (err) {
    if (!(err instanceof NetworkCallError)) throw err;
    if (renewal && err.failure === 'rejected' && isItemRefusal(network, err.code)) {
      await markLinkOffline(db, code, err.summary, now);
      return 'withdrawn';
    }
    if (!renewal) await saveUntracked(db, code, err.summary);
    return err.failure === 'rejected' ? 'refused' : 'unavailable';
  }
}

async function saveUntracked(db: Db, code: string, reason: string) {
  await saveMint(db, code, {
    tracking: 'none',
    trackedUrl: null,
    networkPassword: null,
    carries: null,
    offer: null,
    mintError: reason,
    linkMintedAt: null,
    linkExpiresAt: null,
    linkStatus: 'untracked',
    linkReason: null,
  });
}
