import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { monthSummarySchema, payoutListSchema, statementSchema } from '../../../shared/schemas';
import { ADMIN_TOKEN, api, bearer, call, callJson, makeAffiliate, makeCode } from '../client';
import { orderLine, pushOrders } from '../orders-helpers';

// Balances, payout requests and the admin's steps on them, statements — through the routes, against D1.

const json = (path: string, token?: string, init: { json?: unknown; method?: string } = {}) => callJson(path, { ...(token ? { token } : {}), ...init });

const balance = async (apiKey: string) => (await api.api.me.balance.$get({}, bearer(apiKey))).json();
// Every affiliate here has said where to be paid (a request without an account is payout-batch.test.ts's).
const ask = async (apiKey: string, amountFen: unknown) => {
  await json('/api/me/payout-account', apiKey, { method: 'PUT', json: { method: 'alipay', account: '13800000000', realName: '测试' } });
  return json('/api/me/payouts', apiKey, { json: { amountFen } });
};
const step = (id: string, action: 'approve' | 'reject' | 'paid', body: unknown = {}) => json(`/api/admin/payouts/${id}/${action}`, ADMIN_TOKEN, { json: body });
const credit = (affiliateId: string, amountFen: number) =>
  call(`/api/admin/affiliates/${affiliateId}/adjustments`, { token: ADMIN_TOKEN, json: { amountFen, reason: 'opening credit' } });
const settings = (values: Record<string, number>) => call('/api/admin/settings', { token: ADMIN_TOKEN, method: 'PUT', json: values });

async function ledgerTotal(affiliateId: string) {
  const row = await env.DB.prepare('SELECT coalesce(sum(amount_fen), 0) AS fen FROM ledger_entries WHERE affiliate_id = ?')
    .bind(affiliateId)
    .first<{ fen: number }>();
  return row!.fen;
}

describe('balances', () => {
  it('a new affiliate has nothing, and sees the programme’s hold and minimum', async () => {
    const { apiKey } = await makeAffiliate();
    expect(await balance(apiKey)).toEqual({ pendingFen: 0, heldFen: 0, availableFen: 0, requestedFen: 0, paidFen: 0, holdDays: 15, minimumPayoutFen: 1000 });
  });

  it('settled commission is held for the hold period before it can be withdrawn', async () => {
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey);
    await pushOrders([orderLine({ subId: code, estimatedCommissionFen: 4000 })]);
    expect(await balance(me.apiKey)).toMatchObject({ pendingFen: 2000, heldFen: 0, availableFen: 0 });

    const settled = orderLine({ subId: code, status: 'settled', actualCommissionFen: 6000, settledAt: Date.now() });
    await pushOrders([settled]);
    expect(await balance(me.apiKey)).toMatchObject({ heldFen: 3000, availableFen: 0 });
    expect((await ask(me.apiKey, 2000)).body.error.code).toBe('INSUFFICIENT_BALANCE');

    await settings({ payoutHoldDays: 0 });
    expect(await balance(me.apiKey)).toMatchObject({ pendingFen: 2000, heldFen: 0, availableFen: 3000, holdDays: 0 });
    expect((await ask(me.apiKey, 2000)).status).toBe(201);
  });
});

describe('the hold runs from the network’s settlement time', () => {
  it('a line settled 50 days ago is available at once; one settled yesterday is held 14 more days', async () => {
    await settings({ payoutHoldDays: 15 });
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey);
    const DAY = 86_400_000;
    const now = Date.now();
    await pushOrders([
      orderLine({
        subId: code,
        status: 'settled',
        orderedAt: now - 60 * DAY,
        actualCommissionFen: 6000,
        settledAt: now - 50 * DAY,
        sourceUpdatedAt: now - 50 * DAY,
      }),
      orderLine({ subId: code, status: 'settled', orderedAt: now - 10 * DAY, actualCommissionFen: 2000, settledAt: now - DAY, sourceUpdatedAt: now - DAY }),
    ]);
    // Booked just now, but the network settled the first line 50 days ago: past the hold already.
    expect(await balance(me.apiKey)).toMatchObject({ availableFen: 3000, heldFen: 1000 });
    expect((await ask(me.apiKey, 3000)).status).toBe(201);
    const { getBalance } = await import('../../../worker/services/payouts/balance');
    const { openDb } = await import('../../../worker/db/client');
    const db = openDb(env.DB);
    expect(await getBalance(db, me.id, now + 13 * DAY)).toMatchObject({ heldFen: 1000, availableFen: 0 });
    expect(await getBalance(db, me.id, now + 14 * DAY + 60_000)).toMatchObject({ heldFen: 0, availableFen: 1000 });
  });

  it('without a settlement time from the network, the hold runs from booking', async () => {
    await settings({ payoutHoldDays: 15 });
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey);
    await pushOrders([orderLine({ subId: code, status: 'settled', actualCommissionFen: 4000, settledAt: null })]);
    expect(await balance(me.apiKey)).toMatchObject({ heldFen: 2000, availableFen: 0 });
  });
});

