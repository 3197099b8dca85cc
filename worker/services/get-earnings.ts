import { chinaDayNumber, chinaDayStart, dateOfChinaDay } from '../../shared/china-time';
import type { Earnings, EarningsRange } from '../../shared/schemas';
import type { AuthedAffiliate, Db } from '../env';
import { countClicksSinceDays } from '../db/queries/clicks';
import { countAttributedOrdersSince, dailySeries, ledgerSumsSince, recentAttributedOrders } from '../db/queries/earnings';
import { getBalance } from './payouts/balance';

const DAYS: Record<EarningsRange, number> = { today: 1, '7d': 7, '30d': 30 };

/** Order numbers identify buyers' purchases; affiliates see enough to match them, not the whole. */
export function maskOrderNo(orderNo: string): string {
  return orderNo.length <= 8 ? `${orderNo.slice(0, 2)}****` : `${orderNo.slice(0, 3)}****${orderNo.slice(-4)}`;
}

export async function getEarnings(db: Db, affiliate: AuthedAffiliate, range: EarningsRange, ordersLimit = 20, now = Date.now()): Promise<Earnings> {
  const from = chinaDayStart(now, DAYS[range] - 1);
  const firstDay = chinaDayNumber(from);
  const [[clicks = 0], orders, sums, balance, series, recent] = await Promise.all([
    countClicksSinceDays(db, affiliate.id, [firstDay]),
    countAttributedOrdersSince(db, affiliate.id, from),
    ledgerSumsSince(db, affiliate.id, from),
    getBalance(db, affiliate.id, now),
    dailySeries(db, affiliate.id, from, firstDay),
    // One more than asked says whether there are more.
    recentAttributedOrders(db, affiliate.id, from, ordersLimit + 1),
  ]);
  return {
    range,
    from,
    clicks,
    orders,
    ...sums,
    balanceFen: balance.availableFen,
    series: Array.from({ length: DAYS[range] }, (_, i) => ({
      day: dateOfChinaDay(firstDay + i),
      clicks: series.clicksByDay.get(firstDay + i) ?? 0,
      estimatedFen: series.fenByDay.get(firstDay + i) ?? 0,
    })),
    moreOrders: recent.length > ordersLimit,
    recentOrders: recent.slice(0, ordersLimit).map((r) => ({
      orderNo: maskOrderNo(r.orderNo),
      productTitle: r.productTitle,
      status: r.status,
      platform: r.platform,
      channel: r.channel,
      code: r.code,
      earnedFen: r.earned,
      orderedAt: r.orderedAt,
      history: r.history,
    })),
  };
}
