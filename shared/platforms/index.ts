import type { PlatformId, PlatformUrlRule, ProductRef } from './types';
import { taobao } from './taobao';
import { tmall } from './tmall';
import { jd } from './jd';

export type { PlatformId, PlatformUrlRule, ProductRef } from './types';
export { PLATFORM_IDS } from './types';

/** The only list of URL rules. */
export const platformRules = { taobao, tmall, jd } as const satisfies Record<PlatformId, PlatformUrlRule>;

/** Every content-script match pattern, for the extension's manifest. */
export const productPageMatches: string[] = Object.values(platformRules).flatMap((rule) => [...rule.matches]);

/**
 * Recognise a product page URL of a supported shop.
 * @example parseProductUrl('https://item.jd.com/100012043978.html')
 *   // { platform: 'jd', productId: '100012043978', url: 'https://item.jd.com/100012043978.html' }
 */
export function parseProductUrl(input: string): ProductRef | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  for (const rule of Object.values(platformRules)) {
    const productId = rule.productIdFrom(url);
    if (productId) return { platform: rule.id, productId, url: rule.canonicalUrl(productId) };
  }
  return null;
}
