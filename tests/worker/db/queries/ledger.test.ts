import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, callJson, makeAffiliate, makeCode } from '../../client';
import { orderLine, pushOrders } from '../../orders-helpers';

// The day totals the overview reads move with the bookkeeping, from the same shares as the order rollups:
// after any sequence of changes they equal a recount of the lines themselves.

const dayOf = (date: string) => Math.floor((Date.parse(`${date}T12:00:00+08:00`) + 8 * 3_600_000) / 86_400_000);

async function recount(from: number, to: number) {
  return env.DB.prepare(`SELECT count(*) AS orders, coalesce(sum(paid_amount_fen), 0) AS gmv,
      coalesce(sum(CASE WHEN status = 'settled' THEN coalesce(actual_commission_fen, estimated_commission_fen) ELSE estimated_commission_fen END), 0) AS commission,
      coalesce(sum(CASE WHEN status = 'settled' THEN coalesce(actual_commission_fen, estimated_commission_fen) ELSE 0 END), 0) AS settled,
      coalesce(sum((SELECT sum(amount_fen) FROM ledger_entries l WHERE l.order_id = orders.id AND l.role = 'own')), 0) AS own,
      coalesce(sum((SELECT sum(amount_fen) FROM ledger_entries l WHERE l.order_id = orders.id AND l.role IN ('override_1', 'override_2'))), 0) AS overrides
    FROM orders WHERE ordered_at >= ?1 AND ordered_at < ?2 AND platform = 'jd' AND status NOT IN ('unpaid', 'invalid', 'refunded') AND outlier <> 1`)
    .bind(from, to)
    .first<{ orders: number; gmv: number; commission: number; settled: number; own: number; overrides: number }>();
}
const totals = (day: number) =>
  env.DB.prepare(
    `SELECT orders, gmv_fen AS gmv, commission_fen AS commission, settled_fen AS settled, own_fen AS own, overrides_fen AS overrides
      FROM order_day_rollups WHERE day = ?1 AND platform = 'jd'`,
  )
    .bind(day)
    .first<{ orders: number; gmv: number; commission: number; settled: number; own: number; overrides: number }>();

describe('order day rollups', () => {
  it('follow paid, settled, corrected, refunded and reassigned lines exactly, and the overview reads them', async () => {
    const date = `2022-0${1 + Math.floor(Math.random() * 9)}-${String(10 + Math.floor(Math.random() * 18))}`;
    const at = Date.parse(`${date}T12:00:00+08:00`);
    const [from, to] = [at - 12 * 3_600_000, at + 12 * 3_600_000];
    const a = await makeAffiliate();
    const b = await makeAffiliate();
    const { code } = await makeCode(a.apiKey);
    const line = (overrides: Record<string, unknown>) => orderLine({ orderedAt: at, sourceUpdatedAt: at, ...overrides });
    const kept = line({ subId: code, estimatedCommissionFen: 4000 });
    const settling = line({ subId: code, estimatedCommissionFen: 1000 });
    const refunding = line({ estimatedCommissionFen: 500 });
    await pushOrders([kept, settling, refunding]);
    expect(await totals(dayOf(date))).toEqual(await recount(from, to));

    await pushOrders([
      { ...settling, status: 'settled', actualCommissionFen: 900, settledAt: at + 1000, sourceUpdatedAt: at + 1000 },
      { ...refunding, status: 'refunded', sourceUpdatedAt: at + 1000 },
      { ...kept, paidAmountFen: 120000, estimatedCommissionFen: 3500, sourceUpdatedAt: at + 1000 }, // a partial refund corrected the amounts
    ]);
    const keptId = (await env.DB.prepare('SELECT id FROM orders WHERE line_id = ?1').bind(kept.lineId).first<{ id: string }>())!.id;
    expect((await callJson(`/api/admin/orders/${keptId}/attribution`, { token: ADMIN_TOKEN, method: 'PUT', json: { affiliateId: b.id } })).status).toBe(200);

    const now = await totals(dayOf(date));
    expect(now).toEqual(await recount(from, to));
    // The affiliates' shares (50 %, half up): ¥17.50 on the kept line, now B's; ¥4.50 on the settled one.
    expect(now).toEqual({ orders: 2, gmv: 120000 + 149900, commission: 3500 + 900, settled: 900, own: 1750 + 450, overrides: 0 });
    const overview = (await callJson(`/api/admin/reports/overview?from=${date}&to=${date}`, { token: ADMIN_TOKEN })).body;
    // 预估 + 已结算 is the commission: one definition for the cards and the chart.
    expect(overview.current).toMatchObject({ orders: 2, estimatedFen: 3500, settledFen: 900 });
    expect(overview.series[0].commissionFen).toBe(4400);
  });
});
