import type { PlatformUrlRule } from './types';
import { numericQueryParam } from './host';

// networks.md §4.3: mobile goods pages carry `goods_id`; goods.html, goods1.html, goods2.html all exist.
const GOODS_PATH = /^\/goods\d?\.html$/;

export const pdd = {
  id: 'pdd',
  matches: ['*://mobile.yangkeduo.com/*'],
  domains: ['yangkeduo.com', 'pinduoduo.com'],
  shortLinkHosts: ['p.pinduoduo.com'],
  productIdFrom(url) {
    if (url.hostname !== 'mobile.yangkeduo.com' || !GOODS_PATH.test(url.pathname)) return null;
    return numericQueryParam(url, ['goods_id'], 5, 15);
  },
  canonicalUrl: (id) => `https://mobile.yangkeduo.com/goods.html?goods_id=${id}`,
} satisfies PlatformUrlRule;

// Sample URLs:
// https://mobile.yangkeduo.com/goods.html?goods_id=123456789012
// https://mobile.yangkeduo.com/goods1.html?goods_id=123456789012&page_from=23
// https://p.pinduoduo.com/abcdEFGH (short link, resolved by redirect)
