import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import type { CodeClicksPage } from '../../../shared/schemas';
import { affiliateClickRollups, CLICK_KIND_NAMES } from '../schema';

/** Human clicks on the affiliate's codes on or after each of the given China day numbers, from rollups. */
export async function countClicksSinceDays(db: Db, affiliateId: string, sinceDays: readonly number[]): Promise<number[]> {
  const earliest = Math.min(...sinceDays);
  const [row] = await db
    .select(
      Object.fromEntries(
        sinceDays.map((d, i) => [
          `c${i}`,
          sql<number>`coalesce(sum(case when ${affiliateClickRollups.day} >= ${d} then ${affiliateClickRollups.humans} end), 0)`,
        ]),
      ),
    )
    .from(affiliateClickRollups)
    .where(and(eq(affiliateClickRollups.affiliateId, affiliateId), gte(affiliateClickRollups.day, earliest)));
  return sinceDays.map((_, i) => Number(row?.[`c${i}`] ?? 0));
}

/** A click as the read-back answers it (the archive's record without id and code). */
export type StoredCodeClick = CodeClicksPage['clicks'][number];

/** A code's raw clicks of one China day in key order, after the (at, visitor, nonce) given: one key range. */
export async function findCodeClicksOfDay(
  db: Db,
  code: string,
  day: number,
  after: { at: number; visitor: string; nonce: number } | null,
  limit: number,
): Promise<Array<StoredCodeClick & { nonce: number }>> {
  const { results } = await db.$client
    .prepare(`SELECT c.at, c.kind, lower(hex(c.visitor)) AS visitor, c.nonce, f.device, f.os, f.browser, f.app, f.country, f.referrer_host AS referrerHost
      FROM clicks c JOIN click_facets f ON f.id = c.facets
      WHERE c.day = ?1 AND c.code = ?2 AND (c.at, c.visitor, c.nonce) > (?3, unhex(?4), ?5) ORDER BY c.at, c.visitor, c.nonce LIMIT ?6`)
    .bind(day, code, after?.at ?? -1, after?.visitor ?? '', after?.nonce ?? -1, limit)
    .all<Omit<StoredCodeClick, 'kind'> & { kind: number; nonce: number }>();
  // Facets store '' for unknown (a UNIQUE index treats NULLs as distinct); readers see null.
  const known = (value: string | null) => value || null;
  return results.map((r) => ({
    at: r.at,
    kind: CLICK_KIND_NAMES[r.kind]!,
    visitor: r.visitor,
    nonce: r.nonce,
    device: known(r.device),
    os: known(r.os),
    browser: known(r.browser),
    app: known(r.app),
    country: known(r.country),
    referrerHost: known(r.referrerHost),
  }));
}
