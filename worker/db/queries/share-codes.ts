import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import { clickRollups, products, shareCodes } from '../schema';

const codeWithProduct = {
  code: shareCodes.code,
  channel: shareCodes.channel,
  destinationUrl: shareCodes.destinationUrl,
  createdAt: shareCodes.createdAt,
  platform: products.platform,
  externalId: products.externalId,
  url: products.url,
  title: products.title,
  priceFen: products.priceFen,
};

export type CodeWithProduct = Awaited<ReturnType<typeof findCodeByOwner>>;

export async function findCodeByOwner(db: Db, affiliateId: string, productRowId: string, channel: string) {
  const [row] = await db
    .select(codeWithProduct)
    .from(shareCodes)
    .innerJoin(products, eq(shareCodes.productId, products.id))
    .where(and(eq(shareCodes.affiliateId, affiliateId), eq(shareCodes.productId, productRowId), eq(shareCodes.channel, channel)))
    .limit(1);
  return row ?? null;
}

/** Inserts unless (affiliate, product, channel) or the code already exists; true when a row was written. */
export async function insertCodeIfAbsent(db: Db, row: typeof shareCodes.$inferInsert): Promise<boolean> {
  const written = await db.insert(shareCodes).values(row).onConflictDoNothing().returning({ code: shareCodes.code });
  return written.length > 0;
}

/**
 * What a code points at, whoever owns it: the redirect's one read (where it goes and what to show where
 * a redirect will not do), and how /api/resolve reads our own links and passwords back.
 */
export async function findLinkTarget(db: Db, code: string) {
  const [row] = await db
    .select({
      destinationUrl: shareCodes.destinationUrl,
      platform: products.platform,
      externalId: products.externalId,
      url: products.url,
      title: products.title,
      priceFen: products.priceFen,
      imageUrl: products.imageUrl,
    })
    .from(shareCodes)
    .innerJoin(products, eq(shareCodes.productId, products.id))
    .where(eq(shareCodes.code, code))
    .limit(1);
  return row ?? null;
}
export type LinkTarget = NonNullable<Awaited<ReturnType<typeof findLinkTarget>>>;

export async function countCodes(db: Db, affiliateId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(shareCodes).where(eq(shareCodes.affiliateId, affiliateId));
  return row?.n ?? 0;
}

/** The affiliate's newest codes with their human (non-bot) click counts. */
export async function listRecentCodes(db: Db, affiliateId: string, limit: number) {
  // Correlated sum over the code's daily rollups: runs only for the `limit` rows returned.
  const clickCount = sql<number>`(select coalesce(sum(${clickRollups.humans}), 0) from ${clickRollups} where ${clickRollups.code} = ${shareCodes.code})`;
  return db
    .select({ ...codeWithProduct, clicks: clickCount })
    .from(shareCodes)
    .innerJoin(products, eq(shareCodes.productId, products.id))
    .where(eq(shareCodes.affiliateId, affiliateId))
    .orderBy(desc(shareCodes.createdAt), desc(sql`${shareCodes}.rowid`)) // rowid: insertion order within one ms
    .limit(limit);
}
