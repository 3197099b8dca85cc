import { NETWORK_NAMES, type ProductRef, shopRecords } from '../../../shared/platforms';
import type { Network } from '../../../shared/schemas/orders';
import type { ResolveReason } from '../../../shared/schemas/resolve';
import type { Bindings, Db } from '../../env';
import { NETWORK_RECORDS } from '../../networks';
import { NetworkCallError } from '../../networks/network-error';
import { loadConnection } from './connections';

/** The product, or why a password or foreign link did not become one through the network. */
export type Identification = { product: ProductRef } | { product: null; reason: ResolveReason; note: string };

/**
 * 转链's first half: asks the operator's connected network which product someone else's password or
 * affiliate link opens, so it can be minted again for this affiliate. Without a connection, or when
 * the network refuses (an expired password), says why instead of failing.
 */
export async function identifyThroughNetwork(db: Db, env: Bindings, network: Network, material: string): Promise<Identification> {
  const names = NETWORK_NAMES[network];
  const connection = await loadConnection(db, env, network);
  if (!NETWORK_RECORDS[network].adapter.identify)
    return {
      product: null,
      reason: 'unsupported',
      note: `${names.en} has no call that reads its share passwords; open it in the app and copy the product link.`,
    };
  if (!connection?.adapter.identify)
    return {
      product: null,
      reason: 'needs-network',
      note: `Turning a share password (口令) into a product goes through ${names.en} (${names.zh}); the operator has not connected it yet, so paste the product link instead.`,
    };
  try {
    const found = await connection.adapter.identify(connection.url, connection.credentials, material);
    if (!found) return { product: null, reason: 'not-a-product', note: `${names.en} says this password opens a shop or an event page, not one product.` };
    return { product: { ...found, url: shopRecords[found.platform].canonicalUrl(found.productId) } };
  } catch (err) {
    if (!(err instanceof NetworkCallError)) throw err;
    // The network's own words, which the extension wraps in the user's language.
    return { product: null, reason: 'network-refused', note: err.summary };
  }
}
