/** Every shop Daihuo understands. Adding one here fails type-checking until each registry has an entry. */
export const PLATFORM_IDS = ['taobao', 'tmall', 'jd', 'pdd'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** A product page reduced to what identifies it. */
export interface ProductRef {
  platform: PlatformId;
  productId: string;
  /** Canonical product URL, rebuilt from the id so tracking junk never travels on. */
  url: string;
}

/** The affiliate networks (their programme credits these shops' orders). */
export const NETWORKS = ['taobao', 'jd', 'pdd'] as const;
export type Network = (typeof NETWORKS)[number];

/** Each network's name, as its members know it (zh) and in English — the one list every surface reads. */
export const NETWORK_NAMES: Record<Network, { zh: string; en: string }> = {
  taobao: { zh: '淘宝联盟', en: 'Alimama' },
  jd: { zh: '京东联盟', en: 'JD Union' },
  pdd: { zh: '多多进宝', en: 'Duoduo Jinbao' },
};

/** The in-app browsers the click analyser tells apart (worker/services/clicks/analyse-user-agent.ts). */
export const IN_APP_BROWSERS = ['DingTalk', 'Feishu', 'WeCom', 'WeChat', 'QQ', 'Weibo', 'Alipay', 'Taobao', 'JD', 'Douyin', 'Kuaishou', 'Xiaohongshu'] as const;
export type InAppBrowser = (typeof IN_APP_BROWSERS)[number];

/** Each in-app browser by the app's own name in Chinese, and in English. */
export const IN_APP_BROWSER_NAMES: Record<InAppBrowser, { zh: string; en: string }> = {
  DingTalk: { zh: '钉钉', en: 'DingTalk' },
  Feishu: { zh: '飞书', en: 'Feishu' },
  WeCom: { zh: '企业微信', en: 'WeCom' },
  WeChat: { zh: '微信', en: 'WeChat' },
  QQ: { zh: 'QQ', en: 'QQ' },
  Weibo: { zh: '微博', en: 'Weibo' },
  Alipay: { zh: '支付宝', en: 'Alipay' },
  Taobao: { zh: '淘宝', en: 'Taobao' },
  JD: { zh: '京东', en: 'JD' },
  Douyin: { zh: '抖音', en: 'Douyin' },
  Kuaishou: { zh: '快手', en: 'Kuaishou' },
  Xiaohongshu: { zh: '小红书', en: 'Xiaohongshu' },
};

/**
 * Everything Daihuo knows about one shop, in one record (`shared/platforms/<shop>.ts`); every other map
 * or list of shops is derived from these. Pure: no DOM, no fetch. Adding a shop is written down in
 * docs/adding-a-shop.md; a convention test fails while a record is incomplete.
 */
export interface ShopRecord {
  id: PlatformId;
  /** The network whose programme credits this shop's orders (Alimama reports Taobao and Tmall). */
  network: Network;
  names: { zh: string; en: string };
  /** The default share text, in the layout people know from the shop's app (placeholders: shared/share-template.ts). */
  template: string;
  /** The same without a password line, for shops whose links need one in WeChat but got none from the network. */
  templateWithoutPassword?: string;
  /** In-app browsers that block this shop's links: inside them a share link answers a landing page. */
  blockedInApps: readonly InAppBrowser[];
  /** The shop's own app, as the landing page names it ("open 手机淘宝"). */
  appName: { zh: string; en: string };
  /** Where the shop serves product photos (match patterns): the poster fetches them. */
  imageHosts: readonly string[];
  /** The kinds of channel id (`kind:value`) that name an affiliate on this shop's network. */
  channelIdKinds: readonly string[];
  /** The share-password kind texts of this shop carry (淘口令 / 京口令), if any. */
  passwordKind: 'taobao' | 'jd' | null;
  /** Content-script match patterns for this shop's product pages. */
  matches: readonly string[];
  /** Registrable domains of this shop: the allow-list for redirects and destinations. */
  domains: readonly string[];
  /** Hosts of this shop's short and affiliate-click links, which only a redirect turns into a product URL. */
  shortLinkHosts: readonly string[];
  /** The product id when `url` is one of this shop's product pages, else null. */
  productIdFrom(url: URL): string | null;
  canonicalUrl(productId: string): string;
}
