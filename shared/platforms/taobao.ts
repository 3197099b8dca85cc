import type { PlatformUrlRule } from './types';
import { isHostOf, numericQueryParam } from './host';

// networks.md §4.1: on any taobao.com URL the item id sits in `id`, `itemId` or `item_id`.
const ID_PARAMS = ['id', 'itemId', 'item_id'] as const;
// Pages that carry an `id` but are not an item (shop, search, cart, login).
const NOT_ITEM_HOSTS = ['s.taobao.com', 'shop.taobao.com', 'cart.taobao.com', 'login.taobao.com', 'buyertrade.taobao.com'];

export const taobao = {
  id: 'taobao',
  matches: ['*://item.taobao.com/*', '*://h5.m.taobao.com/*', '*://a.m.taobao.com/*', '*://market.m.taobao.com/*', '*://ju.taobao.com/*', '*://uland.taobao.com/*'],
  domains: ['taobao.com', 'tb.cn'],
  shortLinkHosts: ['m.tb.cn', 'e.tb.cn', 'c.tb.cn', 's.click.taobao.com'],
  productIdFrom(url) {
    const host = url.hostname;
    if (!isHostOf(host, 'taobao.com') || NOT_ITEM_HOSTS.some((h) => isHostOf(host, h))) return null;
    if (host === 'a.m.taobao.com') return /^\/i(\d{6,15})\.htm$/.exec(url.pathname)?.[1] ?? null;
    return numericQueryParam(url, ID_PARAMS);
  },
  canonicalUrl: (id) => `https://item.taobao.com/item.htm?id=${id}`,
} satisfies PlatformUrlRule;

// Sample URLs:
// https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id=678901234567&ns=1
// https://a.m.taobao.com/i678901234567.htm
// https://uland.taobao.com/coupon/edetail?pid=mm_1_2_3&itemId=678901234567
