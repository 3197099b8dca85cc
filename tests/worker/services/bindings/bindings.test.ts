import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { bindingsSchema, taobaoBindingStartSchema } from '../../../../shared/schemas/bindings';
import { ADMIN_TOKEN, call, callJson, makeAffiliate } from '../../client';
import { balances, importReport } from '../../orders-helpers';
import { connect, SIM_CREDENTIALS, sim } from '../../networks/sim';

// Binding affiliates at the networks, through the simulator's authorise page, token exchange, 渠道
// registration and 备案 (docs/networks.md §8): what an operator with 500 affiliates needs so that no one
// ever types a channel id.

const SIM = 'http://sim.daihuo.test';
const OPERATOR_SESSION = 'sim-operator-session';
const connectTaobao = (session: string | null = OPERATOR_SESSION) => connect('taobao', { ...SIM_CREDENTIALS.taobao, ...(session ? { session } : {}) });

async function startBinding(apiKey: string, userAgent?: string) {
  const res = await call('/api/me/bindings/taobao', { token: apiKey, method: 'POST', ...(userAgent ? { headers: { 'User-Agent': userAgent } } : {}) });
  expect(res.status).toBe(201);
  return taobaoBindingStartSchema.parse(await res.json());
}

/** The person on the simulator's authorise page: signs in as `nick` and presses 授权 (or 取消); answers where Taobao sends them. */
async function authorise(authorizeUrl: string, nick: string, decision: 'allow' | 'deny' = 'allow') {
  const url = new URL(authorizeUrl);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('模拟淘宝');
  const form = new URLSearchParams({ ...Object.fromEntries(url.searchParams), nick, decision });
  const back = await fetch(`${SIM}/taobao/oauth/authorize`, { method: 'POST', body: form, redirect: 'manual' });
  expect(back.status).toBe(302);
  return new URL(back.headers.get('Location')!);
}

/** Opens our callback as the browser would after Taobao's redirect. */
async function callback(location: URL) {
  const res = await call(`${location.pathname}${location.search}`);
  return { status: res.status, text: await res.text(), cacheControl: res.headers.get('Cache-Control') };
}

const bindingsOf = async (apiKey: string) => bindingsSchema.parse((await callJson('/api/me/bindings', { token: apiKey })).body);

