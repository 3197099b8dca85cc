import { dealPrice } from '@@/shared/deal-price';
import type { PlatformId } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import { defaultShareText } from '@@/shared/share-template';

export interface ShareDetails {
  title: string | null;
  priceFen: number | null;
}

/**
 * The affiliate's template for the platform (or the default), filled for one share code. `{password}` is
 * the network's own 淘口令 / 京口令; without one, a template built around it gives way to the honest
 * default, so no text claims a password that opens the shop's app. `{price}` is the one 到手价
 * (shared/deal-price.ts), the same the poster and the friend's page show.
 */
export function shareTextFor(code: ShareCode, details: ShareDetails, templates: Partial<Record<PlatformId, string>>): string {
  return defaultShareText({
    platform: code.product.platform,
    title: details.title,
    deal: dealPrice(details.priceFen, code.offer),
    shortUrl: code.shortUrl,
    password: code.networkPassword,
    template: templates[code.product.platform],
  });
}
