import { describe, expect, it } from 'vitest';
import { chinaDayNumber, dateOfChinaDay } from '../../../shared/china-time';
import { env } from 'cloudflare:workers';
import { issueSession } from '../../../worker/services/admin-session';
import { openDb } from '../../../worker/db/client';
import { breakdownSchema, overviewSchema } from '../../../shared/schemas/reports';
import { ADMIN_TOKEN, api, BASE, bearer, call, errorOf, makeAffiliate, makeCode } from '../client';
import { click, deliver } from '../click-helpers';
import { orderLine, pushOrders } from '../orders-helpers';

async function signIn(): Promise<string> {
  const res = await call('/api/admin/session', { json: { token: ADMIN_TOKEN }, headers: { Origin: BASE } });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('Set-Cookie')!;
  expect(cookie).toMatch(/^dh_admin=[a-z0-9]{24}\.\d{13}\.[0-9a-f]{64};/);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0]!;
}

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('dashboard sign-in', () => {
  it('exchanges the admin token for a session cookie that opens the admin API', async () => {
    const cookie = await signIn();
    expect((await call('/api/admin/reports/affiliates', { headers: { Cookie: cookie } })).status).toBe(200);
    const out = await call('/api/admin/session', { method: 'DELETE', headers: { Cookie: cookie, Origin: BASE } });
    expect(out.headers.get('Set-Cookie')).toMatch(/dh_admin=;/);
    // Signing out revokes the session itself: a copy of the cookie no longer opens anything.
    expect((await call('/api/admin/reports/affiliates', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it.each([
    ['no credentials', {}],
    ['an affiliate key', 'affiliate'],
    ['an expired session', 'expired'],
    ['a forged session', { Cookie: `dh_admin=${'a'.repeat(24)}.${Date.now() + 3_600_000}.${'0'.repeat(64)}` }],
  ] as Array<[string, string | Record<string, string>]>)('refuses %s', async (_, how) => {
    let headers: Record<string, string> = typeof how === 'object' ? how : {};
    if (how === 'affiliate') headers = { Authorization: `Bearer ${(await makeAffiliate()).apiKey}` };
    if (how === 'expired') headers = { Cookie: `dh_admin=${await issueSession(openDb(env.DB), ADMIN_TOKEN, Date.now() - 13 * 3_600_000)}` };
    const res = await call('/api/admin/reports/affiliates', { headers });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('UNAUTHORIZED');
  });

  it('refuses a wrong token and a cross-site write with the cookie', async () => {
    expect((await call('/api/admin/session', { json: { token: 'guess' } })).status).toBe(401);
    const cookie = await signIn();
    const { id } = await makeAffiliate();
    const crossSite = await call(`/api/admin/reports/affiliates/${id}/disabled`, {
      method: 'PUT',
      json: { disabled: true },
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await call(`/api/admin/reports/affiliates/${id}/disabled`, {
      method: 'PUT',
      json: { disabled: true },
      headers: { Cookie: cookie, Origin: BASE },
    });
    expect(sameSite.status).toBe(200);
  });
});

describe('dashboard data', () => {
  it('overview: KPIs, the previous period and a daily series', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    await call(`/s/${code}`);
    await call(`/s/${code}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } });
    await pushOrders([orderLine({ subId: code, paidAmountFen: 149900, estimatedCommissionFen: 4047, orderedAt: Date.now() - 60_000 })]);
    const res = await call(`/api/admin/reports/overview?from=${today()}&to=${today()}`, { token: ADMIN_TOKEN });
    const body = overviewSchema.parse(await res.json());
    expect(body.current).toMatchObject({ orders: expect.any(Number), gmvFen: expect.any(Number) });
    expect(body.current.clicks).toBeGreaterThanOrEqual(1);
    expect(body.current.bots).toBeGreaterThanOrEqual(1);
    expect(body.current.gmvFen).toBeGreaterThanOrEqual(149900);
    expect(body.series).toEqual([expect.objectContaining({ day: today() })]);
    expect(body.previous).toBeDefined();
    const bad = await call('/api/admin/reports/overview?from=2026-12-01&to=2026-11-01', { token: ADMIN_TOKEN });
    expect(bad.status).toBe(400);
    // The breakdown checks its range the same way.
    for (const range of ['from=2026-12-01&to=2026-11-01', 'from=2024-01-01&to=2026-01-01']) {
      const res = await call(`/api/admin/reports/breakdown?${range}&dimension=code`, { token: ADMIN_TOKEN });
      expect(res.status, range).toBe(400);
      expect((await errorOf(res)).code).toBe('VALIDATION_FAILED');
    }
  });

  it('overview: exact KPIs and change against the previous period on a quiet past range', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const day = (iso: string) => Date.parse(`${iso}T12:00:00+08:00`);
    await pushOrders([
      orderLine({ subId: code, paidAmountFen: 10000, estimatedCommissionFen: 500, orderedAt: day('2025-01-10'), sourceUpdatedAt: day('2025-01-10') }),
      orderLine({
        subId: code,
        paidAmountFen: 20000,
        estimatedCommissionFen: 900,
        status: 'settled',
        actualCommissionFen: 800,
        orderedAt: day('2025-01-11'),
        sourceUpdatedAt: day('2025-01-11'),
      }),
      orderLine({
        subId: code,
        paidAmountFen: 5000,
        estimatedCommissionFen: 100,
        status: 'invalid',
        orderedAt: day('2025-01-11'),
        sourceUpdatedAt: day('2025-01-11'),
      }),
      orderLine({ subId: code, paidAmountFen: 7000, estimatedCommissionFen: 300, orderedAt: day('2025-01-08'), sourceUpdatedAt: day('2025-01-08') }),
    ]);
    const dayNumber = (iso: string) => Date.parse(iso) / 86_400_000;
    await env.DB.prepare(
      "INSERT INTO dimension_click_rollups (day, dimension, value, platform, humans, uniques, bots, previews) VALUES (?, 'platform', 'jd', 'jd', 40, 30, 5, 2)",
    )
      .bind(dayNumber('2025-01-10'))
      .run();
    const body = overviewSchema.parse(await (await call('/api/admin/reports/overview?from=2025-01-10&to=2025-01-11', { token: ADMIN_TOKEN })).json());
    expect(body.current).toEqual({
      clicks: 40,
      uniques: 30,
      bots: 5,
      previews: 2,
      orders: 2,
      gmvFen: 30000,
      estimatedFen: 500,
      settledFen: 800,
      conversion: 0.05,
    });
    expect(body.previous).toMatchObject({ clicks: 0, orders: 1, gmvFen: 7000 });
    expect(body.series).toEqual([
      { day: '2025-01-10', clicks: 40, orders: 1, commissionFen: 500 },
      { day: '2025-01-11', clicks: 0, orders: 1, commissionFen: 800 },
    ]);
    const jdOnly = overviewSchema.parse(
      await (await call('/api/admin/reports/overview?from=2025-01-10&to=2025-01-11&platform=taobao', { token: ADMIN_TOKEN })).json(),
    );
    expect(jdOnly.current).toMatchObject({ clicks: 0, orders: 0 });
  });

  it('breakdown by affiliate, and a CSV export that neutralises formulas', async () => {
    const evil = await makeAffiliate('=HYPERLINK("http://evil.example","点我")');
    const { code } = await makeCode(evil.apiKey, 'https://item.jd.com/100012043978.html');
    await call(`/s/${code}`);
    const json = breakdownSchema.parse(
      await (await call(`/api/admin/reports/breakdown?from=${today()}&to=${today()}&dimension=affiliate`, { token: ADMIN_TOKEN })).json(),
    );
    expect(json.rows.find((r) => r.key === evil.id)).toMatchObject({ label: evil.name, clicks: 1 });
    const csv = await call(`/api/admin/reports/breakdown?from=${today()}&to=${today()}&dimension=affiliate&format=csv&lang=en`, { token: ADMIN_TOKEN });
    expect(csv.headers.get('Content-Type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads the Chinese as UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('affiliate,label,clicks,orders,gmv_yuan,commission_yuan\r\n')).toBe(true);
    expect(text).toContain(`${evil.id},"'=HYPERLINK(""http://evil.example"",""点我"")",1,`);
    // Headed in Chinese unless English is asked for (the dashboard sends its language).
    const zh = await (await call(`/api/admin/reports/breakdown?from=${today()}&to=${today()}&dimension=product&format=csv`, { token: ADMIN_TOKEN })).text();
    expect(zh.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('商品,名称,点击,订单,成交额（元）,佣金（元）');
    for (const dimension of ['code', 'product', 'platform', 'channel', 'app', 'country', 'device']) {
      expect((await call(`/api/admin/reports/breakdown?from=${today()}&to=${today()}&dimension=${dimension}`, { token: ADMIN_TOKEN })).status, dimension).toBe(
        200,
      );
    }
  });

  it('per-affiliate order figures follow reassignment and voiding', async () => {
    const first = await makeAffiliate();
    const second = await makeAffiliate();
    const { code } = await makeCode(first.apiKey, 'https://item.jd.com/100012043978.html');
    const at = Date.parse('2025-02-10T12:00:00+08:00');
    const line = orderLine({ subId: code, paidAmountFen: 30000, estimatedCommissionFen: 1200, orderedAt: at, sourceUpdatedAt: at });
    await pushOrders([line]);
    const rows = async () =>
      Object.fromEntries(
        breakdownSchema
          .parse(await (await call('/api/admin/reports/breakdown?from=2025-02-10&to=2025-02-10&dimension=affiliate', { token: ADMIN_TOKEN })).json())
          .rows.map((r) => [r.key, [r.orders, r.gmvFen, r.commissionFen]]),
      );
    expect(await rows()).toEqual({ [first.id]: [1, 30000, 1200] });
    const order = await env.DB.prepare('SELECT id FROM orders WHERE line_id = ?').bind(line.lineId).first<{ id: string }>();
    await call(`/api/admin/orders/${order!.id}/attribution`, { method: 'PUT', token: ADMIN_TOKEN, json: { affiliateId: second.id } });
    expect(await rows()).toEqual({ [second.id]: [1, 30000, 1200] });
    await pushOrders([{ ...line, status: 'invalid', statusReason: 'validCode 3: 无效-取消', sourceUpdatedAt: at + 1000 }]);
    expect(await rows()).toEqual({});
  });

  it('orders: search with attribution and history', async () => {
    const { apiKey, name } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const line = orderLine({ subId: code, orderNo: '319988776655' });
    await pushOrders([line]);
    const body = await (await api.api.admin.reports.orders.$get({ query: { q: '99887766' } }, bearer(ADMIN_TOKEN))).json();
    expect(body.orders).toEqual([
      expect.objectContaining({
        orderNo: '319988776655',
        affiliateName: name,
        method: 'sub_id',
        confidence: 100,
        history: [expect.objectContaining({ reason: 'reported paid' })],
      }),
    ]);
  });

  it('affiliates: list with tier and team, disable (keys stop working), rotate key (old key dies)', async () => {
    const inviter = await makeAffiliate();
    const member = await makeAffiliate();
    await call(`/api/admin/affiliates/${member.id}`, { method: 'PATCH', token: ADMIN_TOKEN, json: { inviterId: inviter.id } });
    const list = await (await api.api.admin.reports.affiliates.$get({}, bearer(ADMIN_TOKEN))).json();
    expect(list.affiliates.find((a) => a.id === inviter.id)).toMatchObject({ team: 1, disabledAt: null });
    expect(list.affiliates.find((a) => a.id === member.id)).toMatchObject({ inviterName: inviter.name });

    await call(`/api/admin/reports/affiliates/${member.id}/disabled`, { method: 'PUT', token: ADMIN_TOKEN, json: { disabled: true } });
    expect((await call('/api/me/summary', { token: member.apiKey })).status).toBe(401);
    await call(`/api/admin/reports/affiliates/${member.id}/disabled`, { method: 'PUT', token: ADMIN_TOKEN, json: { disabled: false } });
    expect((await call('/api/me/summary', { token: member.apiKey })).status).toBe(200);

    const rotated = (await (await call(`/api/admin/reports/affiliates/${member.id}/rotate-key`, { method: 'POST', token: ADMIN_TOKEN })).json()) as {
      apiKey: string;
    };
    expect((await call('/api/me/summary', { token: member.apiKey })).status).toBe(401);
    expect((await call('/api/me/summary', { token: rotated.apiKey })).status).toBe(200);
    const audit = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE action IN ('affiliate.disable', 'affiliate.enable', 'affiliate.rotateKey')",
    ).first<{ n: number }>();
    expect(audit!.n).toBeGreaterThanOrEqual(3);
  });
});

describe('breakdowns', () => {
  // Each test gets a quiet past day of its own: four JD codes and one Tmall code, with known clicks and orders.
  const SORTS = ['clicks', 'orders', 'gmvFen', 'commissionFen'] as const;
  type Row = { key: string; clicks: number; orders: number; gmvFen: number; commissionFen: number };

  async function seed(day: string) {
    const at = Date.parse(`${day}T12:00:00+08:00`);
    const { apiKey, id } = await makeAffiliate();
    const id8 = (first = 1 + Math.floor(Math.random() * 9)) => `${first}${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const shops = [
      { platform: 'jd', item: id8(), clicks: 3, bots: 0, orders: [] as number[] },
      { platform: 'jd', item: id8(), clicks: 1, bots: 0, orders: [10_000, 20_000] },
      { platform: 'jd', item: id8(), clicks: 2, bots: 0, orders: [] },
      // Two rows whose clicks are 0, one on each side, the orders-only one first by key: the cut between
      // them must follow key order, not which side the row came from.
      { platform: 'jd', item: id8(1), clicks: 0, bots: 0, orders: [50_000] },
      { platform: 'jd', item: id8(9), clicks: 0, bots: 1, orders: [] },
      { platform: 'tmall', item: id8(), clicks: 1, bots: 0, orders: [8_000] },
    ];
    const codes: Array<(typeof shops)[number] & { code: string }> = [];
    for (const shop of shops) {
      const url = shop.platform === 'jd' ? `https://item.jd.com/${shop.item}.html` : `https://detail.tmall.com/item.htm?id=${shop.item}`;
      codes.push({ ...shop, code: (await makeCode(apiKey, url)).code });
    }
    const bot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    const visits = codes.flatMap((c) => [
      ...Array.from({ length: c.clicks }, (_, i) => click(c.code, `10.0.${i}.1`, undefined, at)),
      ...Array.from({ length: c.bots }, (_, i) => click(c.code, `10.9.${i}.1`, bot, at)),
    ]);
    await deliver(await Promise.all(visits));
    const lines = codes.flatMap((c) =>
      c.orders.map((gmv) =>
        orderLine({
          network: c.platform === 'jd' ? 'jd' : 'taobao',
          platform: c.platform,
          productId: c.item,
          productTitle: `商品 ${c.item}`,
          subId: c.code,
          paidAmountFen: gmv,
          estimatedCommissionFen: gmv / 20,
          orderedAt: at,
          sourceUpdatedAt: at,
        }),
      ),
    );
    // Nobody's line: counted under its platform, in no affiliate's, code's or product's row.
    lines.push(orderLine({ paidAmountFen: 7_000, estimatedCommissionFen: 350, orderedAt: at, sourceUpdatedAt: at }));
    expect((await pushOrders(lines)).status).toBe(200);
    const rows = (key: (c: (typeof codes)[number]) => string, only?: string): Row[] =>
      codes
        .filter((c) => (!only || c.platform === only) && (c.clicks > 0 || c.bots > 0 || c.orders.length > 0))
        .map((c) => ({
          key: key(c),
          clicks: c.clicks,
          orders: c.orders.length,
          gmvFen: c.orders.reduce((a, b) => a + b, 0),
          commissionFen: c.orders.reduce((a, b) => a + b / 20, 0),
        }));
    return { affiliateId: id, codes, rows };
  }

  const read = async (day: string, query: string): Promise<Row[]> => {
    const res = await call(`/api/admin/reports/breakdown?from=${day}&to=${day}&${query}`, { token: ADMIN_TOKEN });
    expect(res.status, query).toBe(200);
    return ((await res.json()) as { rows: Array<Row & { label: string }> }).rows.map(({ label: _, ...row }) => row);
  };
  // The reference: every key summed, sorted by the column (ties by key, in code-unit order), cut to the limit.
  const expected = (rows: Row[], sort: (typeof SORTS)[number], limit: number) =>
    [...rows].sort((a, b) => b[sort] - a[sort] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, limit);

  it('by code and by product: the top rows for every sort and limit, equal to summing everything', async () => {
    const day = '2024-03-10';
    const { rows } = await seed(day);
    const byCode = rows((c) => c.code);
    const byProduct = rows((c) => `${c.platform}:${c.item}`);
    for (const sort of SORTS) {
      for (const limit of [1, 2, 4, 5, 500]) {
        expect(await read(day, `dimension=code&sort=${sort}&limit=${limit}`), `code ${sort} ${limit}`).toEqual(expected(byCode, sort, limit));
        expect(await read(day, `dimension=product&sort=${sort}&limit=${limit}`), `product ${sort} ${limit}`).toEqual(expected(byProduct, sort, limit));
      }
    }
  });

  it('tells Tmall from Taobao and JD, and filters every dimension by platform from the rollups', async () => {
    // Yesterday: unique visitors are counted while a day's visitor set is kept (today and yesterday).
    const day = dateOfChinaDay(chinaDayNumber(Date.now()) - 1);
    const { affiliateId, rows, codes } = await seed(day);
    expect(await read(day, 'dimension=platform')).toEqual([
      { key: 'jd', clicks: 6, orders: 4, gmvFen: 87_000, commissionFen: 4_350 },
      { key: 'tmall', clicks: 1, orders: 1, gmvFen: 8_000, commissionFen: 400 },
    ]);
    expect(await read(day, 'dimension=code&platform=tmall')).toEqual(rows((c) => c.code, 'tmall'));
    // No page title was read for these products: a sold one is named by its orders, the others by key.
    const products = breakdownSchema.parse(
      await (await call(`/api/admin/reports/breakdown?from=${day}&to=${day}&dimension=product`, { token: ADMIN_TOKEN })).json(),
    ).rows;
    const labelOf = (c: (typeof codes)[number]) => products.find((r) => r.key === `${c.platform}:${c.item}`)?.label;
    for (const c of codes.filter((c) => c.clicks > 0 || c.bots > 0 || c.orders.length > 0)) {
      expect(labelOf(c)).toBe(c.orders.length ? `商品 ${c.item}` : `${c.platform}:${c.item}`);
    }
    expect(await read(day, 'dimension=affiliate&platform=jd')).toEqual([{ key: affiliateId, clicks: 6, orders: 3, gmvFen: 80_000, commissionFen: 4_000 }]);
    expect(await read(day, 'dimension=app&platform=tmall')).toEqual([{ key: '', clicks: 1, orders: 0, gmvFen: 0, commissionFen: 0 }]);
    expect(await read(day, 'dimension=country&platform=jd')).toEqual([{ key: 'CN', clicks: 6, orders: 0, gmvFen: 0, commissionFen: 0 }]);
    expect(await read(day, 'dimension=channel&platform=taobao')).toEqual([]);
    const overview = async (platform: string) =>
      overviewSchema.parse(await (await call(`/api/admin/reports/overview?from=${day}&to=${day}&platform=${platform}`, { token: ADMIN_TOKEN })).json()).current;
    expect(await overview('tmall')).toMatchObject({ clicks: 1, uniques: 1, bots: 0, orders: 1, gmvFen: 8_000 });
    expect(await overview('jd')).toMatchObject({ clicks: 6, uniques: 6, bots: 1, orders: 4, gmvFen: 87_000 });
    expect(await overview('taobao')).toMatchObject({ clicks: 0, orders: 0 });
  });
});

describe('key-guessing surfaces are rate limited per client IP', () => {
  it('sign-in allows 10 attempts a minute from one address; the 11th is refused, another address is not', async () => {
    const from = (ip: string, token = 'guess') => call('/api/admin/session', { json: { token }, headers: { 'CF-Connecting-IP': ip } });
    for (let i = 0; i < 10; i++) expect((await from('198.51.100.7')).status).toBe(401);
    const blocked = await from('198.51.100.7', ADMIN_TOKEN);
    expect(blocked.status).toBe(429);
    expect((await errorOf(blocked)).code).toBe('RATE_LIMITED');
    expect((await from('198.51.100.8', ADMIN_TOKEN)).status).toBe(200);
  });

  it('counts failures only: an admin who signs in often is never locked out', async () => {
    const from = (token: string) => call('/api/admin/session', { json: { token }, headers: { 'CF-Connecting-IP': '198.51.100.20' } });
    for (let i = 0; i < 15; i++) expect((await from(ADMIN_TOKEN)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await from('guess')).status).toBe(401);
    expect((await from(ADMIN_TOKEN)).status).toBe(200); // nine failures: still in
    expect((await from('guess')).status).toBe(401);
    expect((await from(ADMIN_TOKEN)).status).toBe(429); // the tenth failure closes the minute
  });

  it('20 guesses at once from one address: at most 10 are compared', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 20 }, () => call('/api/admin/session', { json: { token: 'guess' }, headers: { 'CF-Connecting-IP': '198.51.100.21' } })),
    );
    expect(guesses.filter((r) => r.status === 401)).toHaveLength(10);
    expect(guesses.filter((r) => r.status === 429)).toHaveLength(10);
    const stored = await env.DB.prepare('SELECT address_hash AS h FROM sign_in_attempts').all<{ h: string }>();
    expect(JSON.stringify(stored.results)).not.toContain('198.51.100'); // never the raw address
  });

  it('failed API keys are counted: 30 a minute, then 429', async () => {
    const guess = () => call('/api/me/summary', { token: `dh_${crypto.randomUUID()}`, headers: { 'CF-Connecting-IP': '198.51.100.9' } });
    for (let i = 0; i < 30; i++) expect((await guess()).status).toBe(401);
    expect((await guess()).status).toBe(429);
  });
});
