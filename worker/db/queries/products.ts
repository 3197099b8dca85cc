import { sql } from 'drizzle-orm';
import type { ProductRef } from '../../../shared/platforms';
import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { products } from '../schema';

export interface ProductDetails {
  title?: string | undefined;
  priceFen?: number | undefined;
  imageUrl?: string | undefined;
  shopName?: string | undefined;
}

/** Inserts the product or refreshes what we know of it; returns its row id. */
export async function upsertProduct(db: Db, ref: ProductRef, details: ProductDetails, now: number): Promise<string> {
  const [row] = await db
    .insert(products)
    .values({
      id: newId('prd', now),
      platform: ref.platform,
      externalId: ref.productId,
      url: ref.url,
      title: details.title ?? null,
      priceFen: details.priceFen ?? null,
      imageUrl: details.imageUrl ?? null,
      shopName: details.shopName ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [products.platform, products.externalId],
      // Keep the last known title/price when this request did not bring one.
      set: {
        title: sql`coalesce(excluded.title, ${products.title})`,
        priceFen: sql`coalesce(excluded.price_fen, ${products.priceFen})`,
        imageUrl: sql`coalesce(excluded.image_url, ${products.imageUrl})`,
        shopName: sql`coalesce(excluded.shop_name, ${products.shopName})`,
        updatedAt: now,
      },
    })
    .returning({ id: products.id });
  if (!row) throw new Error('product upsert returned no row');
  return row.id;
}
