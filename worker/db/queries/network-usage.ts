import { DAY_MS } from '../../../shared/china-time';
import { and, eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { networkUsage } from '../schema';

export type UsageKind = 'mints' | 'renewals' | 'pulls';

/**
 * Spends `calls` of a network's day on `kind` — only while the day's total stays within `limit`, a
 * condition inside the write, so requests arriving together cannot overspend. True when it was spent.
 */
export async function reserveNetworkCalls(db: Db, network: Network, day: number, kind: UsageKind, calls: number, limit: number): Promise<boolean> {
  const d1 = db.$client;
  const [, spent] = await d1.batch([
    d1.prepare('INSERT OR IGNORE INTO network_usage (network, day, mints, renewals, pulls) VALUES (?1, ?2, 0, 0, 0)').bind(network, day),
    d1
      .prepare(`UPDATE network_usage SET ${kind} = ${kind} + ?3 WHERE network = ?1 AND day = ?2 AND mints + renewals + pulls + ?3 <= ?4`)
      .bind(network, day, calls, limit),
  ]);
  return (spent?.meta.changes ?? 0) > 0;
}

/** What a network's day has spent, by kind. */
export async function usageOn(db: Db, network: Network, day: number) {
  const [row] = await db
    .select()
    .from(networkUsage)
    .where(and(eq(networkUsage.network, network), eq(networkUsage.day, day)));
  return { mints: row?.mints ?? 0, renewals: row?.renewals ?? 0, pulls: row?.pulls ?? 0 };
}

/**
 * Records an affiliate's mint only while they have made fewer than `perMinute` in the last minute and
 * `perDay` in the last day (conditions inside the INSERT). Answers whether it was recorded.
 */
export async function reserveAffiliateMint(db: Db, affiliateId: string, now: number, limits: { perMinute: number; perDay: number }): Promise<boolean> {
  const result = await db.$client
    .prepare(`INSERT INTO affiliate_mints (id, affiliate_id, at) SELECT ?1, ?2, ?3
      WHERE (SELECT count(*) FROM affiliate_mints WHERE affiliate_id = ?2 AND at > ?3 - 60000) < ?4
        AND (SELECT count(*) FROM affiliate_mints WHERE affiliate_id = ?2 AND at > ?3 - 86400000) < ?5`)
    .bind(newId('mnt', now), affiliateId, now, limits.perMinute, limits.perDay)
    .run();
  return result.meta.changes > 0;
}

/** When the affiliate may mint again: the moment their oldest mint in the full window leaves it. */
export async function nextMintAt(db: Db, affiliateId: string, now: number, limits: { perMinute: number; perDay: number }): Promise<number> {
  const row = await db.$client
    .prepare(`SELECT
        (SELECT count(*) FROM affiliate_mints WHERE affiliate_id = ?1 AND at > ?2 - 86400000) AS day,
        (SELECT min(at) FROM (SELECT at FROM affiliate_mints WHERE affiliate_id = ?1 AND at > ?2 - 60000 ORDER BY at DESC LIMIT ?3)) AS minuteOldest,
        (SELECT min(at) FROM (SELECT at FROM affiliate_mints WHERE affiliate_id = ?1 AND at > ?2 - 86400000 ORDER BY at DESC LIMIT ?4)) AS dayOldest`)
    .bind(affiliateId, now, limits.perMinute, limits.perDay)
    .first<{ day: number; minuteOldest: number | null; dayOldest: number | null }>();
  if (row && row.day >= limits.perDay && row.dayOldest) return row.dayOldest + DAY_MS;
  return (row?.minuteOldest ?? now) + 60_000;
}

export async function pruneAffiliateMints(db: Db, before: number): Promise<void> {
  await db.$client.prepare('DELETE FROM affiliate_mints WHERE at < ?1').bind(before).run();
}
