import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { openDb } from '../../../../worker/db/client';
import { evaluateTiers } from '../../../../worker/services/program/evaluate-tiers';
import { errorOf, ADMIN_TOKEN, api, bearer, call, makeAffiliate, makeCode } from '../../client';
import { orderLine, pushOrders } from '../../orders-helpers';

// The promotion rules against real books: settled commission over the window moves an affiliate up,
// a refund that takes it back moves them down, and each move says why.

const tierOf = async (apiKey: string) => (await api.api.me.tier.$get({}, bearer(apiKey))).json();

async function settledSale(apiKey: string, commissionFen: number, paidAmountFen = 100_000) {
  const { code } = await makeCode(apiKey);
  const line = orderLine({ subId: code, status: 'settled', actualCommissionFen: commissionFen, paidAmountFen, settledAt: Date.now() - 60_000 });
  await pushOrders([line]);
  return line;
}

describe('tier promotion', () => {
  it('promotes on own settled commission, demotes when a refund takes it back, and shows the facts each time', async () => {
    const db = openDb(env.DB);
    const me = await makeAffiliate();
    expect(await tierOf(me.apiKey)).toMatchObject({
      tier: '会员',
      locked: false,
      windowDays: 30,
      next: { tier: '超级会员', facts: [{ metric: 'ownCommission', valueFen: 0, thresholdFen: 30_000, met: false }] },
      changes: [],
    });

    // 会员 keep 50 %: ¥600 of network commission is ¥300 of their own — the 超级会员 threshold.
    const line = await settledSale(me.apiKey, 60_000);
    await evaluateTiers(db);
    const up = await tierOf(me.apiKey);
    expect(up).toMatchObject({ tier: '超级会员', next: { tier: '导师' } });
    expect(up.changes).toEqual([
      {
        at: expect.any(Number),
        direction: 'promoted',
        fromTier: null,
        toTier: '超级会员',
        windowDays: 30,
        facts: [{ metric: 'ownCommission', valueFen: 30_000, thresholdFen: 30_000, met: true }],
      },
    ]);
    await evaluateTiers(db); // nothing changed: no second move
    expect((await tierOf(me.apiKey)).changes).toHaveLength(1);

    await pushOrders([{ ...line, status: 'refunded', statusReason: '维权退款', sourceUpdatedAt: Date.now() }]);
    await evaluateTiers(db);
    const down = await tierOf(me.apiKey);
    expect(down.tier).toBe('会员');
    expect(down.changes[0]).toMatchObject({ direction: 'demoted', fromTier: '超级会员', toTier: '会员', facts: [{ metric: 'ownCommission', met: false }] });
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'tier.change' AND detail LIKE ?")
      .bind(`%${me.id}%`)
      .first<{ n: number }>();
    expect(audit?.n).toBe(2);
  });

  it('a big team alone lifts nobody, and a tier the admin chose stays until handed back', async () => {
    const db = openDb(env.DB);
    const boss = await makeAffiliate();
    const member = await makeAffiliate();
    await call(`/api/admin/affiliates/${member.id}`, { token: ADMIN_TOKEN, method: 'PATCH', json: { inviterId: boss.id } });
    await call(`/api/admin/affiliates/${member.id}`, { token: ADMIN_TOKEN, method: 'PATCH', json: { tierId: null } });
    await settledSale(member.apiKey, 200_000, 30_000_000);
    await evaluateTiers(db);
    expect((await tierOf(boss.apiKey)).tier).toBe('会员'); // ¥300,000 of team sales, nothing of their own
    expect((await tierOf(member.apiKey)).tier).toBe('超级会员');

    const chosen = await makeAffiliate();
    await call(`/api/admin/affiliates/${chosen.id}`, { token: ADMIN_TOKEN, method: 'PATCH', json: { tierId: 'tir_partner' } });
    await evaluateTiers(db);
    expect(await tierOf(chosen.apiKey)).toMatchObject({ tier: '合伙人', locked: true, changes: [] });
    await call(`/api/admin/affiliates/${chosen.id}`, { token: ADMIN_TOKEN, method: 'PATCH', json: { tierId: null } });
    await evaluateTiers(db);
    expect(await tierOf(chosen.apiKey)).toMatchObject({ tier: '会员', locked: false });
  });

  it('refuses a tier that could be reached by recruiting alone', async () => {
    const res = await call('/api/admin/tiers/tir_mentor', {
      token: ADMIN_TOKEN,
      method: 'PUT',
      json: { name: '导师', rateBp: 7000, overrideL1Bp: 1000, overrideL2Bp: 300, promoteOwnCommissionFen: null, promoteTeamSalesFen: 100 },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/never by recruiting alone/);
  });
});
