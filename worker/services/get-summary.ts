import type { Summary } from '../../shared/schemas';
import { chinaDayNumber } from '../../shared/china-time';
import { dealPrice } from '../../shared/deal-price';
import type { AuthedAffiliate, Db } from '../env';
import { countClicksSinceDays } from '../db/queries/clicks';
import { countCodes, listRecentCodes } from '../db/queries/share-codes';
import { shortUrlFor } from './share-code-view';

export const RECENT_CODES_LIMIT = 10;

/** Clicks today / 7 / 30 China days, code count and the newest codes of one affiliate. */
export async function getSummary(db: Db, affiliate: AuthedAffiliate, baseUrl: string, now = Date.now()): Promise<Summary> {
  const [counts, codeCount, recent] = await Promise.all([
    countClicksSinceDays(db, affiliate.id, [chinaDayNumber(now), chinaDayNumber(now) - 6, chinaDayNumber(now) - 29]),
    countCodes(db, affiliate.id),
    listRecentCodes(db, affiliate.id, RECENT_CODES_LIMIT),
  ]);
  const [today = 0, last7Days = 0, last30Days = 0] = counts;
  return {
    affiliate,
    clicks: { today, last7Days, last30Days },
    codeCount,
    recentCodes: recent.map((row) => ({
      code: row.code,
      shortUrl: shortUrlFor(baseUrl, row.code),
      channel: row.channel,
      title: row.title,
      product: { platform: row.platform, productId: row.externalId, url: row.url },
      clicks: Number(row.clicks),
      createdAt: row.createdAt,
      networkPassword: row.networkPassword,
      deal: dealPrice(row.priceFen, row.offer),
    })),
  };
}
