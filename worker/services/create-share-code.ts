import type { CreateCodeRequest, ShareCode } from '../../shared/schemas';
import { parseProductUrl } from '../../shared/platforms';
import { generateShareCode } from '../../shared/share-code';
import type { Db } from '../env';
import { AppError } from '../errors';
import { upsertProduct } from '../db/queries/products';
import { findCodeByOwner, insertCodeIfAbsent } from '../db/queries/share-codes';
import { toShareCodeView } from './share-code-view';

export interface CreateShareCodeResult {
  created: boolean;
  shareCode: ShareCode;
}

// A fresh code colliding with an existing one is ~1 in 5e13 per draw; three draws is plenty.
const MAX_ATTEMPTS = 3;

/**
 * The share code of (affiliate, product, channel), minted on first request and returned unchanged after.
 * Throws UNSUPPORTED_URL when `input.url` is not a product page of a supported shop.
 */
export async function createShareCode(
  db: Db,
  affiliateId: string,
  input: CreateCodeRequest,
  baseUrl: string,
  now = Date.now(),
): Promise<CreateShareCodeResult> {
  const product = parseProductUrl(input.url);
  if (!product) {
    throw new AppError('UNSUPPORTED_URL', 'This is not a product page on Taobao, Tmall, JD or Pinduoduo. Open a product page and try again.');
  }
  const channel = input.channel ?? '';
  const productRowId = await upsertProduct(db, product, input, now);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // Re-reading after the insert (rather than trusting it) also covers a concurrent request that won the race.
    const existing = await findCodeByOwner(db, affiliateId, productRowId, channel);
    if (existing) return { created: attempt > 0, shareCode: toShareCodeView(existing, baseUrl) };
    await insertCodeIfAbsent(db, {
      code: generateShareCode(),
      affiliateId,
      productId: productRowId,
      channel,
      destinationUrl: product.url,
      createdAt: now,
    });
  }
  throw new Error('could not mint a unique share code');
}
