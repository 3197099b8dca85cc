import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, call, callJson, makeAffiliate } from '../../client';

// Where affiliates are paid, and the operator's bank file (支付宝 批量付款) of approved payouts.

const saveAccount = (apiKey: string, body: unknown) => callJson('/api/me/payout-account', { token: apiKey, method: 'PUT', json: body });
const credit = (affiliateId: string, amountFen: number) =>
  call(`/api/admin/affiliates/${affiliateId}/adjustments`, { token: ADMIN_TOKEN, json: { amountFen, reason: 'opening credit' } });

/** An affiliate with `account` saved and an approved payout of ¥30. */
async function approvedPayee(account: { method: 'alipay' | 'wechat'; account: string; realName: string }) {
  const me = await makeAffiliate();
  expect((await saveAccount(me.apiKey, account)).status).toBe(200);
  await credit(me.id, 5000);
  const asked = await callJson('/api/me/payouts', { token: me.apiKey, json: { amountFen: 3000 } });
  expect(asked.status).toBe(201);
  expect((await callJson(`/api/admin/payouts/${asked.body.id}/approve`, { token: ADMIN_TOKEN, json: {} })).status).toBe(200);
  return { ...me, payoutId: asked.body.id as string };
}

describe('payout accounts', () => {
  it('are saved sealed, shown masked to the affiliate and the admin, and every change is audited masked', async () => {
    const me = await makeAffiliate();
    expect((await callJson('/api/me/payout-account', { token: me.apiKey })).body).toEqual({ account: null });
    const saved = await saveAccount(me.apiKey, { method: 'alipay', account: '13812345678', realName: '张三' });
    expect(saved.body.account).toMatchObject({ method: 'alipay', masked: '138****5678 · *三' });
    await saveAccount(me.apiKey, { method: 'alipay', account: 'zhang.san@example.com', realName: '欧阳娜娜' });
    expect((await callJson('/api/me/payout-account', { token: me.apiKey })).body.account.masked).toBe('z***@example.com · ***娜');

    const stored = JSON.stringify(await env.DB.prepare('SELECT * FROM payout_accounts WHERE affiliate_id = ?1').bind(me.id).first());
    const audit = JSON.stringify(
      (await env.DB.prepare("SELECT detail FROM audit_log WHERE action = 'payout-account.save' AND detail LIKE ?1").bind(`%${me.id}%`).all()).results,
    );
    for (const secret of ['13812345678', '张三', 'zhang.san@example.com', '欧阳娜娜']) {
      expect(stored).not.toContain(secret);
      expect(audit).not.toContain(secret);
    }
    expect(audit).toContain('138****5678 · *三'); // before → after, masked
  });

  it('refuses an account that is not one, a name that is not a name, and broken bodies — 400, never 5xx', async () => {
    const { apiKey } = await makeAffiliate();
    for (const body of [
      { method: 'alipay', account: 'abc', realName: '张三' },
      { method: 'alipay', account: '1381234567', realName: '张三' },
      { method: 'wechat', account: '123456', realName: '张三' },
      { method: 'alipay', account: '13812345678', realName: '张' },
      { method: 'alipay', account: '13812345678', realName: '张三123' },
      { method: 'alipay', account: '13812345678', realName: '张\u202e三' },
      { method: 'bank', account: '13812345678', realName: '张三' },
      { method: 'alipay', account: '13812345678' },
      { method: 'alipay', account: `${'a'.repeat(500)}@qq.com`, realName: '张三' },
      [],
      'x',
    ]) {
      const res = await saveAccount(apiKey, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await saveAccount(apiKey, { method: 'wechat', account: 'wxid_zhang3', realName: 'Anna Li' })).status).toBe(200);
    expect((await call('/api/me/payout-account', { method: 'PUT', json: {} })).status).toBe(401);
  });
});

