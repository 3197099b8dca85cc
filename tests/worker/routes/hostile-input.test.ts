import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, call, callJson, errorOf, makeAffiliate } from '../client';
import { importReport } from '../orders-helpers';
import { connect, sim } from '../networks/sim';

// What a hostile review got through before: control and direction characters in names, an 8 MB cell
// quoted back whole, a long Chinese search answering 500, a network link with CR/LF stored raw, and
// answers that gave the wrong status or could be cached. Each is checked where it came in.

const NASTY = ['\u202Eevil', 'a\u0000b', 'bell\u0007', 'rtl\u2067x', 'zero\u200Bwidth', 'bom\uFEFF'];

describe('one text rule for what people type', () => {
  it.each(NASTY)('a join name with %j is refused, and nothing is stored', async (name) => {
    const boss = await makeAffiliate('团长');
    const { body: link } = await callJson('/api/me/invites', { token: boss.apiKey, json: {} });
    const joined = await callJson('/api/join', { json: { inviteCode: link.code, name } });
    expect(joined.status).toBe(400);
    expect(joined.body.error.code).toBe('VALIDATION_FAILED');
    const page = await call(`/join/${link.code}`, { body: new URLSearchParams({ name }), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(page.status).toBe(400);
    const team = await env.DB.prepare('SELECT count(*) AS n FROM affiliates WHERE inviter_id = ?').bind(boss.id).first<{ n: number }>();
    expect(team!.n).toBe(0);
  });

  it.each(NASTY)('an affiliate, a tier and a payout reason with %j are refused', async (text) => {
    expect((await callJson('/api/admin/affiliates', { token: ADMIN_TOKEN, json: { name: text } })).status).toBe(400);
    expect(
      (
        await callJson('/api/admin/tiers/tir_member', {
          token: ADMIN_TOKEN,
          method: 'PUT',
          json: { name: text, rateBp: 5000, overrideL1Bp: 0, overrideL2Bp: 0 },
        })
      ).status,
    ).toBe(400);
  });

  it('white space is folded and lengths hold after folding', async () => {
    const made = await callJson('/api/admin/affiliates', { token: ADMIN_TOKEN, json: { name: '  小\t\n 王   团队 ' } });
    expect(made.status).toBe(201);
    expect(made.body.name).toBe('小 王 团队');
    const boss = await makeAffiliate();
    const { body: link } = await callJson('/api/me/invites', { token: boss.apiKey, json: {} });
    expect((await callJson('/api/join', { json: { inviteCode: link.code, name: `${'名'.repeat(40)}   ` } })).status).toBe(201);
    expect((await callJson('/api/join', { json: { inviteCode: link.code, name: '名'.repeat(41) } })).status).toBe(400);
  });
});

describe('bounded errors', () => {
  it('a row error quotes at most 200 characters of a cell, and the answer stays under 64 KiB however many rows fail', async () => {
    const header = 'orderId,skuId,orderTime,modifyTime,skuName,estimateCosPrice,estimateFee,validCode';
    const huge = `2026-11-20 ${'9'.repeat(8 * 1024 * 1024)}`;
    const rows = [`31${Date.now()}0,100012043978,${huge},,AirPods,1499.00,40.47,16`];
    for (let i = 1; i <= 3000; i++) rows.push(`31${Date.now()}${i},100012043978,${'x'.repeat(1000)},,AirPods,1499.00,40.47,16`);
    const res = await call('/api/admin/orders/import', {
      token: ADMIN_TOKEN,
      body: (() => {
        const form = new FormData();
        form.set('network', 'jd');
        form.set('file', new File([[header, ...rows].join('\n')], 'jd.csv', { type: 'text/csv' }));
        return form;
      })(),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeLessThan(64 * 1024);
    const body = JSON.parse(text) as { rejected: number; errors: Array<{ row: number; message: string }>; batchId: string };
    expect(body.rejected).toBe(3001);
    expect(body.errors[0]!.row).toBe(2);
    expect(body.errors[0]!.message.length).toBeLessThanOrEqual(260);
    const stored = await env.DB.prepare('SELECT max(length(message)) AS n, count(*) AS c FROM import_row_errors WHERE batch_id = ?')
      .bind(body.batchId)
      .first<{ n: number; c: number }>();
    expect(stored!.n).toBeLessThanOrEqual(400);
    expect(stored!.c).toBe(1000); // the first 1,000 kept; all 3,001 counted
  });

  it('a truncated or corrupt spreadsheet is 422 DAMAGED_FILE, in Chinese', async () => {
    const xls = Uint8Array.from(atob(env.ORDER_FIXTURES['taobao/OrderDetail-2026-11-20.xls']!), (ch) => ch.charCodeAt(0));
    for (const bytes of [xls.subarray(0, xls.length >> 1), new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array(300).fill(9)])]) {
      const { status, body } = await importReport('taobao', bytes, 'OrderDetail.xls');
      expect(status).toBe(422);
      expect(body.error.code).toBe('DAMAGED_FILE');
      expect(body.error.message).toContain('文件已损坏或不完整');
    }
  });
});

describe('order search', () => {
  it('answers 18 Chinese characters, and % and _ match themselves', async () => {
    const q = encodeURIComponent('蓝月亮洗衣液深层洁净三公斤两瓶装家庭');
    expect((await call(`/api/admin/reports/orders?q=${q}`, { token: ADMIN_TOKEN })).status).toBe(200);
    const wild = await callJson(`/api/admin/reports/orders?q=${encodeURIComponent('%_%')}`, { token: ADMIN_TOKEN });
    expect(wild.status).toBe(200);
    expect(wild.body.orders).toEqual([]);
    expect((await call(`/api/admin/reports/orders?q=${'a'.repeat(101)}`, { token: ADMIN_TOKEN })).status).toBe(400);
  });
});

describe('network links', () => {
  it('a tracked link with CR/LF is refused as a network error: the code stays untracked with the reason, and clicks still redirect', async () => {
    await connect('jd');
    const sku = String(100_000_000 + Math.floor(Math.random() * 800_000_000));
    await sim('jd-short-url', { sku, url: 'https://u.jd.com/Sim1\r\nSet-Cookie: owned=1' });
    const { apiKey } = await makeAffiliate();
    const minted = await callJson('/api/codes', { token: apiKey, json: { url: `https://item.jd.com/${sku}.html` } });
    expect(minted.status).toBe(201);
    expect(minted.body.tracking).toBe('none');
    expect(minted.body.trackingDetail).toContain('https');
    const redirect = await call(`/s/${minted.body.code}`);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('Location')).toBe(`https://item.jd.com/${sku}.html`);
  });

  it('a tracked link is stored as parsed and written again', async () => {
    await connect('jd');
    const sku = String(100_000_000 + Math.floor(Math.random() * 800_000_000));
    await sim('jd-short-url', { sku, url: 'https://U.JD.COM:443/a/../Sim9?x=1#frag' });
    const { apiKey } = await makeAffiliate();
    const minted = await callJson('/api/codes', { token: apiKey, json: { url: `https://item.jd.com/${sku}.html` } });
    expect(minted.body.tracking).toBe('network');
    const stored = await env.DB.prepare('SELECT tracked_url AS url FROM share_codes WHERE code = ?').bind(minted.body.code).first<{ url: string }>();
    expect(stored!.url).toBe('https://u.jd.com/Sim9?x=1#frag');
  });
});

describe('answers', () => {
  it('404 for an unknown affiliate’s statement and an unknown outlier line', async () => {
    const statement = await call('/api/admin/affiliates/aff_nobody/statements/2026-11', { token: ADMIN_TOKEN });
    expect(statement.status).toBe(404);
    expect((await errorOf(statement)).code).toBe('NOT_FOUND');
    expect((await call('/api/admin/orders/ord_nobody/confirm-outlier', { token: ADMIN_TOKEN, json: {} })).status).toBe(404);
  });

  it('answers that carry a key, token or session are never cached', async () => {
    const made = await call('/api/admin/affiliates', { token: ADMIN_TOKEN, json: { name: '缓存测试' } });
    expect(made.headers.get('Cache-Control')).toBe('no-store');
    const { apiKey } = (await made.json()) as { apiKey: string };
    const { body: link } = await callJson('/api/me/invites', { token: apiKey, json: {} });
    expect((await call('/api/join', { json: { inviteCode: link.code, name: '新人' } })).headers.get('Cache-Control')).toBe('no-store');
    const page = await call(`/join/${link.code}`, {
      body: new URLSearchParams({ name: '新人二' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(page.status).toBe(201);
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    expect((await call('/api/admin/session', { json: { token: ADMIN_TOKEN } })).headers.get('Cache-Control')).toBe('no-store');
    expect((await call('/api/me/summary', { token: apiKey })).headers.get('Cache-Control')).toBe('no-store');
  });
});
