import { DAY_MS } from '../../../shared/china-time';
import { listOf } from '../http';
import { NetworkCallError } from '../network-error';
import { channelIdValue } from '../offer-values';
import type { MintedLink, NetworkAdapter, ProductOffer } from '../types';
import { pddCustomParameters } from './member';
import { parseSalesCount } from '../../../shared/sales-count';
import { callPdd, type PddCredentials } from './client';

export interface PddUnionCredentials extends PddCredentials {
  pid: string;
}

const DAY = 24 * 3_600_000;

/** goods_sign replaced goods_id in the promotion APIs: find the item (and its offer) by its id. */
async function findGoods(baseUrl: string, credentials: PddUnionCredentials, pid: string, goodsId: string) {
  const answer = await callPdd(baseUrl, credentials, 'pdd.ddk.goods.search', { keyword: goodsId, pid, page_size: '10' });
  const goods = listOf(answer.goods_list) as Array<Record<string, unknown>>;
  return goods.find((g) => String(g.goods_id) === goodsId) ?? null;
}

function offerOf(goods: Record<string, unknown>): ProductOffer {
  const price = typeof goods.min_group_price === 'number' ? goods.min_group_price : null; // already fen
  const coupon = typeof goods.coupon_discount === 'number' ? goods.coupon_discount : null;
  return {
    title: (goods.goods_name as string) ?? null,
    imageUrl: (goods.goods_thumbnail_url as string) ?? null,
    shopName: (goods.mall_name as string) ?? null,
    priceFen: price,
    couponFen: coupon,
    priceAfterCouponFen: price !== null ? Math.max(0, price - (coupon ?? 0)) : null,
    commissionRateBp: typeof goods.promotion_rate === 'number' ? goods.promotion_rate * 10 : null, // ‰ → bp
    sales: parseSalesCount(goods.sales_tip),
  };
}

export const pddAdapter: NetworkAdapter<PddUnionCredentials> = {
  network: 'pdd',
  // The increment API takes up to 24 h per call.
  maxWindowMs: () => DAY,
  maxLookbackMs: 90 * DAY_MS,

  async check(baseUrl, credentials) {
    const answer = await callPdd(baseUrl, credentials, 'pdd.ddk.goods.pid.query', { pid_list: JSON.stringify([credentials.pid]) }, { attempts: 1 });
    if (listOf(answer.p_id_list).length === 0)
      throw new NetworkCallError('pdd', 'rejected', 'UNKNOWN_PID', `推广位 ${credentials.pid} does not belong to this client`);
  },

  async offer(baseUrl, credentials, productId) {
    const goods = await findGoods(baseUrl, credentials, credentials.pid, productId);
    return goods ? offerOf(goods) : null;
  },

  async mint(baseUrl, credentials, request): Promise<MintedLink> {
    const pid = channelIdValue(request.channelIds, 'pid') ?? credentials.pid;
    const goods = await findGoods(baseUrl, credentials, pid, request.productId);
    if (!goods?.goods_sign) throw new NetworkCallError('pdd', 'rejected', 'NOT_IN_PROGRAMME', 'this item is not in 多多进宝');
    const answer = await callPdd(baseUrl, credentials, 'pdd.ddk.goods.promotion.url.generate', {
      p_id: pid,
      goods_sign_list: JSON.stringify([goods.goods_sign]),
      // uid names our affiliate, the same one their 备案 bound; sid carries the share code back on the order.
      custom_parameters: pddCustomParameters(request.affiliateId, request.code),
      generate_short_url: 'true',
    });
    const link = listOf(answer.goods_promotion_url_list)[0] as Record<string, string | undefined> | undefined;
    const trackedUrl = link?.mobile_short_url || link?.short_url || link?.mobile_url || link?.url;
    if (!trackedUrl) throw new NetworkCallError('pdd', 'rejected', 'NO_LINK', 'Pinduoduo returned no promotion URL for this item');
    return { trackedUrl, password: null, carries: 'sub_id', offer: offerOf(goods) };
  },

  async pullOrders(baseUrl, credentials, from, to) {
    const rows: Array<Record<string, unknown>> = [];
    const window = { start_update_time: String(Math.floor(from / 1000)), end_update_time: String(Math.floor(to / 1000)), page_size: '100' };
    // Paging from the last page backwards, as the docs advise, so rows moving between pages are not missed.
    const first = await callPdd(baseUrl, credentials, 'pdd.ddk.order.list.increment.get', { ...window, page: '1', return_count: 'true' });
    const total = Number(first.total_count ?? 0);
    const pages = Math.max(1, Math.ceil(total / 100));
    if (pages === 1) return listOf(first.order_list) as Array<Record<string, unknown>>;
    for (let page = pages; page >= 1; page--) {
      // Page 1 was read first, for the count; it is read again last so rows that moved onto it meanwhile are caught.
      const answer = await callPdd(baseUrl, credentials, 'pdd.ddk.order.list.increment.get', { ...window, page: String(page) });
      rows.push(...(listOf(answer.order_list) as Array<Record<string, unknown>>));
    }
    return rows;
  },
};
