import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, call, callJson, makeAffiliate, makeCode } from '../../client';
import { orderLine, pushOrders } from '../../orders-helpers';

// The orders table: filters by day, affiliate, shop, status and attribution; the whole filtered set's
// totals; and a CSV of exactly that set, in the reader's language.

const search = async (query: string) => (await callJson(`/api/admin/reports/orders?${query}`, { token: ADMIN_TOKEN })).body;
const noon = (date: string) => Date.parse(`${date}T12:00:00+08:00`);

describe('the orders table', () => {
  it('filters, totals the filtered set (not the page) and exports exactly it', async () => {
    const day = `2021-0${1 + Math.floor(Math.random() * 9)}-${String(10 + Math.floor(Math.random() * 17))}`;
    const next = `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1)}`;
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey);
    const at = noon(day);
    const line = (o: Record<string, unknown>) => orderLine({ orderedAt: at, sourceUpdatedAt: at, paidAmountFen: 10_000, ...o });
    await pushOrders([
      line({ subId: code, estimatedCommissionFen: 1000 }),
      line({ subId: code, status: 'settled', estimatedCommissionFen: 800, actualCommissionFen: 701, settledAt: at }),
      line({ subId: code, status: 'refunded', estimatedCommissionFen: 500 }),
      line({ estimatedCommissionFen: 300 }), // no one's
      line({ subId: code, estimatedCommissionFen: 999, orderedAt: noon(next), sourceUpdatedAt: noon(next) }), // the next day
    ]);

    const mine = await search(`from=${day}&to=${day}&affiliateId=${me.id}&limit=2`);
    expect(mine.orders).toHaveLength(2); // a page of two…
    // …and the totals of all three: a refunded line pays nothing to anyone; 50 % of ¥10 and of ¥7.01 (half up).
    expect(mine.totals).toEqual({ lines: 3, paidFen: 30_000, commissionFen: 1000 + 701 + 500, sharesFen: 500 + 351 });
    expect((await search(`from=${day}&to=${day}&attribution=waiting`)).totals).toMatchObject({ lines: 1, commissionFen: 300, sharesFen: 0 });
    expect((await search(`from=${day}&to=${next}&affiliateId=${me.id}&status=paid`)).totals.lines).toBe(2);
    expect((await search(`from=${day}&to=${day}&platform=tmall`)).totals.lines).toBe(0);

    const csv = await (await call(`/api/admin/reports/orders/csv?from=${day}&to=${day}&affiliateId=${me.id}`, { token: ADMIN_TOKEN })).text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('下单时间,订单号,商品,平台,状态,付款（元）,佣金（元）,推客,归因方式,推客分成（元）');
    expect(rows).toHaveLength(4);
    expect(rows.some((r) => r.includes(',已结算,100,7.01,') && r.endsWith(',链接里的推客码,3.51'))).toBe(true);
    expect(rows.some((r) => r.includes(',已退款,') && r.endsWith(',0'))).toBe(true);
    const en = await (await call(`/api/admin/reports/orders/csv?from=${day}&to=${day}&affiliateId=${me.id}&lang=en`, { token: ADMIN_TOKEN })).text();
    expect(en.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Ordered at,Order,Product,Shop,Status,Paid (yuan),Commission (yuan),Affiliate,Attributed by,Affiliates’ share (yuan)',
    );
  });

  it('refuses broken filters with 400', async () => {
    for (const query of ['from=2026-12-02&to=2026-12-01', 'from=2026-02-30', 'platform=amazon', 'attribution=maybe', 'lang=fr', 'limit=0']) {
      expect((await call(`/api/admin/reports/orders?${query}`, { token: ADMIN_TOKEN })).status, query).toBe(400);
    }
  });
});
