import type { ProductRef } from '../../../shared/platforms';
import { networkOfPlatform } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { listChannelIdsOf } from '../../db/queries/channel-ids';
import { saveMint } from '../../db/queries/share-codes';
import { stripControls } from '../../../shared/schemas/text';
import { normaliseTrackingUrl } from '../../networks';
import { NetworkCallError } from '../../networks/network-error';
import type { LiveConnection } from './connections';

/**
 * Asks the network to mint a tracked link for a code: the share code travels as the sub-id (Taobao
 * `external_id` plus the affiliate's relation / special / adzone ids, JD `subUnionId`, PDD
 * `custom_parameters`). The tracked URL, the network's password and its offer go on the code. When the
 * network refuses (an item outside the programme, a rate limit), the code keeps working untracked and
 * says why; the next request for it tries again.
 */
export async function mintThroughNetwork(db: Db, connection: LiveConnection, code: string, affiliateId: string, product: ProductRef): Promise<void> {
  const network = networkOfPlatform(product.platform);
  try {
    const minted = await connection.adapter.mint(connection.url, connection.credentials, {
      platform: product.platform,
      productId: product.productId,
      productUrl: product.url,
      code,
      affiliateId,
      channelIds: await listChannelIdsOf(db, affiliateId, network),
    });
    const trackedUrl = normaliseTrackingUrl(network, minted.trackedUrl);
    if (!trackedUrl) throw new NetworkCallError(network, 'rejected', 'BAD_URL', `the tracked link is not an https link on a ${network} host`);
    await saveMint(db, code, {
      tracking: 'network',
      trackedUrl,
      networkPassword: minted.password === null ? null : stripControls(minted.password) || null,
      carries: minted.carries,
      offer: minted.offer ? JSON.stringify(minted.offer) : null,
      mintError: null,
    });
  } catch (err) {
    if (!(err instanceof NetworkCallError)) throw err;
    await saveMint(db, code, { tracking: 'none', trackedUrl: null, networkPassword: null, carries: null, offer: null, mintError: err.summary });
  }
}
