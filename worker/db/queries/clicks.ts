import { and, eq, gte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import { clicks, shareCodes } from '../schema';

export async function insertClick(db: Db, row: typeof clicks.$inferInsert): Promise<void> {
  await db.insert(clicks).values(row);
}

/** Human (non-bot) clicks on the affiliate's codes at or after each of the given instants, in one scan. */
export async function countClicksSince(db: Db, affiliateId: string, since: readonly number[]): Promise<number[]> {
  const earliest = Math.min(...since);
  const [row] = await db
    .select(Object.fromEntries(since.map((t, i) => [`c${i}`, sql<number>`coalesce(sum(${clicks.at} >= ${t}), 0)`])))
    .from(clicks)
    .innerJoin(shareCodes, eq(clicks.code, shareCodes.code))
    .where(and(eq(shareCodes.affiliateId, affiliateId), gte(clicks.at, earliest), ne(clicks.uaClass, 'bot')));
  return since.map((_, i) => Number(row?.[`c${i}`] ?? 0));
}
