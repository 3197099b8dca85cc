import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { PlatformId } from '../../../shared/platforms/types';
import type { Db } from '../../env';
import type { ProductOffer } from '../../networks/types';
import { affiliates, clickRollups, type LINK_STATUSES, products, shareCodes } from '../schema';

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
  trackedUrl: shareCodes.trackedUrl,
  linkMintedAt: shareCodes.linkMintedAt,
  linkExpiresAt: shareCodes.linkExpiresAt,
  linkStatus: shareCodes.linkStatus,
  linkReason: shareCodes.linkReason,
  linkRenewedAt: shareCodes.linkRenewedAt,
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
    offer: ProductOffer | null;
    mintError: string | null;
    linkMintedAt: number | null;
    linkExpiresAt: number | null;
    linkStatus: (typeof LINK_STATUSES)[number];
    linkReason: string | null;
    linkRenewedAt?: number | null;
  },
) {
  await db
    .update(shareCodes)
    .set({ ...minted, renewingUntil: null })
    .where(eq(shareCodes.code, code));
}

/** A lapsed or withdrawn link leaves what it had: the item is offline, with the network's reason. */
export async function markLinkOffline(db: Db, code: string, reason: string, now: number) {
  await db.update(shareCodes).set({ linkStatus: 'offline', linkReason: reason, renewingUntil: null, linkRenewedAt: now }).where(eq(shareCodes.code, code));
}

/**
 * Claims the renewal of a lapsed link for `leaseMs`: true for exactly one of the requests arriving
 * together (the condition is the write's own), so a burst of clicks mints once.
 */
export async function claimRenewal(db: Db, code: string, now: number, leaseMs: number): Promise<boolean> {
  const result = await db.$client
    .prepare('UPDATE share_codes SET renewing_until = ?3 WHERE code = ?1 AND (renewing_until IS NULL OR renewing_until < ?2)')
    .bind(code, now, now + leaseMs)
    .run();
  return result.meta.changes > 0;
}

export async function releaseRenewal(db: Db, code: string) {
  await db.update(shareCodes).set({ renewingUntil: null }).where(eq(shareCodes.code, code));
}

/** What renewing a code needs: its owner, product and channel ids' network. */
export async function findCodeForRenewal(db: Db, code: string) {
  const [row] = await db
    .select({
      code: shareCodes.code,
      affiliateId: shareCodes.affiliateId,
      platform: products.platform,
      productId: products.externalId,
      url: products.url,
      linkExpiresAt: shareCodes.linkExpiresAt,
      linkStatus: shareCodes.linkStatus,
      trackedUrl: shareCodes.trackedUrl,
      networkPassword: shareCodes.networkPassword,
    })
    .from(shareCodes)
    .innerJoin(products, eq(shareCodes.productId, products.id))
    .where(eq(shareCodes.code, code));
  return row ?? null;
}

/**
 * Codes people clicked since China day `sinceDay` whose network link lapses before `before` (and has not
 * been withdrawn), soonest first: what the cron renews. Codes nobody clicks are left alone.
 */
export async function findDueRenewals(db: Db, sinceDay: number, before: number, limit: number) {
  const { results } = await db.$client
    .prepare(`SELECT s.code, p.platform, s.link_expires_at AS expiresAt FROM share_codes s JOIN products p ON p.id = s.product_id
      WHERE s.tracking = 'network' AND s.link_status IN ('live', 'renewed') AND s.link_expires_at < ?2
        AND EXISTS (SELECT 1 FROM click_rollups r WHERE r.code = s.code AND r.day >= ?1 AND r.humans > 0)
      ORDER BY s.link_expires_at LIMIT ?3`)
    .bind(sinceDay, before, limit)
    .all<{ code: string; platform: PlatformId; expiresAt: number }>();
  return results;
}

/** Codes whose item the network withdrew, newest first: one affiliate's, or the whole programme's with their affiliates. */
export async function listOfflineCodes(db: Db, { affiliateId, limit = 50 }: { affiliateId?: string; limit?: number }) {
  return db
    .select({
      code: shareCodes.code,
      title: codeTitle,
      platform: products.platform,
      url: products.url,
      reason: shareCodes.linkReason,
      at: shareCodes.linkRenewedAt,
      affiliateId: shareCodes.affiliateId,
      affiliateName: affiliates.name,
    })
    .from(shareCodes)
    .innerJoin(products, eq(shareCodes.productId, products.id))
    .innerJoin(affiliates, eq(shareCodes.affiliateId, affiliates.id))
    .where(and(eq(shareCodes.linkStatus, 'offline'), affiliateId === undefined ? undefined : eq(shareCodes.affiliateId, affiliateId)))
    .orderBy(desc(shareCodes.linkRenewedAt))
    .limit(limit);
}

/** Codes whose item was withdrawn, and codes renewed since `since`, across the programme. */
export async function countLinkHealth(db: Db, since: number) {
  const row = await db.$client
    .prepare(
      `SELECT coalesce(sum(link_status = 'offline'), 0) AS offline, coalesce(sum(link_renewed_at >= ?1 AND link_status = 'renewed'), 0) AS renewed FROM share_codes`,
    )
    .bind(since)
    .first<{ offline: number; renewed: number }>();
  return { offline: Number(row?.offline ?? 0), renewed: Number(row?.renewed ?? 0) };
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
      tracking: shareCodes.tracking,
      linkExpiresAt: shareCodes.linkExpiresAt,
      linkStatus: shareCodes.linkStatus,
      linkReason: shareCodes.linkReason,
      platform: products.platform,
      externalId: products.externalId,
      url: products.url,
      title: codeTitle,
      priceFen: codePrice,
      imageUrl: codeImage,
      offer: shareCodes.offer,
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

/** One of the affiliate's own codes with its product, or null (someone else's code reads as none). */
export async function findOwnCode(db: Db, affiliateId: string, code: string) {
  const [row] = await db
    .select(codeWithProduct)
    .from(shareCodes)
    .innerJoin(products, eq(shareCodes.productId, products.id))
    .where(and(eq(shareCodes.affiliateId, affiliateId), eq(shareCodes.code, code)))
    .limit(1);
  return row ?? null;
}
