import { DAY_MS } from '../../../shared/china-time';
import { chinaTimestamp, listOf } from '../http';
import { NetworkCallError } from '../network-error';
import { channelIdValue, percentToBp, yuanToFen } from '../offer-values';
import type { MintedLink, NetworkAdapter, ProductOffer } from '../types';
import { parseSalesCount } from '../../../shared/sales-count';
import { callJd, field, type JdCredentials } from './client';

export interface JdUnionCredentials extends JdCredentials {
  siteId: string;
  positionId?: string | undefined;
}

const HOUR = 3_600_000;

function offerOf(goods: Record<string, unknown> | undefined): ProductOffer | null {
  if (!goods) return null;
  const price = yuanToFen(goods.unitPrice ?? goods.wlUnitPrice);
  return {
    title: (goods.goodsName as string) ?? null,
    imageUrl: (goods.imgUrl as string) ?? null,
    shopName: (goods.shopName as string) ?? null,
    priceFen: price,
    couponFen: null,
    priceAfterCouponFen: price,
    commissionRateBp: percentToBp(goods.commisionRatioWl),
    sales: parseSalesCount(goods.inOrderCount),
  };
}

async function goodsInfo(baseUrl: string, credentials: JdUnionCredentials, skuId: string) {
  const inner = await callJd(baseUrl, credentials, 'jd.union.open.goods.promotiongoodsinfo.query', null, { skuIds: skuId });
  return listOf(inner.data)[0] as Record<string, unknown> | undefined;
}

export const jdAdapter: NetworkAdapter<JdUnionCredentials> = {
  network: 'jd',
  maxWindowMs: () => HOUR,
  maxLookbackMs: 90 * DAY_MS,

  async check(baseUrl, credentials) {
    await goodsInfo(baseUrl, credentials, '100012043978');
  },

  async offer(baseUrl, credentials, productId) {
    return offerOf(await goodsInfo(baseUrl, credentials, productId));
  },

  async mint(baseUrl, credentials, request): Promise<MintedLink> {
    const positionId = channelIdValue(request.channelIds, 'position') ?? credentials.positionId;
    const offer = offerOf(await goodsInfo(baseUrl, credentials, request.productId).catch(() => undefined));
    let carries: MintedLink['carries'] = 'sub_id';
    let data: Record<string, unknown> | undefined;
    try {
      const inner = await callJd(baseUrl, credentials, 'jd.union.open.promotion.bysubunionid.get', 'promotionCodeReq', {
        materialId: request.productUrl,
        subUnionId: request.code,
        ...(positionId ? { positionId: Number(positionId) } : {}),
        chainType: 3,
      });
      data = inner.data as Record<string, unknown>;
    } catch (err) {
      // Accounts without the social-media permission mint through the site API; the code is then told
      // apart by click time only.
      if (!(err instanceof NetworkCallError) || err.failure !== 'rejected') throw err;
      const inner = await callJd(baseUrl, credentials, 'jd.union.open.promotion.common.get', 'promotionCodeReq', {
        materialId: request.productUrl,
        siteId: credentials.siteId,
        ...(positionId ? { positionId: Number(positionId) } : {}),
      });
      data = inner.data as Record<string, unknown>;
      carries = 'click_time';
    }
    const trackedUrl = field(data, 'shortURL', 'shortUrl', 'clickURL', 'clickUrl');
    if (!trackedUrl) throw new NetworkCallError('jd', 'rejected', 'NO_LINK', 'JD returned no promotion URL for this item');
    return { trackedUrl, password: field(data, 'jShortCommand', 'jCommand'), carries, offer };
  },

  async pullOrders(baseUrl, credentials, from, to) {
    const rows: Array<Record<string, unknown>> = [];
    for (let pageIndex = 1; pageIndex <= 200; pageIndex++) {
      const inner = await callJd(baseUrl, credentials, 'jd.union.open.order.row.query', 'orderReq', {
        pageIndex,
        pageSize: 200,
        type: 3,
        startTime: chinaTimestamp(from),
        endTime: chinaTimestamp(to),
      });
      rows.push(...(listOf(inner.data) as Array<Record<string, unknown>>));
      if (!inner.hasMore) break;
    }
    return rows;
  },
};
