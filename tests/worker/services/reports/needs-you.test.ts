import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, call, callJson, makeAffiliate, makeCode } from '../../client';
import { orderLine, pushOrders } from '../../orders-helpers';

// The overview's "needs you" row: each figure against the lines, payouts and ledger that make it.

const needsYou = async (from: string, to = from) => (await callJson(`/api/admin/reports/needs-you?from=${from}&to=${to}`, { token: ADMIN_TOKEN })).body;
const noonOf = (date: string) => Date.parse(`${date}T12:00:00+08:00`);

describe('needs you', () => {
  it('counts what waits on the admin, what is owed, and the range’s margin — commission less the affiliates’ shares', async () => {
    // A day of 2023 no other test uses, so the range's figures are this test's alone.
    const day = `2023-0${1 + Math.floor(Math.random() * 9)}-${String(10 + Math.floor(Math.random() * 18))}`;
    const before = await needsYou(day);
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey);
    const at = noonOf(day);
    expect(
      (
        await pushOrders([
          orderLine({ subId: code, estimatedCommissionFen: 4000, orderedAt: at, sourceUpdatedAt: at }),
          orderLine({ estimatedCommissionFen: 1000, orderedAt: at, sourceUpdatedAt: at }), // no one's: waits for the admin
          orderLine({ subId: code, status: 'refunded', estimatedCommissionFen: 500, orderedAt: at, sourceUpdatedAt: at }), // earns nothing
        ])
      ).status,
    ).toBe(200);
    await call(`/api/admin/affiliates/${me.id}/adjustments`, { token: ADMIN_TOKEN, json: { amountFen: 5000, reason: 'opening credit' } });
    await callJson('/api/me/payout-account', { token: me.apiKey, method: 'PUT', json: { method: 'alipay', account: '13800000000', realName: '测试' } });
    expect((await callJson('/api/me/payouts', { token: me.apiKey, json: { amountFen: 3000 } })).status).toBe(201);

    const after = await needsYou(day);
    // The range: ¥50 of the network's commission on live lines; the affiliate's 50 % of ¥40 is theirs; ¥30 is kept.
    expect(after.margin).toEqual({ commissionFen: 5000, affiliatesFen: 2000, overridesFen: 0, marginFen: 3000 });
    expect(after.unattributed.lines - before.unattributed.lines).toBe(1);
    expect(after.unattributed.commissionFen - before.unattributed.commissionFen).toBe(1000);
    expect(after.payoutsWaiting.count - before.payoutsWaiting.count).toBe(1);
    expect(after.payoutsWaiting.amountFen - before.payoutsWaiting.amountFen).toBe(3000);
    expect(after.owed.pendingFen - before.owed.pendingFen).toBe(2000);
    expect(after.owed.availableFen - before.owed.availableFen).toBe(2000);
    expect(after.owed.requestedFen - before.owed.requestedFen).toBe(3000);
    // Health: the new affiliate is not bound anywhere yet; each network's calls today against its budget.
    expect(after.health.unboundAffiliates - before.health.unboundAffiliates).toBe(1);
    expect(after.health.quota.map((q: { network: string }) => q.network)).toEqual(['taobao', 'jd', 'pdd']);
    expect(after.health.quota.every((q: { used: number; budget: number }) => q.used >= 0 && q.budget > 0)).toBe(true);
    await env.DB.prepare("UPDATE share_codes SET link_status = 'offline', link_reason = '商品已下架' WHERE code = ?1").bind(code).run();
    expect((await needsYou(day)).health.offlineLinks - after.health.offlineLinks).toBe(1);
  });

  it('refuses a broken range with 400', async () => {
    for (const query of ['', 'from=2026-13-01&to=2026-12-01', 'from=x&to=y']) {
      expect((await call(`/api/admin/reports/needs-you?${query}`, { token: ADMIN_TOKEN })).status, query).toBe(400);
    }
    expect((await call('/api/admin/reports/needs-you?from=2026-12-01&to=2026-12-01')).status).toBe(401);
  });
});
