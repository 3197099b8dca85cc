import { formatFen } from '@@/shared/money';
import type { PlatformId } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import { DEFAULT_TEMPLATES, renderShareText } from '@@/shared/share-template';

export interface ShareDetails {
  title: string | null;
  priceFen: number | null;
}

/** The affiliate's template for the platform (or the default), filled for one share code. */
export function shareTextFor(code: ShareCode, details: ShareDetails, templates: Partial<Record<PlatformId, string>>): string {
  const template = templates[code.product.platform]?.trim() || DEFAULT_TEMPLATES[code.product.platform];
  return renderShareText(template, {
    title: details.title,
    price: details.priceFen === null ? null : formatFen(details.priceFen),
    coupon: null,
    link: code.shortUrl,
    password: code.password,
  });
}
