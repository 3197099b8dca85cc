import type { ShopRecord } from './types';
import { idFromPageRules, type PageRule } from './page-rules';

// Goods pages carry `goods_id`; goods.html, goods1.html, goods2.html all exist, on the mobile host and
// the bare one (docs/platforms.md).
const PAGES: readonly PageRule[] = [
  { hosts: ['mobile.yangkeduo.com', 'yangkeduo.com', 'mobile.pinduoduo.com'], path: /^\/goods\d?\.html$/, params: ['goods_id'] },
];

export const pdd = {
  id: 'pdd',
  network: 'pdd',
  names: { zh: '拼多多', en: 'Pinduoduo' },
  template: '【拼多多】{title} ¥{price} {coupon}\n{link}\n点击链接直接打开',
  blockedInApps: [],
  appName: { zh: '拼多多APP', en: 'the Pinduoduo app' },
  imageHosts: ['*://*.pddpic.com/*', '*://*.yangkeduo.com/*'],
  channelIdKinds: ['pid'],
  passwordKind: null,
  matches: ['*://mobile.yangkeduo.com/*', '*://yangkeduo.com/*', '*://mobile.pinduoduo.com/*'],
  domains: ['yangkeduo.com', 'pinduoduo.com'],
  shortLinkHosts: ['p.pinduoduo.com'],
  productIdFrom: (url) => idFromPageRules(url, PAGES, 5),
  canonicalUrl: (id) => `https://mobile.yangkeduo.com/goods.html?goods_id=${id}`,
} satisfies ShopRecord;

// Sample URLs:
// https://mobile.yangkeduo.com/goods.html?goods_id=123456789012
// https://yangkeduo.com/goods.html?goods_id=123456789012
// https://mobile.yangkeduo.com/goods1.html?goods_id=123456789012&page_from=23
// https://p.pinduoduo.com/abcdEFGH (short link, resolved by redirect)
