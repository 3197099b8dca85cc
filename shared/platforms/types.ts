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

/** Pure URL knowledge about one shop: no DOM, no fetch. */
export interface PlatformUrlRule {
  id: PlatformId;
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
