import { chinaDayOfDate, chinaDayStartOf, dateOfChinaDay } from '../../../shared/china-time';
import type { PlatformId } from '../../../shared/platforms';
import type { BreakdownDimension, BreakdownRow, BreakdownSort, Kpis, Overview } from '../../../shared/schemas';
import type { Db } from '../../env';
import { breakdown, clickDays, orderDays, type ClickDay, type DayRange, type OrderDay } from '../../db/queries/admin-reports';
import { countOutliers } from '../../db/queries/orders';

function kpisOver(days: number[], clicks: Map<number, ClickDay>, orders: Map<number, OrderDay>): Kpis {
  const k = { clicks: 0, uniques: 0, bots: 0, previews: 0, orders: 0, gmvFen: 0, estimatedFen: 0, settledFen: 0, conversion: 0 };
  for (const day of days) {
    const c = clicks.get(day);
    const o = orders.get(day);
    k.clicks += c?.clicks ?? 0;
    k.uniques += c?.uniques ?? 0;
    k.bots += c?.bots ?? 0;
    k.previews += c?.previews ?? 0;
    k.orders += o?.orders ?? 0;
    k.gmvFen += o?.gmv ?? 0;
    k.estimatedFen += o?.estimated ?? 0;
    k.settledFen += o?.settled ?? 0;
  }
  k.conversion = k.clicks ? Math.round((k.orders / k.clicks) * 10_000) / 10_000 : 0;
  return k;
}

/**
 * KPIs for the range and for the same number of days just before it, plus a daily series — from one
 * pass over the click rollups and one over the orders of both periods.
 */
export async function getOverview(db: Db, from: string, to: string, platform?: PlatformId): Promise<Overview> {
  const fromDay = chinaDayOfDate(from);
  const toDay = chinaDayOfDate(to);
  const length = toDay - fromDay + 1;
  const both: DayRange = { fromDay: fromDay - length, toDay, platform };
  const [clicks, orders, outliers] = await Promise.all([
    clickDays(db, both),
    orderDays(db, both),
    countOutliers(db, chinaDayStartOf(fromDay), chinaDayStartOf(toDay + 1)),
  ]);
  const current = Array.from({ length }, (_, i) => fromDay + i);
  const previous = current.map((day) => day - length);
  return {
    from,
    to,
    outliers,
    current: kpisOver(current, clicks, orders),
    previous: kpisOver(previous, clicks, orders),
    series: current.map((day) => ({
      day: dateOfChinaDay(day),
      clicks: clicks.get(day)?.clicks ?? 0,
      orders: orders.get(day)?.orders ?? 0,
      commissionFen: orders.get(day)?.commission ?? 0,
    })),
  };
}

/** The top `limit` rows of one breakdown over [from, to] (China dates), sorted by `sort`, ties by key. */
export async function getBreakdown(
  db: Db,
  from: string,
  to: string,
  dimension: BreakdownDimension,
  sort: BreakdownSort,
  limit: number,
  platform?: PlatformId,
): Promise<BreakdownRow[]> {
  return breakdown(db, { fromDay: chinaDayOfDate(from), toDay: chinaDayOfDate(to), platform, dimension, sort, limit });
}
