import type { ShareCode } from '../../shared/schemas';
import { defaultShareText, formatPassword } from '../../shared/share-template';
import type { PlatformId } from '../../shared/platforms';

export interface StoredCode {
  code: string;
  channel: string;
  platform: PlatformId;
  externalId: string;
  url: string;
  title: string | null;
  priceFen: number | null;
}

/** The public short link of a code on this deployment. */
export function shortUrlFor(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/s/${code}`;
}

/** The API shape of a stored code: short link, password and ready-to-paste share text. */
export function toShareCodeView(row: StoredCode, baseUrl: string): ShareCode {
  const shortUrl = shortUrlFor(baseUrl, row.code);
  const password = formatPassword(row.code);
  return {
    code: row.code,
    shortUrl,
    password,
    shareText: defaultShareText({ platform: row.platform, title: row.title, priceFen: row.priceFen, shortUrl, password }),
    channel: row.channel,
    product: { platform: row.platform, productId: row.externalId, url: row.url },
    title: row.title,
    priceFen: row.priceFen,
  };
}