describe('payouts', () => {
  it('request → approve → paid moves the amount available → requested → paid, each step on the ledger and audited', async () => {
    const me = await makeAffiliate();
    await credit(me.id, 5000);
    const asked = await ask(me.apiKey, 3000);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ affiliateId: me.id, amountFen: 3000, status: 'requested', reason: null, reference: null });
    expect(await balance(me.apiKey)).toMatchObject({ availableFen: 2000, requestedFen: 3000, paidFen: 0 });

    expect((await step(asked.body.id, 'approve')).body.status).toBe('approved');
    const paid = await step(asked.body.id, 'paid', { reference: 'ALIPAY-20261202-0001' });
    expect(paid.body).toMatchObject({ status: 'paid', reference: 'ALIPAY-20261202-0001', paidAt: expect.any(Number), decidedAt: expect.any(Number) });
    expect(await balance(me.apiKey)).toMatchObject({ availableFen: 2000, requestedFen: 0, paidFen: 3000 });
    expect(await ledgerTotal(me.id)).toBe(5000);

    const kinds = await env.DB.prepare('SELECT bucket, amount_fen AS fen FROM ledger_entries WHERE payout_id = ? ORDER BY created_at, amount_fen')
      .bind(asked.body.id)
      .all<{ bucket: string; fen: number }>();
    expect(kinds.results).toEqual(
      expect.arrayContaining([
        { bucket: 'available', fen: -3000 },
        { bucket: 'requested', fen: 3000 },
        { bucket: 'requested', fen: 0 },
        { bucket: 'requested', fen: -3000 },
        { bucket: 'paid', fen: 3000 },
      ]),
    );
    const audit = await env.DB.prepare('SELECT action FROM audit_log WHERE detail LIKE ? ORDER BY at, action')
      .bind(`%${asked.body.id}%`)
      .all<{ action: string }>();
    expect(audit.results.map((r) => r.action).sort()).toEqual(['payout.approved', 'payout.paid', 'payout.request']);

    // Paying twice, or rejecting what is paid, is refused and moves nothing.
    expect((await step(asked.body.id, 'paid', { reference: 'again' })).status).toBe(409);
    expect((await step(asked.body.id, 'reject', { reason: 'too late' })).body.error.code).toBe('CONFLICT');
    expect(await balance(me.apiKey)).toMatchObject({ availableFen: 2000, paidFen: 3000 });
  });

  it('a rejected request gives the amount back, with the reason the affiliate reads', async () => {
    const me = await makeAffiliate();
    await credit(me.id, 5000);
    const asked = await ask(me.apiKey, 5000);
    const rejected = await step(asked.body.id, 'reject', { reason: '收款账户未实名' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '收款账户未实名' });
    expect(await balance(me.apiKey)).toMatchObject({ availableFen: 5000, requestedFen: 0 });
    const mine = await (await api.api.me.payouts.$get({ query: {} }, bearer(me.apiKey))).json();
    expect(mine).toMatchObject({ total: 1, payouts: [{ id: asked.body.id, status: 'rejected', reason: '收款账户未实名' }] });
  });

  it('two requests at once cannot both spend the same fen', async () => {
    const me = await makeAffiliate();
    await credit(me.id, 5000);
    const answers = await Promise.all([ask(me.apiKey, 3000), ask(me.apiKey, 3000), ask(me.apiKey, 3000)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422, 422]);
    expect(await balance(me.apiKey)).toMatchObject({ availableFen: 2000, requestedFen: 3000 });
  });

  it('refuses what it cannot do, each with a code that says why', async () => {
    const me = await makeAffiliate();
    await credit(me.id, 5000);
    expect((await ask(me.apiKey, 999)).body.error).toEqual({ code: 'BELOW_MINIMUM', message: expect.stringContaining('¥10') });
    expect((await ask(me.apiKey, 5001)).body.error).toEqual({ code: 'INSUFFICIENT_BALANCE', message: expect.stringContaining('¥50') });
    for (const bad of [12.5, -100, 0, '3000', null]) expect((await ask(me.apiKey, bad)).body.error.code, JSON.stringify(bad)).toBe('VALIDATION_FAILED');
    expect((await call('/api/me/payouts', { json: { amountFen: 2000 } })).status).toBe(401);
    expect((await call('/api/admin/payouts', { token: me.apiKey })).status).toBe(401);
    expect((await step('pay_nosuchpayout', 'approve')).status).toBe(404);
    const asked = await ask(me.apiKey, 2000);
    expect((await step(asked.body.id, 'reject', {})).body.error.code).toBe('VALIDATION_FAILED');
    expect((await step(asked.body.id, 'paid', { reference: '' })).body.error.code).toBe('VALIDATION_FAILED');
    await settings({ minimumPayoutFen: 0 });
    expect((await ask(me.apiKey, 1)).status).toBe(201);
  });

  it('the admin lists requests by status a page at a time, and exports them as CSV', async () => {
    const a = await makeAffiliate('甲 Affiliate');
    await credit(a.id, 100_000);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await ask(a.apiKey, 1000 + i)).body.id);
    await step(ids[0]!, 'reject', { reason: 'duplicate' });
    const page = { body: payoutListSchema.parse((await json(`/api/admin/payouts?status=requested&affiliateId=${a.id}&limit=2&offset=1`, ADMIN_TOKEN)).body) };
    expect(page.body.total).toBe(4);
    expect(page.body.payouts.map((p) => p.amountFen)).toEqual([1003, 1002]);
    expect(page.body.payouts[0]).toMatchObject({ affiliateName: '甲 Affiliate' });
    const csv = await call(`/api/admin/payouts?format=csv&affiliateId=${a.id}&lang=en`, { token: ADMIN_TOKEN });
    expect(csv.headers.get('Content-Type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('payout_id,affiliate_id,affiliate_name,amount_yuan,status,requested_china,decided_china,paid_china,reference,reason');
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith(ids[0]!))).toMatch(/,10\.00,rejected,.*,duplicate$/);
    // Headed and worded in Chinese unless English is asked for.
    const zh = (await (await call(`/api/admin/payouts?format=csv&affiliateId=${a.id}`, { token: ADMIN_TOKEN })).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(zh[0]).toBe('提现编号,推客编号,推客,金额（元）,状态,申请时间,审核时间,打款时间,转账流水号,拒绝原因');
    expect(zh.find((l) => l.startsWith(ids[0]!))).toMatch(/,10\.00,已驳回,.*,duplicate$/); // the dashboard's word for it
  });
});

