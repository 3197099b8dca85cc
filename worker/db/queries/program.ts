import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../env';
import { affiliates, programSettings, tiers } from '../schema';
import { auditEntry } from './audit';

export type TierRow = typeof tiers.$inferSelect;

export async function listTiers(db: Db): Promise<TierRow[]> {
  return db.select().from(tiers).orderBy(asc(tiers.sort));
}

/** Referral override depth, 0–2 (docs/design.md: never deeper). */
export async function getOverrideDepth(db: Db): Promise<0 | 1 | 2> {
  const depth = (await getNumberSettings(db)).overrideDepth;
  return depth === 0 || depth === 2 ? depth : 1;
}

export interface AffiliateTier {
  id: string;
  inviterId: string | null;
  tier: TierRow;
}

/** Affiliates with their tier (the lowest tier when none is set). */
export async function findAffiliateTiers(db: Db, ids: readonly string[]): Promise<Map<string, AffiliateTier>> {
  if (ids.length === 0) return new Map();
  const [all, rows] = await Promise.all([
    listTiers(db),
    db
      .select()
      .from(affiliates)
      .where(inArray(affiliates.id, sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`)),
  ]);
  const byId = new Map(all.map((t) => [t.id, t]));
  const fallback = all[0];
  if (!fallback) throw new Error('no tiers configured');
  return new Map(rows.map((a) => [a.id, { id: a.id, inviterId: a.inviterId, tier: (a.tierId && byId.get(a.tierId)) || fallback }]));
}

export async function findTier(db: Db, id: string): Promise<TierRow | null> {
  const [row] = await db.select().from(tiers).where(eq(tiers.id, id));
  return row ?? null;
}

/** A tier's new values with the before/after audit line. */
export async function saveTier(db: Db, before: TierRow, after: TierRow, now: number): Promise<void> {
  await db.batch([db.update(tiers).set(after).where(eq(tiers.id, after.id)), auditEntry(db, 'tier.update', { id: after.id, before, after }, now)]);
}

/** Program settings that are numbers, with their defaults (docs/design.md). */
export const NUMBER_SETTINGS = {
  overrideDepth: 1,
  payoutHoldDays: 15,
  minimumPayoutFen: 1000,
  joinMode: 1,
  promotionWindowDays: 30,
  outlierOrderFen: 10_000_000,
  /** How contested click times are settled: 0 by hand, 1 by a clear majority of distinct visitors. */
  contestRule: 0,
  /** One affiliate's mints through a network: at most this many a minute and a day. */
  mintsPerMinute: 60,
  mintsPerDay: 1000,
  /** Each network's calls a day (the app's quota: TOP's basic tag allows 20,000). */
  networkDailyCalls: 20_000,
} as const;
export type NumberSetting = keyof typeof NUMBER_SETTINGS;

export async function getNumberSettings(db: Db): Promise<Record<NumberSetting, number>> {
  const rows = await db
    .select()
    .from(programSettings)
    .where(inArray(programSettings.key, Object.keys(NUMBER_SETTINGS)));
  const stored = new Map(rows.map((r) => [r.key, Number(r.value)]));
  return Object.fromEntries(
    (Object.keys(NUMBER_SETTINGS) as NumberSetting[]).map((key) => [key, Number.isFinite(stored.get(key)) ? stored.get(key)! : NUMBER_SETTINGS[key]]),
  ) as Record<NumberSetting, number>;
}

/** New values for some settings, with one before/after audit line each. */
export async function saveNumberSettings(db: Db, values: Partial<Record<NumberSetting, number>>, now: number): Promise<void> {
  const before = await getNumberSettings(db);
  const changes = Object.entries(values).filter(([, v]) => v !== undefined) as Array<[NumberSetting, number]>;
  if (changes.length === 0) return;
  const [first, ...rest] = changes.flatMap(([key, value]) => [
    db
      .insert(programSettings)
      .values({ key, value: String(value), updatedAt: now })
      .onConflictDoUpdate({ target: programSettings.key, set: { value: String(value), updatedAt: now } }),
    auditEntry(db, `settings.${key}`, { before: before[key], after: value }, now),
  ]);
  await db.batch([first!, ...rest]);
}

/** A setting the Worker keeps for itself (a cached network answer), not one an admin edits. */
export async function getTextSetting(db: Db, key: string): Promise<string | null> {
  const [row] = await db.select().from(programSettings).where(eq(programSettings.key, key));
  return row?.value ?? null;
}

export async function saveTextSetting(db: Db, key: string, value: string, now: number): Promise<void> {
  await db
    .insert(programSettings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: programSettings.key, set: { value, updatedAt: now } });
}