describe('Taobao 渠道备案 in one tap', () => {
  it('authorise → token → inviter code → publisher.info.save → the relation id is the affiliate’s, and their waiting lines are theirs at once', async () => {
    await connectTaobao();
    const { id, apiKey } = await makeAffiliate('绑定的推客');
    expect((await bindingsOf(apiKey)).taobao).toEqual({ status: 'unbound', canBind: true });
    const started = await startBinding(apiKey);
    const authorize = new URL(started.authorizeUrl);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${SIM}/taobao/oauth/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: SIM_CREDENTIALS.taobao.appKey,
      redirect_uri: 'http://daihuo.test/bind/taobao/callback',
      view: 'web',
    });
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9]{32}$/);
    // Only the state's hash is stored.
    const stored = JSON.stringify((await env.DB.prepare('SELECT * FROM binding_states').all()).results);
    expect(stored).not.toContain(authorize.searchParams.get('state')!);

    const back = await authorise(started.authorizeUrl, 'tb_小王');
    expect(back.origin + back.pathname).toBe('http://daihuo.test/bind/taobao/callback');
    const done = await callback(back);
    expect(done.status).toBe(200);
    expect(done.text).toContain('淘宝渠道绑定成功');
    expect(done.cacheControl).toBe('no-store');
    const bindings = await bindingsOf(apiKey);
    expect(bindings.taobao).toMatchObject({ status: 'bound', accountName: 'tb_小王' });
    const relationId = bindings.taobao.status === 'bound' ? bindings.taobao.relationId : '';
    expect(relationId).toMatch(/^\d+$/);
    const listed = (await callJson('/api/admin/reports/affiliates', { token: ADMIN_TOKEN })).body.affiliates as Array<Record<string, unknown>>;
    expect(listed.find((a) => a.id === id)).toMatchObject({ taobaoRelation: relationId, pddBound: 0 });
    const channel = await env.DB.prepare("SELECT affiliate_id AS a FROM channel_ids WHERE network = 'taobao' AND channel_id = ?")
      .bind(`relation:${relationId}`)
      .first();
    expect(channel).toEqual({ a: id });

    // A Taobao line carrying that relation id is theirs by identity.
    const csv = `点击时间,创建时间,淘宝子订单号,订单状态,付款金额,商品ID,商品标题,付款预估收入,结算预估收入,渠道关系ID\n,2026-11-21 19:22:47,3099${relationId.slice(-6)}01,已付款,129.00,655443322110,保温杯,6.00,0.00,${relationId}`;
    await importReport('taobao', csv);
    expect(await balances(id)).toEqual({ pending: 300 });
    // The person's session is neither stored nor in the audit log.
    const everything = JSON.stringify([
      (await env.DB.prepare('SELECT * FROM network_bindings').all()).results,
      (await env.DB.prepare('SELECT * FROM audit_log').all()).results,
      (await env.DB.prepare('SELECT * FROM program_settings').all()).results,
    ]);
    expect(everything).not.toMatch(/simtoken/);
  });

  it('a phone gets the wap view', async () => {
    await connectTaobao();
    const { apiKey } = await makeAffiliate();
    const started = await startBinding(
      apiKey,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47',
    );
    expect(new URL(started.authorizeUrl).searchParams.get('view')).toBe('wap');
  });

  it('refuses a forged, replayed or expired state, and an authorisation the person cancelled', async () => {
    await connectTaobao();
    const { apiKey } = await makeAffiliate();
    const forged = await callback(new URL(`http://daihuo.test/bind/taobao/callback?code=x&state=${'A'.repeat(32)}`));
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('这个绑定链接无效');

    const first = await startBinding(apiKey);
    const back = await authorise(first.authorizeUrl, 'tb_replay');
    expect((await callback(back)).status).toBe(200);
    const replay = await callback(back);
    expect(replay.status).toBe(400);
    expect(replay.text).toContain('已经用过了');

    const late = await startBinding(apiKey);
    const state = new URL(late.authorizeUrl).searchParams.get('state')!;
    const { sha256Hex } = await import('../../../../worker/crypto');
    await env.DB.prepare('UPDATE binding_states SET created_at = created_at - 11 * 60000 WHERE state_hash = ?')
      .bind(await sha256Hex(state))
      .run();
    const expired = await callback(await authorise(late.authorizeUrl, 'tb_late'));
    expect(expired.status).toBe(400);
    expect(expired.text).toContain('已过期');

    const cancelled = await callback(await authorise((await startBinding(apiKey)).authorizeUrl, 'tb_no', 'deny'));
    expect(cancelled.status).toBe(400);
    expect(cancelled.text).toContain('取消了淘宝授权');
  });

  it('another affiliate’s state binds that affiliate only, and a Taobao account already registered to someone else is refused', async () => {
    await connectTaobao();
    const a = await makeAffiliate('甲');
    const b = await makeAffiliate('乙');
    const aStarted = await startBinding(a.apiKey);
    expect((await callback(await authorise(aStarted.authorizeUrl, 'tb_shared'))).status).toBe(200);
    expect((await bindingsOf(b.apiKey)).taobao.status).toBe('unbound');
    // The same Taobao account through B's own state: its relation id is already A's.
    const bStarted = await startBinding(b.apiKey);
    const refused = await callback(await authorise(bStarted.authorizeUrl, 'tb_shared'));
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('已经登记在另一位推客名下');
    expect((await bindingsOf(b.apiKey)).taobao.status).toBe('unbound');
  });

  it('the network’s own reasons: an operator connection without a session, and an expired operator session', async () => {
    await connectTaobao(null);
    const { apiKey } = await makeAffiliate();
    expect((await bindingsOf(apiKey)).taobao).toEqual({ status: 'unbound', canBind: false });
    const noSession = await callJson('/api/me/bindings/taobao', { token: apiKey, method: 'POST' });
    expect(noSession.status).toBe(409);
    expect(noSession.body.error.message).toContain('缺少授权');

    // The operator's own session lapsed: the inviter code cannot be read.
    await connectTaobao('stale-operator-session');
    await env.DB.prepare("DELETE FROM program_settings WHERE key = 'taobaoInviterCode'").run();
    const operatorLapsed = await callback(await authorise((await startBinding(apiKey)).authorizeUrl, 'tb_op'));
    expect(operatorLapsed.status).toBe(400);
    expect(operatorLapsed.text).toContain('运营方的淘宝联盟授权不可用');
    expect(operatorLapsed.text).toContain('SessionKey非法或已过期');

    // The person's session lapsed before registration.
    await connectTaobao();
    await sim('taobao-expire-next-tokens', { count: 1 });
    const personLapsed = await callback(await authorise((await startBinding(apiKey)).authorizeUrl, 'tb_expired'));
    expect(personLapsed.status).toBe(400);
    expect(personLapsed.text).toContain('淘宝授权已过期');
    expect((await bindingsOf(apiKey)).taobao.status).toBe('unbound');

    // A stale inviter code in the cache: asked for again once, and the registration goes through.
    await env.DB.prepare("UPDATE program_settings SET value = 'OLDCODE' WHERE key = 'taobaoInviterCode'").run();
    expect((await callback(await authorise((await startBinding(apiKey)).authorizeUrl, 'tb_recovered'))).status).toBe(200);
    expect((await bindingsOf(apiKey)).taobao.status).toBe('bound');
  });

  it('imports registrations made outside Daihuo whose note names an affiliate', async () => {
    await connectTaobao();
    const { id, apiKey } = await makeAffiliate('老推客');
    // Registered through the flow of another deployment: the simulator keeps it, ours forgets it.
    expect((await callback(await authorise((await startBinding(apiKey)).authorizeUrl, 'tb_before'))).status).toBe(200);
    const relation = await env.DB.prepare("SELECT channel_id AS c FROM channel_ids WHERE affiliate_id = ? AND network = 'taobao'")
      .bind(id)
      .first<{ c: string }>();
    await env.DB.prepare('DELETE FROM channel_ids WHERE affiliate_id = ?').bind(id).run();
    await env.DB.prepare('DELETE FROM network_bindings WHERE affiliate_id = ?').bind(id).run();
    const synced = await callJson('/api/admin/networks/taobao/publishers/sync', { token: ADMIN_TOKEN, method: 'POST' });
    expect(synced.status).toBe(200);
    expect(synced.body.imported).toBeGreaterThanOrEqual(1);
    const back = await env.DB.prepare("SELECT channel_id AS c FROM channel_ids WHERE affiliate_id = ? AND network = 'taobao'").bind(id).first<{ c: string }>();
    expect(back).toEqual(relation);
    const again = await callJson('/api/admin/networks/taobao/publishers/sync', { token: ADMIN_TOKEN, method: 'POST' });
    expect(again.body.imported).toBe(0);
  });
});

