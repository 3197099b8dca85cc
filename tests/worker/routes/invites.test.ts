import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, api, BASE, bearer, call, callJson, makeAffiliate, makeCode } from '../client';
import { orderLine, pushOrders } from '../orders-helpers';

// 裂变: invite links, joining through the API and through the page, approval, the team view.

const json = (path: string, token?: string, init: { json?: unknown; method?: string } = {}) => callJson(path, { ...(token ? { token } : {}), ...init });
const invite = async (apiKey: string) => (await json('/api/me/invites', apiKey, { json: {} })).body as { code: string; url: string };
const join = (inviteCode: string, name: string) => json('/api/join', undefined, { json: { inviteCode, name } });
const setJoinMode = (joinMode: number) => call('/api/admin/settings', { token: ADMIN_TOKEN, method: 'PUT', json: { joinMode } });

describe('invites', () => {
  it('an affiliate invites; the joiner gets a working key with the inviter set; the team shows direct members only', async () => {
    const boss = await makeAffiliate('团长');
    const link = await invite(boss.apiKey);
    expect(link.url).toBe(`${BASE}/join/${link.code}`);
    const joined = await join(link.code, '小李');
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ name: '小李', status: 'active', inviterName: '团长', apiKey: expect.stringMatching(/^dh_/) });
    expect((await call('/api/me/summary', { token: joined.body.apiKey })).status).toBe(200);
    const row = await env.DB.prepare('SELECT inviter_id AS inviterId FROM affiliates WHERE id = ?').bind(joined.body.id).first<{ inviterId: string }>();
    expect(row?.inviterId).toBe(boss.id);

    // The member's own invitee is not on the boss's team: no downline deeper than one level is shown.
    const grandchild = await join((await invite(joined.body.apiKey)).code, '小小李');
    expect(grandchild.status).toBe(201);
    const { code } = await makeCode(joined.body.apiKey);
    await pushOrders([orderLine({ subId: code, paidAmountFen: 19_900 })]);
    const team = await (await api.api.me.team.$get({}, bearer(boss.apiKey))).json();
    expect(team.members).toEqual([{ id: joined.body.id, name: '小李', joinedAt: expect.any(Number), waiting: false, orders: 1, salesFen: 19_900 }]);

    const list = await (await api.api.me.invites.$get({}, bearer(boss.apiKey))).json();
    expect(list.invites).toEqual([{ code: link.code, url: link.url, joins: 1, createdAt: expect.any(Number), revokedAt: null }]);
    const audit = await env.DB.prepare("SELECT action FROM audit_log WHERE action IN ('invite.create', 'affiliate.join') AND detail LIKE ?")
      .bind(`%${link.code}%`)
      .all();
    expect(audit.results).toHaveLength(2);
  });

  it('a revoked invite lets nobody in, and only its owner (or the admin) can revoke it', async () => {
    const boss = await makeAffiliate();
    const other = await makeAffiliate();
    const link = await invite(boss.apiKey);
    expect((await json(`/api/me/invites/${link.code}`, other.apiKey, { method: 'DELETE' })).status).toBe(404);
    expect((await json(`/api/me/invites/${link.code}`, boss.apiKey, { method: 'DELETE' })).body).toEqual({ code: link.code, revoked: true });
    expect((await join(link.code, '迟到的人')).body.error.code).toBe('NOT_FOUND');
    const second = await invite(boss.apiKey);
    expect((await json(`/api/admin/invites/${second.code}`, ADMIN_TOKEN, { method: 'DELETE' })).status).toBe(200);
    expect((await join(second.code, '迟到的人')).status).toBe(404);
  });

  it('with approval on, the joiner waits: the key is refused until the admin approves; a declined joiner never gets in', async () => {
    await setJoinMode(2);
    try {
      const boss = await makeAffiliate('审核团长');
      const link = await invite(boss.apiKey);
      const waiting = await join(link.code, '等待者');
      expect(waiting.body).toMatchObject({ status: 'waiting' });
      const refused = await json('/api/me/summary', waiting.body.apiKey);
      expect(refused).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
      const queue = await json('/api/admin/joiners', ADMIN_TOKEN);
      expect(queue.body.joiners).toContainEqual({
        id: waiting.body.id,
        name: '等待者',
        since: expect.any(Number),
        inviterId: boss.id,
        inviterName: '审核团长',
      });
      expect((await json(`/api/admin/affiliates/${waiting.body.id}/approve`, ADMIN_TOKEN, { json: {} })).body).toEqual({ id: waiting.body.id, approved: true });
      expect((await call('/api/me/summary', { token: waiting.body.apiKey })).status).toBe(200);
      expect((await json(`/api/admin/affiliates/${waiting.body.id}/approve`, ADMIN_TOKEN, { json: {} })).status).toBe(409);

      const declined = await join(link.code, '被拒者');
      await json(`/api/admin/affiliates/${declined.body.id}/decline`, ADMIN_TOKEN, { json: {} });
      expect((await call('/api/me/summary', { token: declined.body.apiKey })).status).toBe(401);
    } finally {
      await setJoinMode(1);
    }
  });

  it('with joining off, nobody joins', async () => {
    const boss = await makeAffiliate();
    const link = await invite(boss.apiKey);
    await setJoinMode(0);
    try {
      expect((await join(link.code, '某人')).body.error.code).toBe('FORBIDDEN');
    } finally {
      await setJoinMode(1);
    }
  });

  it('refuses bad input and too many invites', async () => {
    const boss = await makeAffiliate();
    const link = await invite(boss.apiKey);
    for (const [inviteCode, name] of [
      [link.code, ''],
      [link.code, 'x'.repeat(41)],
      ['short', '名字'],
      [link.code, 12],
    ] as const)
      expect((await json('/api/join', undefined, { json: { inviteCode, name } })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await call('/api/me/invites', { json: {} })).status).toBe(401);
    for (let i = 1; i < 20; i++) expect((await call('/api/me/invites', { token: boss.apiKey, json: {} })).status).toBe(201);
    expect((await json('/api/me/invites', boss.apiKey, { json: {} })).body.error.code).toBe('RATE_LIMITED');
  });
});

