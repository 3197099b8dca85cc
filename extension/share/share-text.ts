import { formatFen } from '@@/shared/money';
import type { PlatformId } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import { renderShareText, templateFor } from '@@/shared/share-template';

export interface ShareDetails {
  title: string | null;
  priceFen: number | null;
}

/**
 * The affiliate's template for the platform (or the default), filled for one share code. `{password}` is
 * the network's own 淘口令 / 京口令; without one, a template built around it gives way to the honest
 * default, so no text claims a password that opens the shop's app.
 */
export function shareTextFor(code: ShareCode, details: ShareDetails, templates: Partial<Record<PlatformId, string>>): string {
  const template = templateFor(code.product.platform, templates[code.product.platform], code.networkPassword !== null);
  const couponFen = code.offer?.couponFen ?? null;
  return renderShareText(template, {
    title: details.title,
    price: details.priceFen === null ? null : formatFen(details.priceFen),
    coupon: couponFen ? `券${formatFen(couponFen)}元` : null,
    link: code.shortUrl,
    password: code.networkPassword,
  });
}
