import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import { clickRollups, products, shareCodes } from '../schema';

// A code shows what its affiliate's page said, and the product's first-known details where it said nothing.
const codeTitle = sql<string | null>`coalesce(${shareCodes.title}, ${products.title})`;
const codePrice = sql<number | null>`coalesce(${shareCodes.priceFen}, ${products.priceFen})`;
const codeImage = sql<string | null>`coalesce(${shareCodes.imageUrl}, ${products.imageUrl})`;

const codeWithProduct = {
  code: shareCodes.code,
  channel: shareCodes.channel,
  destinationUrl: shareCodes.destinationUrl,
  createdAt: shareCodes.createdAt,
  platform: products.platform,
  externalId: products.externalId,
  url: products.url,
  title: codeTitle,
  priceFen: codePrice,
  tracking: shareCodes.tracking,
  networkPassword: shareCodes.networkPassword,
  carries: shareCodes.carries,
  offer: shareCodes.offer,
  mintError: shareCodes.mintError,
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

/** The affiliate's own page details on their code: what they send now, else what they sent before. */
export async function updateCodeDetails(
  db: Db,
  code: string,
  details: { title?: string | undefined; priceFen?: number | undefined; imageUrl?: string | undefined },
) {
  if (details.title === undefined && details.priceFen === undefined && details.imageUrl === undefined) return;
  await db
    .update(shareCodes)
    .set({
      title: details.title ?? sql`${shareCodes.title}`,
      priceFen: details.priceFen ?? sql`${shareCodes.priceFen}`,
      imageUrl: details.imageUrl ?? sql`${shareCodes.imageUrl}`,
    })
    .where(eq(shareCodes.code, code));
}

/** What the network said when asked to mint for this code. */
export async function saveMint(
  db: Db,
  code: string,
  minted: {
    tracking: 'network' | 'none';
    trackedUrl: string | null;
    networkPassword: string | null;
    carries: 'sub_id' | 'click_time' | null;
    offer: string | null;
    mintError: string | null;
  },
) {
  await db.update(shareCodes).set(minted).where(eq(shareCodes.code, code));
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
      destinationUrl: sql<string>`coalesce(${shareCodes.trackedUrl}, ${shareCodes.destinationUrl})`,
      networkPassword: shareCodes.networkPassword,
      platform: products.platform,
      externalId: products.externalId,
      url: products.url,
      title: codeTitle,
      priceFen: codePrice,
      imageUrl: codeImage,
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

/** The affiliate a code belongs to, or null for no such code. */
export async function findCodeOwner(db: Db, code: string): Promise<string | null> {
  const row = await db.$client.prepare('SELECT affiliate_id AS affiliateId FROM share_codes WHERE code = ?1').bind(code).first<{ affiliateId: string }>();
  return row?.affiliateId ?? null;
}
