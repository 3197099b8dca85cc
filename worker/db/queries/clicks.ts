import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import { clickRollups, shareCodes } from '../schema';

/** Human clicks on the affiliate's codes on or after each of the given China day numbers, from rollups. */
export async function countClicksSinceDays(db: Db, affiliateId: string, sinceDays: readonly number[]): Promise<number[]> {
  const earliest = Math.min(...sinceDays);
  const [row] = await db
    .select(Object.fromEntries(sinceDays.map((d, i) => [`c${i}`, sql<number>`coalesce(sum(case when ${clickRollups.day} >= ${d} then ${clickRollups.humans} end), 0)`])))
    .from(clickRollups)
    .innerJoin(shareCodes, eq(clickRollups.code, shareCodes.code))
    .where(and(eq(shareCodes.affiliateId, affiliateId), gte(clickRollups.day, earliest)));
  return sinceDays.map((_, i) => Number(row?.[`c${i}`] ?? 0));
}
