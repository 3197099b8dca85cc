import { chinaDayNumber } from '../../../shared/china-time';
import type { Db } from '../../env';
import { pruneClicks } from '../../db/queries/click-ingest';

/**
 * China days of raw clicks D1 keeps besides today when CLICK_RETENTION_DAYS is unset or unreadable: the
 * longest click window the networks are said to use (15 days, docs/clicks-archive.md). Attribution matches
 * a line's network click time, which is never older than that when the line first arrives.
 */
export const DEFAULT_CLICK_RETENTION_DAYS = 15;

export function clickRetentionDays(env: { CLICK_RETENTION_DAYS?: string }): number {
  const days = Number(env.CLICK_RETENTION_DAYS);
  return Number.isFinite(days) && days >= 1 ? Math.floor(days) : DEFAULT_CLICK_RETENTION_DAYS;
}

/** The oldest China day whose raw clicks D1 still holds whole; older ones are read from the archive. */
export const firstRecentDay = (retentionDays: number, now = Date.now()): number => chinaDayNumber(now) - retentionDays;

/**
 * Drops raw clicks of days before the window, and visitor sets of days that can no longer change (before
 * yesterday); the rollups keep the counts and the archive keeps the clicks.
 */
export async function pruneOldClicks(db: Db, retentionDays: number, now = Date.now()): Promise<number> {
  return pruneClicks(db, firstRecentDay(retentionDays, now), chinaDayNumber(now) - 1);
}
