import { DAY_MS } from '../../../shared/china-time';
import { chinaTimestamp, listOf } from '../http';
import { NetworkCallError } from '../network-error';
import { channelIdValue, percentToBp, yuanToFen } from '../offer-values';
import type { IdentifiedProduct, MintedLink, NetworkAdapter, ProductOffer } from '../types';
import { parseSalesCount } from '../../../shared/sales-count';
import { callTop, type TopCredentials } from './client';

export interface TaobaoCredentials extends TopCredentials {
  adzoneId: string;
  siteId?: string | undefined;
}

const HOUR = 3_600_000;
// 618, 双11, 双12 and the New Year sale: TOP narrows order windows to 20 minutes (docs/networks.md).
const BIG_PROMOTION_DAYS = ['06-18', '11-11', '12-12'];

function offerOf(promotion: Record<string, unknown> | undefined, coupon: Record<string, unknown> | undefined): ProductOffer | null {
  if (!promotion && !coupon) return null;
  const price = yuanToFen(promotion?.zk_final_price ?? promotion?.reserve_price);
  const couponFen = yuanToFen(coupon?.coupon_amount);
  return {
    title: (promotion?.title as string) ?? null,
    imageUrl: (promotion?.pict_url as string) ?? null,
    shopName: (promotion?.shop_title as string) ?? null,
    priceFen: price,
    couponFen,
    priceAfterCouponFen: price !== null ? Math.max(0, price - (couponFen ?? 0)) : null,
    commissionRateBp: percentToBp(promotion?.commission_rate),
    sales: parseSalesCount(promotion?.volume),
  };
}

/** 万能转链 for one item: its link, password and the promotion and coupon facts (an item outside the programme is refused). */
async function convertItem(baseUrl: string, credentials: TaobaoCredentials, params: Record<string, string>) {
  const data = (await callTop(baseUrl, credentials, 'taobao.tbk.dg.general.link.convert', { biz_scene_id: '1', ...params })) as {
    data?: Record<string, unknown>;
  };
  const item = listOf(data.data?.item_url_list)[0] as Record<string, unknown> | undefined;
  if (!item) throw new NetworkCallError('taobao', 'rejected', 'NO_LINK', 'TOP returned no link for this item');
  if (item.code !== undefined && String(item.code) !== '0')
    throw new NetworkCallError('taobao', 'rejected', String(item.code), String(item.msg ?? 'this item is not in the affiliate programme'));
  return item;
}

export const taobaoAdapter: NetworkAdapter<TaobaoCredentials> = {
  network: 'taobao',
  maxWindowMs: (from) => (BIG_PROMOTION_DAYS.includes(chinaTimestamp(from).slice(5, 10)) ? HOUR / 3 : 3 * HOUR),
  maxLookbackMs: 90 * DAY_MS,

  async check(baseUrl, credentials) {
    await callTop(baseUrl, credentials, 'taobao.tbk.item.info.get', { num_iids: '612345678901', platform: '2' }, { attempts: 1 });
  },

  async mint(baseUrl, credentials, request): Promise<MintedLink> {
    // An affiliate's own adzone replaces the operator's; relation / special ids name them in orders.
    const relationId = channelIdValue(request.channelIds, 'relation');
    const specialId = channelIdValue(request.channelIds, 'special');
    const item = await convertItem(baseUrl, credentials, {
      adzone_id: channelIdValue(request.channelIds, 'adzone') ?? credentials.adzoneId,
      ...(relationId ? { relation_id: relationId } : {}),
      ...(specialId ? { special_id: specialId } : {}),
      item_dto: JSON.stringify([{ item_id: request.productId, external_id: request.code }]),
    });
    const link = (item.link_info_dto ?? {}) as Record<string, string | undefined>;
    const trackedUrl = link.coupon_short_url || link.cps_short_url || link.coupon_long_url || link.cps_long_url;
    if (!trackedUrl) throw new NetworkCallError('taobao', 'rejected', 'NO_LINK', 'TOP returned no promotion URL for this item');
    let password = link.coupon_short_tpwd || link.cps_short_tpwd || link.coupon_full_tpwd || link.cps_full_tpwd || null;
    if (!password) {
      const tpwd = (await callTop(baseUrl, credentials, 'taobao.tbk.tpwd.create', { url: trackedUrl })) as {
        data?: { password_simple?: string; model?: string };
      };
      password = tpwd.data?.password_simple || tpwd.data?.model || null;
    }
    // With a relation or special id the order names the affiliate; otherwise only the click time can.
    return {
      trackedUrl,
      password,
      carries: relationId || specialId ? 'sub_id' : 'click_time',
      offer: offerOf(item.promotion_info_dto as Record<string, unknown>, item.coupon_info_dto as Record<string, unknown>),
    };
  },

  async offer(baseUrl, credentials, productId) {
    // The same call as a mint, on the operator's adzone and without a code: nothing is recorded at Alimama.
    const item = await convertItem(baseUrl, credentials, { adzone_id: credentials.adzoneId, item_dto: JSON.stringify([{ item_id: productId }]) });
    return offerOf(item.promotion_info_dto as Record<string, unknown>, item.coupon_info_dto as Record<string, unknown>);
  },

  async identify(baseUrl, credentials, material): Promise<IdentifiedProduct | null> {
    // 万能转链 takes someone else's 淘口令 or link as material and says which item it is (material_type 1).
    const data = (await callTop(baseUrl, credentials, 'taobao.tbk.dg.general.link.convert', {
      biz_scene_id: '1',
      adzone_id: credentials.adzoneId,
      material_list: material,
    })) as { data?: Record<string, unknown> };
    const entry = listOf(data.data?.material_url_list)[0] as Record<string, unknown> | undefined;
    if (!entry) throw new NetworkCallError('taobao', 'rejected', 'NO_MATERIAL', 'TOP did not recognise this password or link');
    if (entry.code !== undefined && String(entry.code) !== '0')
      throw new NetworkCallError('taobao', 'rejected', String(entry.code), String(entry.msg ?? 'the password or link has expired'));
    const link = (entry.link_info_dto ?? {}) as Record<string, unknown>;
    const productId = String(link.material_id ?? '');
    if (String(link.material_type ?? '') !== '1' || !/^\d{6,15}$/.test(productId)) return null;
    // Tmall and Taobao share the network; the item's seller type (user_type 1 = 天猫) says which shop it is.
    const info = (await callTop(baseUrl, credentials, 'taobao.tbk.item.info.get', { num_iids: productId, platform: '2' })) as { results?: unknown };
    const item = listOf(info.results)[0] as { user_type?: unknown } | undefined;
    return { platform: String(item?.user_type ?? '') === '1' ? 'tmall' : 'taobao', productId };
  },

  async pullOrders(baseUrl, credentials, from, to) {
    const rows: Array<Record<string, unknown>> = [];
    let positionIndex = '';
    for (let page = 1; page <= 100; page++) {
      const answer = (await callTop(baseUrl, credentials, 'taobao.tbk.order.details.get', {
        query_type: '4',
        start_time: chinaTimestamp(from),
        end_time: chinaTimestamp(to),
        page_size: '100',
        page_no: String(page),
        ...(page > 1 ? { position_index: positionIndex, jump_type: '1' } : {}),
      })) as { data?: { results?: unknown; has_next?: boolean; position_index?: string } };
      rows.push(...(listOf(answer.data?.results) as Array<Record<string, unknown>>));
      if (!answer.data?.has_next) break;
      positionIndex = answer.data.position_index ?? '';
    }
    return rows;
  },
};