describe('a payout request', () => {
  it('needs a saved account first: 422 PAYOUT_ACCOUNT_MISSING, and nothing moves', async () => {
    const me = await makeAffiliate();
    await credit(me.id, 5000);
    const refused = await callJson('/api/me/payouts', { token: me.apiKey, json: { amountFen: 3000 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('PAYOUT_ACCOUNT_MISSING');
    expect((await callJson('/api/me/balance', { token: me.apiKey })).body).toMatchObject({ availableFen: 5000, requestedFen: 0 });
    await saveAccount(me.apiKey, { method: 'wechat', account: 'wxid_ok123', realName: '李四' });
    expect((await callJson('/api/me/payouts', { token: me.apiKey, json: { amountFen: 3000 } })).status).toBe(201);
  });
});

describe('the payout file', () => {
  it('lists approved payouts to 支付宝 with the whole account and name, in 支付宝’s template; the others left out by name', async () => {
    const alipay = await approvedPayee({ method: 'alipay', account: '13812345678', realName: '张三' });
    const wechat = await approvedPayee({ method: 'wechat', account: 'wxid_li4', realName: '李四' });
    // An account gone from the database (only by hand: nothing in the API deletes one) is left out by name.
    const none = await approvedPayee({ method: 'alipay', account: '13700000000', realName: '王七' });
    await env.DB.prepare('DELETE FROM payout_accounts WHERE affiliate_id = ?1').bind(none.id).run();
    const batch = (await callJson('/api/admin/payout-batch?method=alipay', { token: ADMIN_TOKEN })).body;
    expect(batch.batchNo).toMatch(/^DH\d{18}$/);
    expect(batch.date).toMatch(/^\d{8}$/);
    const line = batch.lines.find((l: { payoutId: string }) => l.payoutId === alipay.payoutId);
    expect(line).toMatchObject({ account: '13812345678', realName: '张三', amountFen: 3000, serial: alipay.payoutId.slice(4) });
    expect(line.serial.length).toBeLessThanOrEqual(22);
    const left = Object.fromEntries(batch.left.map((l: { payoutId: string; why: string }) => [l.payoutId, l.why]));
    expect(left[wechat.payoutId]).toBe('other-method');
    expect(left[none.payoutId]).toBe('no-account');
    expect(batch.totalFen).toBe(batch.lines.reduce((sum: number, l: { amountFen: number }) => sum + l.amountFen, 0));

    const csv = await (await call('/api/admin/payout-batch?method=alipay&format=csv', { token: ADMIN_TOKEN })).text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('批次号,付款日期,付款人email,账户名称,总金额（元）,总笔数');
    expect(rows[2]).toBe('商户流水号,收款人email,收款人姓名,付款金额（元）,付款理由');
    expect(rows).toContain(`${alipay.payoutId.slice(4)},13812345678,张三,30.00,带货佣金 ${alipay.payoutId.slice(-6)}`);
    const wechatCsv = await (await call('/api/admin/payout-batch?method=wechat&format=csv', { token: ADMIN_TOKEN })).text();
    expect(wechatCsv).toContain(',wxid_li4,李四,30.00,');
    expect(await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'payouts.export'").first('n')).toBeGreaterThanOrEqual(3);
  });

  it('marks a paid batch with one reference; a payout no longer approved is skipped and left as it is', async () => {
    const a = await approvedPayee({ method: 'alipay', account: '13900001111', realName: '王五' });
    const b = await approvedPayee({ method: 'alipay', account: '13900002222', realName: '赵六' });
    expect((await callJson(`/api/admin/payouts/${b.payoutId}/reject`, { token: ADMIN_TOKEN, json: { reason: '账户有误' } })).status).toBe(200);
    const marked = await callJson('/api/admin/payout-batch/paid', {
      token: ADMIN_TOKEN,
      json: { payoutIds: [a.payoutId, b.payoutId, a.payoutId], reference: 'ALIPAY-20261207-01' },
    });
    expect(marked.body).toEqual({ paid: [a.payoutId], skipped: [{ id: b.payoutId, reason: 'CONFLICT' }] });
    const list = (await callJson(`/api/admin/payouts?affiliateId=${a.id}`, { token: ADMIN_TOKEN })).body.payouts;
    expect(list[0]).toMatchObject({ status: 'paid', reference: 'ALIPAY-20261207-01', accountMethod: 'alipay', accountMasked: '139****1111 · *五' });
    expect((await callJson('/api/me/balance', { token: a.apiKey })).body).toMatchObject({ paidFen: 3000, requestedFen: 0 });
    expect((await callJson(`/api/admin/payouts?affiliateId=${b.id}`, { token: ADMIN_TOKEN })).body.payouts[0].status).toBe('rejected');
    for (const body of [{ payoutIds: [], reference: 'x' }, { payoutIds: [a.payoutId] }, { payoutIds: Array(201).fill('pay_x'), reference: 'x' }]) {
      expect((await callJson('/api/admin/payout-batch/paid', { token: ADMIN_TOKEN, json: body })).status).toBe(400);
    }
  });
});
