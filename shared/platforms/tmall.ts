import type { ShopRecord } from './types';
import { idFromPageRules, type PageRule } from './page-rules';

const ID = ['id', 'itemId', 'item_id'] as const;

// Tmall, 天猫超市 (chaoshi), Tmall Global (tmall.hk) item pages: `item.htm`, and `item_o.htm` for items
// off sale or out of region (docs/platforms.md).
const PAGES: readonly PageRule[] = [
  {
    hosts: ['detail.tmall.com', 'chaoshi.detail.tmall.com', 'detail.m.tmall.com', 'chaoshi.tmall.com', 'detail.tmall.hk', 'detail.m.tmall.hk'],
    path: /^(\/hk)?\/item(_o)?\.htm$/,
    params: ID,
  },
];

export const tmall = {
  id: 'tmall',
  network: 'taobao',
  names: { zh: '天猫', en: 'Tmall' },
  template: '【天猫】{title} ¥{price} {coupon}\n{link}\n复制本条消息 {password} 打开淘宝APP即可查看',
  templateWithoutPassword: '【天猫】{title} ¥{price} {coupon}\n{link}\n微信里打不开时，点右上角「···」选「在浏览器打开」',
  blockedInApps: ['WeChat', 'QQ'],
  appName: { zh: '手机天猫或手机淘宝', en: 'the Tmall or Taobao app' },
  imageHosts: ['*://*.alicdn.com/*'],
  channelIdKinds: ['relation', 'special', 'adzone'],
  passwordKind: 'taobao',
  matches: [
    '*://detail.tmall.com/*',
    '*://*.detail.tmall.com/*',
    '*://detail.m.tmall.com/*',
    '*://chaoshi.tmall.com/*',
    '*://detail.tmall.hk/*',
    '*://detail.m.tmall.hk/*',
  ],
  domains: ['tmall.com', 'tmall.hk'],
  // Tmall items are shared through Taobao's short links (m.tb.cn, s.click.taobao.com).
  shortLinkHosts: [],
  productIdFrom: (url) => idFromPageRules(url, PAGES, 6),
  canonicalUrl: (id) => `https://detail.tmall.com/item.htm?id=${id}`,
} satisfies ShopRecord;

// Sample URLs:
// https://detail.tmall.com/item.htm?id=612345678901&skuId=4987654321
// https://detail.tmall.com/item_o.htm?id=612345678901
// https://chaoshi.detail.tmall.com/item.htm?id=612345678901
// https://detail.tmall.hk/hk/item.htm?id=612345678901
