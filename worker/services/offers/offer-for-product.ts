import { parseProductUrl } from '../../../shared/platforms';
import type { OfferAnswer } from '../../../shared/schemas';
import { networkOfPlatform } from '../../../shared/schemas/orders';
import type { Bindings, Db } from '../../env';
import { AppError } from '../../errors';
import { findProductOffer, saveProductOffer, upsertProduct } from '../../db/queries/products';
import type { ProductOffer } from '../../db/stored-shapes';
import { NetworkCallError } from '../../networks/network-error';
import { spendNetworkCalls } from '../links/network-quota';
import { loadConnection } from '../networks/connections';
import { beneficiariesOf } from '../orders/beneficiaries';
import { offerView } from './offer-view';

/** How long a network's answer about a product is used before it is asked again (prices and coupons move). */
export const OFFER_FRESH_MS = 30 * 60_000;

type Asked = { offer: ProductOffer | null; checkedAt: number | null; reason: OfferAnswer['reason']; detail: string | null };

/**
 * What the network says a product pays, as the panel shows it before any code exists: the network is asked
 * at most once per product every OFFER_FRESH_MS (the answer is shared by every affiliate) and only within
 * the day's budget for checks (they stop first, at 80 %); a stale answer is better than none when it
 * cannot be asked. Money follows docs/design.md (Prices): 你可得 is the commission on 到手价 at the affiliate's tier.
 */
export async function offerForProduct(
  db: Db,
  env: Bindings,
  affiliateId: string,
  url: string,
  pagePriceFen: number | null,
  now = Date.now(),
): Promise<OfferAnswer> {
  const product = parseProductUrl(url);
  if (!product) throw new AppError('UNSUPPORTED_URL', 'This is not a product page on Taobao, Tmall, JD or Pinduoduo.');
  const network = networkOfPlatform(product.platform);
  const connection = await loadConnection(db, env, network);
  const base = { product: { platform: product.platform, productId: product.productId, url: product.url }, network };
  if (!connection) return { ...base, offer: null, reason: 'not-connected', detail: null, checkedAt: null };

  const productRowId = await upsertProduct(db, product, now);
  const held = await findProductOffer(db, productRowId);
  let asked: Asked = { offer: held?.offer ?? null, checkedAt: held?.checkedAt ?? null, reason: null, detail: null };
  const fresh = held?.checkedAt != null && now - held.checkedAt < OFFER_FRESH_MS;
  if (!fresh && (await spendNetworkCalls(db, network, 'renewals', 1, now))) {
    try {
      const offer = await connection.adapter.offer(connection.url, connection.credentials, product.productId);
      await saveProductOffer(db, productRowId, offer, now);
      asked = { offer, checkedAt: now, reason: null, detail: null };
    } catch (err) {
      if (!(err instanceof NetworkCallError)) throw err;
      if (err.failure === 'rejected') {
        await saveProductOffer(db, productRowId, null, now);
        asked = { offer: null, checkedAt: now, reason: 'not-in-programme', detail: err.summary };
      }
    }
  }
  if (!asked.offer) {
    // Asked and answered with nothing (or refused): the item is outside the programme; never asked: unknown for now.
    const reason = asked.reason ?? (asked.checkedAt !== null ? 'not-in-programme' : 'unavailable');
    return { ...base, offer: null, reason, detail: asked.detail, checkedAt: asked.checkedAt };
  }
  const rateBp = (await beneficiariesOf(db, [affiliateId])).get(affiliateId)?.[0]?.rateBp ?? 0;
  return { ...base, offer: offerView(asked.offer, pagePriceFen, rateBp), reason: null, detail: null, checkedAt: asked.checkedAt };
}
