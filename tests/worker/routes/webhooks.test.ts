import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { errorOf, call, makeAffiliate, makeCode } from '../client';
import { ledgerOf, orderLine, pushOrders, WEBHOOK_SECRET } from '../orders-helpers';
import { signWebhook } from '../../../worker/services/orders/verify-webhook';

const orderCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM orders').first<{ n: number }>())!.n;

describe('POST /api/webhooks/orders', () => {
  it('takes signed order lines through the same path as imports', async () => {
    const { apiKey, id } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const { status, body } = await pushOrders([orderLine({ subId: code })]);
    expect(status).toBe(200);
    expect(body).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect((await ledgerOf(id)).map((e) => e.amount_fen)).toEqual([2024]);
  });

  it('rejects a bad signature, a stale timestamp and a replay, writing nothing', async () => {
    const before = await orderCount();
    const wrongKey = await pushOrders([orderLine()], { secret: 'not-the-secret' });
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.body.error.code).toBe('BAD_SIGNATURE');

    const stale = await pushOrders([orderLine()], { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(stale.status).toBe(401);
    expect(stale.body.error.message).toMatch(/5-minute/);

    const first = await pushOrders([orderLine()]);
    expect(first.status).toBe(200);
    const replay = await call('/api/webhooks/orders', {
      body: first.raw,
      headers: {
        'Content-Type': 'application/json',
        'X-Daihuo-Timestamp': String(first.timestamp),
        'X-Daihuo-Signature': await signWebhook(WEBHOOK_SECRET, first.timestamp, first.raw),
      },
    });
    expect(replay.status).toBe(401);
    expect((await errorOf(replay)).message).toMatch(/replay/);

    const tampered = await call('/api/webhooks/orders', {
      body: first.raw.replace('"paid"', '"settled"'),
      headers: {
        'Content-Type': 'application/json',
        'X-Daihuo-Timestamp': String(first.timestamp),
        'X-Daihuo-Signature': await signWebhook(WEBHOOK_SECRET, first.timestamp, first.raw),
      },
    });
    expect(tampered.status).toBe(401);
    const unsigned = await call('/api/webhooks/orders', { json: { orders: [orderLine()] } });
    expect(unsigned.status).toBe(401);
    expect(await orderCount()).toBe(before + 1);
  });

  it('validates the lines after the signature', async () => {
    const bad = await pushOrders([orderLine({ paidAmountFen: 12.5 })]);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringContaining('orders.0.paidAmountFen') });
    const wrongShop = await pushOrders([orderLine({ network: 'jd', platform: 'tmall' })]);
    expect(wrongShop.body.error).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringContaining('orders.0.platform') });
    const notJson = await pushOrders([], { body: '{"orders": [' });
    expect(notJson.body.error.code).toBe('BAD_JSON');
  });
});

