import type { PlatformUrlRule } from './types';
import { isHostOf, numericQueryParam } from './host';

// networks.md §4.1: Tmall, 天猫超市 (chaoshi.detail.tmall.com) and Tmall HK item pages carry the id in the query.
const ID_PARAMS = ['id', 'itemId', 'item_id'] as const;
const ITEM_PATH = /\/item\.htm$/;

export const tmall = {
  id: 'tmall',
  matches: ['*://detail.tmall.com/*', '*://*.detail.tmall.com/*', '*://detail.m.tmall.com/*', '*://detail.tmall.hk/*', '*://detail.m.tmall.hk/*'],
  domains: ['tmall.com', 'tmall.hk'],
  // Tmall items are shared through Taobao's short links (m.tb.cn, s.click.taobao.com).
  shortLinkHosts: [],
  productIdFrom(url) {
    const host = url.hostname;
    const isTmall = isHostOf(host, 'tmall.com') || isHostOf(host, 'tmall.hk');
    if (!isTmall || !host.includes('detail.') || !ITEM_PATH.test(url.pathname)) return null;
    return numericQueryParam(url, ID_PARAMS);
  },
  canonicalUrl: (id) => `https://detail.tmall.com/item.htm?id=${id}`,
} satisfies PlatformUrlRule;

// Sample URLs:
// https://detail.tmall.com/item.htm?id=612345678901&skuId=4987654321
// https://chaoshi.detail.tmall.com/item.htm?id=612345678901
// https://detail.tmall.hk/hk/item.htm?id=612345678901
