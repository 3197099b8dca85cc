import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import { affiliateClickRollups } from '../schema';

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
