import type { PlatformId } from '../../../shared/platforms';
import type { BreakdownDimension, BreakdownRow, Overview } from '../../../shared/schemas';
import type { Db } from '../../env';
import { breakdown, dailySeries, kpis, type DayRange } from '../../db/queries/admin-reports';

const DAY_MS = 86_400_000;
/** `YYYY-MM-DD` (a China calendar day) → its day number; and back. */
export const dayNumberOf = (day: string) => Math.floor(Date.parse(day) / DAY_MS);
export const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** KPIs for the range and for the same number of days just before it, plus a daily series. */
export async function getOverview(db: Db, from: string, to: string, platform?: PlatformId): Promise<Overview> {
  const range: DayRange = { fromDay: dayNumberOf(from), toDay: dayNumberOf(to), platform };
  const length = range.toDay - range.fromDay + 1;
  const previous: DayRange = { fromDay: range.fromDay - length, toDay: range.fromDay - 1, platform };
  const [current, before, series] = await Promise.all([kpis(db, range), kpis(db, previous), dailySeries(db, range)]);
  return {
    from,
    to,
    current,
    previous: before,
    series: Array.from({ length }, (_, i) => {
      const day = range.fromDay + i;
      return { day: dayOf(day), clicks: series.clicks.get(day) ?? 0, orders: series.orders.get(day)?.n ?? 0, commissionFen: series.orders.get(day)?.fen ?? 0 };
    }),
  };
}

type SortKey = 'clicks' | 'orders' | 'gmvFen' | 'commissionFen';

export async function getBreakdown(db: Db, from: string, to: string, dimension: BreakdownDimension, sort: SortKey, platform?: PlatformId): Promise<BreakdownRow[]> {
  const rows = await breakdown(db, { fromDay: dayNumberOf(from), toDay: dayNumberOf(to), platform }, dimension);
  return rows.sort((a, b) => b[sort] - a[sort] || a.key.localeCompare(b.key)).slice(0, 500);
}
