import type { PlatformId, ProductRef, ShopRecord } from './types';
import { taobao } from './taobao';
import { tmall } from './tmall';
import { jd } from './jd';
import { pdd } from './pdd';
import { isHostOf } from './host';

export type { InAppBrowser, PlatformId, ProductRef, ShopRecord } from './types';
export { IN_APP_BROWSERS, NETWORK_NAMES, PLATFORM_IDS } from './types';

/** The only list of shops: one record each. */
export const shopRecords: Readonly<Record<PlatformId, ShopRecord>> = { taobao, tmall, jd, pdd };
const rules: readonly ShopRecord[] = Object.values(shopRecords);

/** Every content-script match pattern, for the extension's manifest. */
export const productPageMatches: string[] = rules.flatMap((rule) => [...rule.matches]);
/** Every host the shops serve product photos from, for the extension's manifest (the poster draws them). */
export const productImageHosts: string[] = [...new Set(rules.flatMap((rule) => [...rule.imageHosts]))];

/**
 * Recognise a product page URL of a supported shop.
 * @example parseProductUrl('https://item.jd.com/100012043978.html')
 *   // { platform: 'jd', productId: '100012043978', url: 'https://item.jd.com/100012043978.html' }
 */
export function parseProductUrl(input: string | URL): ProductRef | null {
  const url = toWebUrl(input);
  if (!url) return null;
  for (const rule of rules) {
    const productId = rule.productIdFrom(url);
    if (productId) return { platform: rule.id, productId, url: rule.canonicalUrl(productId) };
  }
  return null;
}

/** An http(s) URL, or null for anything else (other schemes, junk). Protocol-relative `//host/…` is https. */
export function toWebUrl(input: string | URL): URL | null {
  let url: URL;
  try {
    const text = typeof input === 'string' ? input.trim() : input.href;
    url = new URL(text.startsWith('//') ? `https:${text}` : text);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

/** The shop whose short or affiliate-click link this is (m.tb.cn, u.jd.com, 3.cn, …), else null. */
export function shortLinkPlatform(input: string | URL): PlatformId | null {
  const url = toWebUrl(input);
  if (!url) return null;
  const rule = rules.find((r) => r.shortLinkHosts.includes(url.hostname));
  return rule?.id ?? null;
}

/** True when `host` belongs to a supported shop: the allow-list for following redirects. */
export function isShopHost(host: string): boolean {
  return rules.some((rule) => rule.domains.some((domain) => isHostOf(host, domain)));
}
