import { eq, sql } from 'drizzle-orm';
import type { ProductRef } from '../../../shared/platforms';
import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { products } from '../schema';
import type { ProductOffer } from '../stored-shapes';

/**
 * The product row every code of it shares: inserted once, never rewritten by a mint. What an affiliate's
 * page says (title, price, image) lives on their own share code; what the product row holds comes from
 * the networks (their reports and APIs), so no affiliate can change what another's friends see.
 */
export async function upsertProduct(db: Db, ref: ProductRef, now: number): Promise<string> {
  const [row] = await db
    .insert(products)
    .values({ id: newId('prd', now), platform: ref.platform, externalId: ref.productId, url: ref.url, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [products.platform, products.externalId], set: { updatedAt: sql`${products.updatedAt}` } })
    .returning({ id: products.id });
  if (!row) throw new Error('product upsert returned no row');
  return row.id;
}

/** What the network last said about a product's money, and when it was asked. */
export async function findProductOffer(db: Db, productRowId: string) {
  const [row] = await db.select({ offer: products.offer, checkedAt: products.offerCheckedAt }).from(products).where(eq(products.id, productRowId));
  return row ?? null;
}

export async function saveProductOffer(db: Db, productRowId: string, offer: ProductOffer | null, now: number): Promise<void> {
  await db.update(products).set({ offer, offerCheckedAt: now }).where(eq(products.id, productRowId));
}