describe("an order's whole life through the ledger", () => {
  it('paid → settled → refunded, with referral overrides as their own entries', async () => {
    const mentor = await makeAffiliate('导师');
    const me = await makeAffiliate('新人');
    const admin = { Authorization: 'Bearer test-admin-token' };
    await call(`/api/admin/affiliates/${mentor.id}`, { method: 'PATCH', json: { tierId: 'tir_mentor' }, headers: admin });
    expect((await call(`/api/admin/affiliates/${me.id}`, { method: 'PATCH', json: { inviterId: mentor.id }, headers: admin })).status).toBe(200);
    const { code } = await makeCode(me.apiKey, 'https://item.jd.com/100012043978.html');
    const line = orderLine({ subId: code, estimatedCommissionFen: 4047, sourceUpdatedAt: Date.now() - 3_000_000 });

    await pushOrders([line]);
    await pushOrders([{ ...line, status: 'settled', actualCommissionFen: 3900, settledAt: Date.now() - 1000, sourceUpdatedAt: Date.now() - 2_000_000 }]);
    await pushOrders([
      { ...line, status: 'refunded', statusReason: '维权成功 (refund claim upheld)', actualCommissionFen: 3900, sourceUpdatedAt: Date.now() - 1_000_000 },
    ]);

    expect(await ledgerOf(me.id)).toEqual([
      { kind: 'estimate', role: 'own', bucket: 'pending', amount_fen: 2024, reason: 'estimated commission on a paid order' },
      { kind: 'settle', role: 'own', bucket: 'available', amount_fen: 1950, reason: 'settled by the network' },
      { kind: 'settle', role: 'own', bucket: 'pending', amount_fen: -2024, reason: 'estimate replaced on settlement' },
      { kind: 'reverse', role: 'own', bucket: 'available', amount_fen: -1950, reason: '维权成功 (refund claim upheld)' },
    ]);
    // 导师 tier: 10 % override at level 1.
    expect((await ledgerOf(mentor.id)).map((e) => [e.kind, e.role, e.amount_fen])).toEqual([
      ['estimate', 'override_1', 405],
      ['settle', 'override_1', 390],
      ['settle', 'override_1', -405],
      ['reverse', 'override_1', -390],
    ]);
  });

  it('pays a second level only when the program depth is 2, and never a third', async () => {
    const admin = { Authorization: 'Bearer test-admin-token' };
    const [top, middle, bottom, earner] = [await makeAffiliate(), await makeAffiliate(), await makeAffiliate(), await makeAffiliate()];
    for (const a of [top, middle, bottom]) await call(`/api/admin/affiliates/${a.id}`, { method: 'PATCH', json: { tierId: 'tir_partner' }, headers: admin });
    await call(`/api/admin/affiliates/${bottom.id}`, { method: 'PATCH', json: { inviterId: middle.id }, headers: admin });
    await call(`/api/admin/affiliates/${earner.id}`, { method: 'PATCH', json: { inviterId: bottom.id }, headers: admin });
    await call(`/api/admin/affiliates/${middle.id}`, { method: 'PATCH', json: { inviterId: top.id }, headers: admin });
    expect((await call('/api/admin/settings', { method: 'PUT', json: { overrideDepth: 2 }, headers: admin })).status).toBe(200);
    expect((await call('/api/admin/settings', { method: 'PUT', json: { overrideDepth: 3 }, headers: admin })).status).toBe(400);
    const { code } = await makeCode(earner.apiKey, 'https://item.jd.com/100012043978.html');
    await pushOrders([orderLine({ subId: code, estimatedCommissionFen: 10000 })]);
    expect((await ledgerOf(bottom.id)).map((e) => [e.role, e.amount_fen])).toEqual([['override_1', 1200]]);
    expect((await ledgerOf(middle.id)).map((e) => [e.role, e.amount_fen])).toEqual([['override_2', 500]]);
    expect(await ledgerOf(top.id)).toEqual([]);
    await call('/api/admin/settings', { method: 'PUT', json: { overrideDepth: 1 }, headers: admin });
    const cycle = await call(`/api/admin/affiliates/${top.id}`, { method: 'PATCH', json: { inviterId: earner.id }, headers: admin });
    expect(cycle.status).toBe(409);
  });

  it('keeps tier changes in the audit log and validates them', async () => {
    const admin = { Authorization: 'Bearer test-admin-token' };
    const res = await call('/api/admin/tiers/tir_member', {
      method: 'PUT',
      json: { name: '会员', rateBp: 5500, overrideL1Bp: 500, overrideL2Bp: 0 },
      headers: admin,
    });
    expect(res.status).toBe(200);
    const audit = await env.DB.prepare("SELECT detail FROM audit_log WHERE action = 'tier.update' ORDER BY at DESC LIMIT 1").first<{ detail: string }>();
    expect(JSON.parse(audit!.detail)).toMatchObject({ id: 'tir_member', before: { rateBp: 5000 }, after: { rateBp: 5500 } });
    const tooMuch = await call('/api/admin/tiers/tir_member', {
      method: 'PUT',
      json: { name: '会员', rateBp: 9000, overrideL1Bp: 1500, overrideL2Bp: 0 },
      headers: admin,
    });
    expect(tooMuch.status).toBe(400);
    await call('/api/admin/tiers/tir_member', { method: 'PUT', json: { name: '会员', rateBp: 5000, overrideL1Bp: 500, overrideL2Bp: 0 }, headers: admin });
  });
});