describe('the join page', () => {
  it('names the inviter, takes a name without JavaScript, and shows the key once with the steps', async () => {
    const boss = await makeAffiliate('<b>王姐</b>');
    const link = await invite(boss.apiKey);
    const page = await call(`/join/${link.code}`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('&lt;b&gt;王姐&lt;/b&gt; 邀请你加入带货');
    expect(text).toContain(`action="/join/${link.code}"`);

    const empty = await call(`/join/${link.code}`, {
      body: new URLSearchParams({ name: '  ' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('请填写 1–40 个字的名字');

    const done = await call(`/join/${link.code}`, {
      body: new URLSearchParams({ name: '小张' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(201);
    const body = await done.text();
    const key = /data-testid="api-key">(dh_\w+)</.exec(body)?.[1];
    expect(key).toBeTruthy();
    expect((await call('/api/me/summary', { token: key! })).status).toBe(200);
    expect(body).toContain(BASE);
    // On a phone: the key and the whole settings copy in one tap, and a QR code carries them to the computer.
    expect(body).toContain(`data-copy="${key}"`);
    expect(body).toContain(`data-copy="带货扩展设置\n服务地址：${BASE}\n密钥：${key}"`);
    expect(body).toMatch(/data-testid="key-qr"[^>]*><svg[^>]*>[\s\S]*<\/svg><\/div>/);

    expect((await call('/join/NoSuchCode')).status).toBe(404);
    expect(await (await call('/join/NoSuchCode')).text()).toContain('这个邀请链接无效或已停用');
  });
});

describe('daily limits hold when requests arrive together', () => {
  it('20 invites at once on top of 15 made today: 5 more, 15 refused', async () => {
    const boss = await makeAffiliate('并发团长');
    for (let i = 0; i < 15; i++) expect((await call('/api/me/invites', { token: boss.apiKey, json: {} })).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: 20 }, () => call('/api/me/invites', { token: boss.apiKey, json: {} })));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(5);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(15);
    const made = await env.DB.prepare('SELECT count(*) AS n FROM invites WHERE affiliate_id = ?').bind(boss.id).first<{ n: number }>();
    expect(made!.n).toBe(20);
    const audited = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'invite.create' AND actor = ?")
      .bind(boss.id)
      .first<{ n: number }>();
    expect(audited!.n).toBe(20);
  });

  it('20 joins at once on top of 48 today: 2 more, 18 refused', async () => {
    const boss = await makeAffiliate('热门团长');
    const link = await invite(boss.apiKey);
    for (let i = 0; i < 48; i++) expect((await join(link.code, `成员${i}`)).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => join(link.code, `并发${i}`)));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(2);
    expect(answers.filter((r) => r.status === 429).map((r) => r.body.error.code)).toEqual(Array(18).fill('RATE_LIMITED'));
    const team = await env.DB.prepare('SELECT count(*) AS n FROM affiliates WHERE inviter_id = ?').bind(boss.id).first<{ n: number }>();
    expect(team!.n).toBe(50);
    const keys = await env.DB.prepare('SELECT count(*) AS n FROM api_keys k JOIN affiliates a ON a.id = k.affiliate_id WHERE a.inviter_id = ?')
      .bind(boss.id)
      .first<{ n: number }>();
    expect(keys!.n).toBe(50); // no key without its member, no member without its key
  });
});
