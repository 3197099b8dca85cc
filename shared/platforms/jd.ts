import type { ShopRecord } from './types';
import { idFromPageRules, type PageRule } from './page-rules';

const SKU = ['skuId', 'sku'] as const;

// JD item pages by host + path (docs/platforms.md): desktop and JD Worldwide (jd.hk), 京东大药房
// (yiyaojd.com), the mobile product pages, the CPS landing (re.jd.com/cps/item), the WeChat / 京喜 item
// views (wq.jd.com, m.jingxi.com) and 开普勒 (kpl.m.jd.com).
const PAGES: readonly PageRule[] = [
  { hosts: ['item.jd.com', 'i-item.jd.com', 'item.jd.hk', 'npcitem.jd.hk', 'item.yiyaojd.com'], path: /^\/(\d+)\.html$/ },
  { hosts: ['item.jd.com', 'i-item.jd.com'], path: /^\/product\/detail$/, params: SKU },
  { hosts: ['item.m.jd.com', 'm.jd.com', 'in.m.jd.com', 'item.m.jd.hk'], path: /^\/product\/(\d+)\.html$/ },
  { hosts: ['item.m.jd.com'], path: /^\/ware\/view\.action$/, params: ['wareId'] },
  { hosts: ['re.jd.com', 're.m.jd.com'], path: /^\/cps\/item\/(\d+)\.html$/ },
  { hosts: ['wq.jd.com', 'wqitem.jd.com', 'm.jingxi.com'], path: /^\/item\/view$/, params: SKU },
  { hosts: ['kpl.m.jd.com'], path: /^\/product$/, params: ['wareId', ...SKU] },
];

export const jd = {
  id: 'jd',
  network: 'jd',
  names: { zh: '京东', en: 'JD' },
  template: '【京东】{title} ¥{price} {coupon}\n{link}\n点击链接直接打开',
  blockedInApps: [],
  appName: { zh: '京东APP', en: 'the JD app' },
  imageHosts: ['*://*.360buyimg.com/*'],
  channelIdKinds: ['position', 'pid', 'channel'],
  passwordKind: 'jd',
  matches: [
    '*://item.jd.com/*',
    '*://i-item.jd.com/*',
    '*://item.m.jd.com/*',
    '*://item.jd.hk/*',
    '*://npcitem.jd.hk/*',
    '*://item.yiyaojd.com/*',
    '*://re.jd.com/*',
    '*://wq.jd.com/*',
    '*://m.jingxi.com/*',
    '*://kpl.m.jd.com/*',
  ],
  domains: ['jd.com', 'jd.hk', '3.cn', 'yiyaojd.com', 'jingxi.com'],
  shortLinkHosts: ['u.jd.com', '3.cn', '3.jd.hk', 'union-click.jd.com'],
  productIdFrom: (url) => idFromPageRules(url, PAGES, 4),
  canonicalUrl: (sku) => `https://item.jd.com/${sku}.html`,
} satisfies ShopRecord;

// Sample URLs:
// https://item.jd.com/100012043978.html
// //item.jd.com/100012043978.html (protocol-relative, as pages link it)
// https://item.m.jd.com/product/100012043978.html?utm_source=iosapp
// https://re.jd.com/cps/item/100012043978.html
// https://wq.jd.com/item/view?sku=100012043978
// https://kpl.m.jd.com/product?wareId=100012043978
