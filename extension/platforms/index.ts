import { parseProductUrl, type PlatformId, type ProductRef } from '@@/shared/platforms';
import type { PageDetails, PageReader } from './types';
import { jdPage } from './jd';
import { taobaoPage } from './taobao';
import { tmallPage } from './tmall';
import { pddPage } from './pdd';

/** The only list of page readers; keyed by PlatformId so a new shop fails type-checking until it has one. */
export const pageReaders = { taobao: taobaoPage, tmall: tmallPage, jd: jdPage, pdd: pddPage } as const satisfies Record<PlatformId, PageReader>;

export type DetectedProduct = ProductRef & PageDetails & { pageUrl: string };

/** The product on this page, or null when the URL is not a supported product page. */
export function detectProduct(doc: Document, pageUrl: string): DetectedProduct | null {
  const ref = parseProductUrl(pageUrl);
  if (!ref) return null;
  try {
    return { ...ref, ...pageReaders[ref.platform].read(doc), pageUrl };
  } catch {
    // A shop redesign must degrade to "no title/price", never break the page.
    return { ...ref, title: null, priceFen: null, imageUrl: null, shopName: null, pageUrl };
  }
}
