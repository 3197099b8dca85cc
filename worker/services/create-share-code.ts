import type { CreateCodeRequest } from '../../shared/schemas';
import { parseProductUrl } from '../../shared/platforms';
import { networkOfPlatform } from '../../shared/schemas/orders';
import { generateShareCode } from '../../shared/share-code';
import type { Bindings, Db } from '../env';
import { AppError } from '../errors';
import { upsertProduct } from '../db/queries/products';
import { findCodeByOwner, insertCodeIfAbsent, updateCodeDetails } from '../db/queries/share-codes';
import { loadConnection } from './networks/connections';
import { mintThroughNetwork } from './networks/mint-through-network';
import { reserveMint } from './links/network-quota';
import { attributeForCode } from './orders/attribute-orders';
import { bookLedger } from './orders/book-ledger';
import { codeViewFor } from './code-view-for';

export interface CreateShareCodeResult {
  created: boolean;
  shareCode: Awaited<ReturnType<typeof codeViewFor>>;
}

// A fresh code colliding with an existing one is ~1 in 5e13 per draw; three draws is plenty.
const MAX_ATTEMPTS = 3;

/**
 * The share code of (affiliate, product, channel), minted on first request and returned after. With the
 * network connected, the code gets the network's tracked link and password (and keeps trying on later
 * requests until it has them). Throws UNSUPPORTED_URL when `input.url` is not a supported product page.
 */
export async function createShareCode(
  db: Db,
  env: Bindings,
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
  let created = false;
  let row = await findCodeByOwner(db, affiliateId, productRowId, channel);
  for (let attempt = 0; !row && attempt < MAX_ATTEMPTS; attempt++) {
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
    // Re-reading (rather than trusting the insert) also covers a concurrent request that won the race.
    row = await findCodeByOwner(db, affiliateId, productRowId, channel);
    if (written && row?.code === code) {
      created = true;
      // A line that already names this code (reported before the code reached us) is attributed now.
      await bookLedger(db, await attributeForCode(db, code, now), { now });
    }
  }
  if (!row) throw new Error('could not mint a unique share code');
  const newDetails = !created && (input.title !== undefined || input.priceFen !== undefined || input.imageUrl !== undefined);
  if (newDetails) await updateCodeDetails(db, row.code, input);

  const network = networkOfPlatform(product.platform);
  const connection = await loadConnection(db, env, network);
  const minting = connection !== null && row.tracking === 'none';
  if (minting) {
    // A mint spends the operator's network quota: one affiliate cannot spend it all (429 with Retry-After).
    await reserveMint(db, affiliateId, now);
    await mintThroughNetwork(db, connection, row.code, affiliateId, product, { now });
  }
  // Read back only what changed since `row` was read.
  const current = minting || newDetails ? ((await findCodeByOwner(db, affiliateId, productRowId, channel)) ?? row) : row;
  return { created, shareCode: await codeViewFor(db, env, affiliateId, current, baseUrl) };
}
