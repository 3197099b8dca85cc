import type { CreateCodeRequest, ShareCode } from '../../shared/schemas';
import { parseProductUrl } from '../../shared/platforms';
import { generateShareCode } from '../../shared/share-code';
import type { Db } from '../env';
import { AppError } from '../errors';
import { upsertProduct } from '../db/queries/products';
import { findCodeByOwner, insertCodeIfAbsent, updateCodeDetails } from '../db/queries/share-codes';
import { attributeForCode } from './orders/attribute-orders';
import { bookLedger } from './orders/book-ledger';
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
  const productRowId = await upsertProduct(db, product, now);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // Re-reading after the insert (rather than trusting it) also covers a concurrent request that won the race.
    const existing = await findCodeByOwner(db, affiliateId, productRowId, channel);
    if (existing) {
      if (attempt === 0 && (input.title !== undefined || input.priceFen !== undefined || input.imageUrl !== undefined)) {
        await updateCodeDetails(db, existing.code, input);
        return { created: false, shareCode: toShareCodeView((await findCodeByOwner(db, affiliateId, productRowId, channel)) ?? existing, baseUrl) };
      }
      return { created: attempt > 0, shareCode: toShareCodeView(existing, baseUrl) };
    }
    const code = generateShareCode();
    const written = await insertCodeIfAbsent(db, {
      code,
      affiliateId,
      productId: productRowId,
      channel,
      destinationUrl: product.url,
      title: input.title ?? null,
      priceFen: input.priceFen ?? null,
      imageUrl: input.imageUrl ?? null,
      createdAt: now,
    });
    // A line that already names this code (reported before the code reached us) is attributed now.
    if (written) await bookLedger(db, await attributeForCode(db, code, now), { now });
  }
  throw new Error('could not mint a unique share code');
}