describe('多多进宝 备案', () => {
  it('unbound: the 备案 link (asked again each time); bound once the person finishes, and then kept', async () => {
    await connect('pdd');
    const { id, apiKey } = await makeAffiliate();
    const before = await bindingsOf(apiKey);
    expect(before.pdd.status).toBe('unbound');
    const bindUrl = before.pdd.status === 'unbound' ? before.pdd.bindUrl : null;
    expect(bindUrl).toContain(`${SIM}/pdd/bind?uid=`);
    // Minting works before 备案 and says orders may not earn.
    const minted = await callJson('/api/codes', { token: apiKey, json: { url: 'https://mobile.yangkeduo.com/goods.html?goods_id=312345678901' } });
    expect(minted.body).toMatchObject({ tracking: 'network', trackingReason: 'needs-binding' });
    expect(minted.body.trackingNote).toContain('还没有在多多进宝完成绑定');
    // The uid 备案 binds is the affiliate's one uid.
    expect(decodeURIComponent(bindUrl!)).toContain(id.slice(0, 30));

    expect((await fetch(bindUrl!)).status).toBe(200); // the person opens the link in the PDD app
    expect((await bindingsOf(apiKey)).pdd).toEqual({ status: 'bound' });
    expect(await env.DB.prepare("SELECT external_id AS uid FROM network_bindings WHERE affiliate_id = ? AND network = 'pdd'").bind(id).first()).toEqual({
      uid: id.slice(0, 30),
    });
    const after = await callJson('/api/codes', { token: apiKey, json: { url: 'https://mobile.yangkeduo.com/goods.html?goods_id=312345678902' } });
    expect(after.body.trackingReason).toBeNull();
  });

  it('JD needs no binding; a network the operator has not connected says so', async () => {
    await connect('jd');
    expect((await call('/api/admin/networks/taobao', { token: ADMIN_TOKEN, method: 'DELETE' })).status).toBe(200);
    const { apiKey } = await makeAffiliate();
    const bindings = await bindingsOf(apiKey);
    expect(bindings.jd).toEqual({ status: 'not-needed' });
    expect(bindings.taobao).toEqual({ status: 'not-connected' });
    const refused = await callJson('/api/me/bindings/taobao', { token: apiKey, method: 'POST' });
    expect(refused.status).toBe(409);
  });
});