describe('statements', () => {
  it('lists every ledger line of the month with what is owed after it, and the month summary adds up', async () => {
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey);
    await credit(me.id, 5000);
    await pushOrders([orderLine({ subId: code, orderNo: '310012345678', estimatedCommissionFen: 4000 })]);
    const asked = await ask(me.apiKey, 3000);
    await step(asked.body.id, 'paid', { reference: 'WX-1' });

    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const body = statementSchema.parse((await json(`/api/me/statements/${month}`, me.apiKey)).body);
    expect(body).toMatchObject({ month, openingOwedFen: 0, earnedFen: 2000, paidFen: 3000, closingOwedFen: 4000 });
    expect(body.lines.map((l) => [l.amountFen, l.owedFen])).toEqual([
      [5000, 5000],
      [2000, 7000],
      [-3000, 4000],
      [3000, 7000],
      [-3000, 4000],
      [3000, 4000],
    ]);
    expect(body.lines[1]?.orderNo).toBe('310****5678');

    const admin = await json(`/api/admin/affiliates/${me.id}/statements/${month}`, ADMIN_TOKEN);
    expect(admin.body.lines[1].orderNo).toBe('310012345678');
    const csv = await (await call(`/api/me/statements/${month}?format=csv&lang=en`, { token: me.apiKey })).text();
    expect(csv.split('\r\n')[1]).toBe(`${month} opening,,,,owed at the start of the month,,,0.00`);
    expect(csv).toContain(',available,-30.00,');
    // In Chinese (the default) each line says what happened, as the wallet does; no ledger codes.
    const zh = (await (await call(`/api/me/statements/${month}?format=csv`, { token: me.apiKey })).text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(zh[0]).toBe('时间（北京时间）,事项,金额（元）,订单号,提现单号,之后应付（元）');
    expect(zh[1]).toBe(`${month} 月初,月初应付,,,,0.00`);
    expect(zh.some((l) => l.includes(',申请提现（转出可提现）,-30.00,'))).toBe(true);
    expect(zh.join('\n')).not.toMatch(/\b(estimate|settle|payout|available|pending|requested)\b/);

    const summary = { body: monthSummarySchema.parse((await json(`/api/admin/statements/${month}`, ADMIN_TOKEN)).body) };
    expect(summary.body.rows.find((r) => r.affiliateId === me.id)).toEqual({
      affiliateId: me.id,
      name: me.name,
      openingOwedFen: 0,
      earnedFen: 2000,
      adjustedFen: 5000,
      paidFen: 3000,
      closingOwedFen: 4000,
    });
    const books = (await (await call(`/api/admin/statements/${month}?format=csv`, { token: ADMIN_TOKEN })).text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(books[0]).toBe('推客编号,推客,月初应付（元）,本月佣金（元）,调整（元）,本月打款（元）,月末应付（元）');
    expect(books.find((l) => l.startsWith(me.id))).toBe(`${me.id},${me.name},0.00,20.00,50.00,30.00,40.00`);
    const lastMonth = await json('/api/me/statements/2020-01', me.apiKey);
    expect(lastMonth.body).toMatchObject({ lines: [], openingOwedFen: 0, closingOwedFen: 0 });
  });

  it('refuses a month that is not one', async () => {
    const { apiKey } = await makeAffiliate();
    for (const bad of ['2026-13', '2026-1', 'november', '2026-11-01'])
      expect((await call(`/api/me/statements/${bad}`, { token: apiKey })).status, bad).toBe(400);
  });
});
