import type { ShopRecord } from './types';
import { idFromPageRules, type PageRule } from './page-rules';

const ID = ['id', 'itemId', 'item_id'] as const;

// Taobao item pages by host + path (docs/platforms.md). Desktop, the global site (world.taobao.com /
// item.taobao.com/item/<id>.htm), the mobile detail pages, 聚划算 and coupon landings. Description and
// service pages on the same hosts carry item ids too, and are not products.
const PAGES: readonly PageRule[] = [
  { hosts: ['item.taobao.com'], path: /^\/item\.html?$/, params: ID },
  { hosts: ['item.taobao.com', 'world.taobao.com'], path: /^\/item\/(\d+)\.html?$/ },
  { hosts: ['h5.m.taobao.com'], path: /^\/awp\/core\/detail\.htm$/, params: ID },
  { hosts: ['main.m.taobao.com'], path: /^\/(detail\/index\.html|security-h5-detail\/home)$/, params: ID },
  // The newer mobile detail app: …/h5-tb-detail/index.html, …/detail.html — but not its description page.
  { hosts: ['market.m.taobao.com'], path: /^\/app\/(?![\w/-]*\bdesc)[\w/-]*detail[\w/-]*\.html$/, params: ID },
  { hosts: ['a.m.taobao.com'], path: /^\/i(\d+)\.htm$/ },
  { hosts: ['ju.taobao.com'], path: /^\/(m\/jusp\/alone\/detailwap\/mtp\.htm|tg\/home\.htm)$/, params: ID },
  { hosts: ['uland.taobao.com'], path: /^\/coupon\/edetail$/, params: ID },
];

export const taobao = {
  id: 'taobao',
  network: 'taobao',
  names: { zh: '淘宝', en: 'Taobao' },
  template: '【淘宝】{title} ¥{price} {coupon}\n{link}\n复制本条消息 {password} 打开淘宝APP即可查看',
  templateWithoutPassword: '【淘宝】{title} ¥{price} {coupon}\n{link}\n微信里打不开时，点右上角「···」选「在浏览器打开」',
  // WeChat and QQ block Alimama's shops but let JD and Pinduoduo open.
  blockedInApps: ['WeChat', 'QQ'],
  appName: { zh: '手机淘宝', en: 'the Taobao app' },
  imageHosts: ['*://*.alicdn.com/*'],
  channelIdKinds: ['relation', 'special', 'adzone'],
  passwordKind: 'taobao',
  matches: [
    '*://item.taobao.com/*',
    '*://world.taobao.com/*',
    '*://h5.m.taobao.com/*',
    '*://main.m.taobao.com/*',
    '*://a.m.taobao.com/*',
    '*://market.m.taobao.com/*',
    '*://ju.taobao.com/*',
    '*://uland.taobao.com/*',
  ],
  domains: ['taobao.com', 'tb.cn'],
  shortLinkHosts: ['m.tb.cn', 'e.tb.cn', 'c.tb.cn', 's.click.taobao.com'],
  productIdFrom: (url) => idFromPageRules(url, PAGES, 6),
  canonicalUrl: (id) => `https://item.taobao.com/item.htm?id=${id}`,
} satisfies ShopRecord;

// Sample URLs:
// https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id=678901234567&ns=1
// https://world.taobao.com/item/678901234567.htm
// https://a.m.taobao.com/i678901234567.htm
// https://market.m.taobao.com/app/dinamic/h5-tb-detail/index.html?id=678901234567
// https://uland.taobao.com/coupon/edetail?pid=mm_1_2_3&itemId=678901234567
