import { describe, expect, it } from 'vitest';
import { earningsSchema } from '../../../shared/schemas';
import { chinaDayStart } from '../../../shared/china-time';
import { call, makeAffiliate, makeCode } from '../client';
import { earningsOf, orderLine, pushOrders } from '../orders-helpers';

describe('GET /api/me/earnings', () => {
  it('has a clear empty shape for a new affiliate', async () => {
    const { apiKey } = await makeAffiliate();
    const earnings = earningsSchema.parse(await earningsOf(apiKey, '7d'));
    expect(earnings).toMatchObject({ range: '7d', clicks: 0, orders: 0, estimatedFen: 0, settledFen: 0, reversedFen: 0, balanceFen: 0, recentOrders: [] });
    expect(earnings.series).toHaveLength(7);
    expect(earnings.from).toBe(chinaDayStart(Date.now(), 6));
  });

  it("sums the affiliate's own orders, masks order numbers and explains every change", async () => {
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey, 'https://item.jd.com/100012043978.html');
    await call(`/s/${code}`);
    const paid = orderLine({ subId: code, orderNo: '310098765432', estimatedCommissionFen: 4047 });
    const voided = orderLine({ subId: code, estimatedCommissionFen: 1000 });
    await pushOrders([paid, voided]);
    await pushOrders([{ ...voided, status: 'invalid', statusReason: 'validCode 3: 无效-取消', sourceUpdatedAt: Date.now() - 1000 }]);

    const earnings = earningsSchema.parse(await earningsOf(me.apiKey, 'today'));
    expect(earnings).toMatchObject({ clicks: 1, orders: 2, estimatedFen: 2024, settledFen: 0, reversedFen: 500, balanceFen: 0 });
    expect(earnings.series).toEqual([{ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), clicks: 1, estimatedFen: 2024 }]);
    const line = earnings.recentOrders.find((o) => o.orderNo === '310****5432');
    expect(line).toMatchObject({ status: 'paid', code, earnedFen: 2024, productTitle: 'Apple AirPods Pro' });
    const dead = earnings.recentOrders.find((o) => o.status === 'invalid');
    expect(dead?.earnedFen).toBe(0);
    expect(dead?.history.map((h) => h.reason)).toEqual(['reported paid', 'validCode 3: 无效-取消']);
    expect(JSON.stringify(earnings)).not.toContain('310098765432');
  });

  it("never shows one affiliate another's earnings", async () => {
    const mine = await makeAffiliate();
    const theirs = await makeAffiliate();
    const { code } = await makeCode(theirs.apiKey, 'https://item.jd.com/100012043978.html');
    await pushOrders([orderLine({ subId: code })]);
    const earnings = await earningsOf(mine.apiKey);
    expect(earnings).toMatchObject({ orders: 0, estimatedFen: 0, recentOrders: [] });
    expect((await earningsOf(theirs.apiKey)).orders).toBe(1);
  });

  it('validates the range and needs a key', async () => {
    const { apiKey } = await makeAffiliate();
    expect((await call('/api/me/earnings?range=forever', { token: apiKey })).status).toBe(400);
    expect((await call('/api/me/earnings')).status).toBe(401);
  });

  it('lists only the range’s orders, with shop and channel, a page at a time', async () => {
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey, 'https://item.jd.com/100012043978.html');
    const own = await makeCode(me.apiKey, 'https://item.jd.com/100012043978.html', 'self');
    const old = orderLine({ subId: code, orderedAt: Date.now() - 40 * 86_400_000 });
    const recent = Array.from({ length: 3 }, (_, i) => orderLine({ subId: i === 0 ? own.code : code, orderedAt: Date.now() - (i + 1) * 60_000 }));
    await pushOrders([old, ...recent]);
    const page = earningsSchema.parse(await (await call('/api/me/earnings?range=30d&ordersLimit=2', { token: me.apiKey })).json());
    expect(page.orders).toBe(3);
    expect(page.moreOrders).toBe(true);
    expect(page.recentOrders.map((o) => [o.platform, o.channel])).toEqual([
      ['jd', 'self'],
      ['jd', ''],
    ]);
    const all = earningsSchema.parse(await (await call('/api/me/earnings?range=30d&ordersLimit=200', { token: me.apiKey })).json());
    expect(all).toMatchObject({ moreOrders: false });
    expect(all.recentOrders).toHaveLength(3); // the 40-day-old order is outside the range
    expect((await call('/api/me/earnings?ordersLimit=201', { token: me.apiKey })).status).toBe(400);
  });
});
