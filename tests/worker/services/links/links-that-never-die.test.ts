import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { shareCodeSchema } from '../../../../shared/schemas/codes';
import { chinaDayNumber } from '../../../../shared/china-time';
import { openDb } from '../../../../worker/db/client';
import { renewDueLinks } from '../../../../worker/services/links/renew-links';
import { ADMIN_TOKEN, call, callJson, makeAffiliate } from '../../client';
import { click, deliver } from '../../click-helpers';
import { connect, sim } from '../../networks/sim';

// A code shared today must still earn when it is clicked in a year: the network's link is renewed before it
// lapses while people click the code, a lapsed one is never handed out, a withdrawn item is shown as such,
// and no affiliate can spend the operator's quota. Times are moved by passing `now` to the cron and by
// writing a link's expiry; the simulator is shared by all worker test files, so each test owns its items.

const DAY = 86_400_000;
const WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const sku = () => String(100_000_000 + Math.floor(Math.random() * 800_000_000));
const db = () => openDb(env.DB);

async function mint(apiKey: string, url: string) {
  const res = await call('/api/codes', { token: apiKey, json: { url } });
  return { status: res.status, retryAfter: res.headers.get('Retry-After'), body: (await res.json()) as Record<string, any> };
}
const own = async (apiKey: string, code: string) => shareCodeSchema.parse((await callJson(`/api/me/codes/${code}`, { token: apiKey })).body);
const setting = (values: Record<string, number>) => call('/api/admin/settings', { token: ADMIN_TOKEN, method: 'PUT', json: values });
const usage = async (network: string) =>
  (await env.DB.prepare('SELECT mints, renewals, pulls FROM network_usage WHERE network = ? AND day = ?')
    .bind(network, chinaDayNumber(Date.now()))
    .first()) ?? {
    mints: 0,
    renewals: 0,
    pulls: 0,
  };

describe('every network link knows its life', () => {
  it('a JD code: minted now, lapsing in 60 days; GET /api/me/codes/:code says so; another affiliate’s code is not found', async () => {
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    const before = Date.now();
    const minted = await mint(apiKey, `https://item.jd.com/${sku()}.html`);
    expect(minted.status).toBe(201);
    const code = await own(apiKey, minted.body.code);
    expect(code.link).toMatchObject({ tracking: 'network', status: 'live', url: expect.stringMatching(/^https:\/\/u\.jd\.com\//) });
    expect(code.link!.mintedAt).toBeGreaterThanOrEqual(before);
    expect(code.link!.expiresAt! - code.link!.mintedAt!).toBe(60 * DAY);
    const other = await makeAffiliate();
    expect((await call(`/api/me/codes/${minted.body.code}`, { token: other.apiKey })).status).toBe(404);
  });
});

describe('renewal', () => {
  it('the cron renews a clicked JD link at 59 days, leaves an idle one alone; at 61 days a click mints afresh, never the lapsed link', async () => {
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    const clicked = (await mint(apiKey, `https://item.jd.com/${sku()}.html`)).body;
    const idle = (await mint(apiKey, `https://item.jd.com/${sku()}.html`)).body;
    const start = (await own(apiKey, clicked.code)).link!;
    const idleStart = (await own(apiKey, idle.code)).link!;
    // A person clicks it on day 55.
    await deliver([await click(clicked.code, '198.51.100.31', WECHAT.replace('iPhone', 'iPad'), start.mintedAt! + 55 * DAY)]);

    const at59 = start.mintedAt! + 59 * DAY;
    const run = await renewDueLinks(db(), env, at59);
    expect(run.minted).toBeGreaterThanOrEqual(1);
    const renewed = (await own(apiKey, clicked.code)).link!;
    expect(renewed).toMatchObject({ status: 'renewed', renewedAt: at59, mintedAt: at59, expiresAt: at59 + 60 * DAY });
    expect(renewed.url).not.toBe(start.url);
    expect((await own(apiKey, idle.code)).link).toMatchObject({ status: 'live', mintedAt: idleStart.mintedAt, url: idleStart.url }); // nobody clicks it

    // Day 61 for the idle one: its link has lapsed; the click gets a fresh link, minted inline.
    await env.DB.prepare('UPDATE share_codes SET link_expires_at = ? WHERE code = ?')
      .bind(Date.now() - 1, idle.code)
      .run();
    const lapsedUrl = (await own(apiKey, idle.code)).link!.url;
    const res = await call(`/s/${idle.code}`);
    expect(res.status).toBe(302);
    const fresh = (await own(apiKey, idle.code)).link!;
    expect(fresh.status).toBe('renewed');
    expect(res.headers.get('Location')).toBe(fresh.url);
    expect(fresh.url).not.toBe(lapsedUrl);
  });

  it('twenty clicks at once on a lapsed link mint once, and none is sent to the lapsed link', async () => {
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    const { code } = (await mint(apiKey, `https://item.jd.com/${sku()}.html`)).body;
    const lapsedUrl = (await own(apiKey, code)).link!.url;
    await env.DB.prepare('UPDATE share_codes SET link_expires_at = ? WHERE code = ?')
      .bind(Date.now() - 1, code)
      .run();
    const renewalsBefore = Number((await usage('jd')).renewals);
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(`/s/${code}`)));
    for (const answer of answers) {
      expect(answer.status).toBe(302);
      expect(answer.headers.get('Location')).not.toBe(lapsedUrl);
    }
    expect(Number((await usage('jd')).renewals) - renewalsBefore).toBe(2); // one mint: two calls
    const fresh = (await own(apiKey, code)).link!;
    expect(answers.filter((a) => a.headers.get('Location') === fresh.url).length).toBeGreaterThanOrEqual(1);
  });

  it('the WeChat landing never shows a lapsed 淘口令', async () => {
    await connect('taobao');
    const { apiKey } = await makeAffiliate();
    const { code, networkPassword } = (await mint(apiKey, `https://item.taobao.com/item.htm?id=6${sku()}0`)).body;
    expect(networkPassword).toMatch(/￥Sim/);
    await env.DB.prepare('UPDATE share_codes SET link_expires_at = ? WHERE code = ?')
      .bind(Date.now() - 1, code)
      .run();
    const page = await (await call(`/s/${code}`, { headers: { 'User-Agent': WECHAT } })).text();
    const fresh = (await own(apiKey, code)).link!;
    expect(fresh.password).toMatch(/￥Sim/);
    expect(fresh.password).not.toBe(networkPassword);
    expect(page).toContain(fresh.password!);
    expect(page).not.toContain(networkPassword);
  });
});

describe('withdrawn items and ended coupons', () => {
  it('an item the network withdraws: the code goes offline with the reason, friends get a Chinese page and the shop link, the affiliate sees it listed', async () => {
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    const item = sku();
    const { code } = (await mint(apiKey, `https://item.jd.com/${item}.html`)).body;
    const minted = (await own(apiKey, code)).link!;
    await deliver([await click(code, '198.51.100.41', WECHAT.replace('iPhone', 'iPad'), minted.mintedAt! + 40 * DAY)]);
    await sim('withdraw', { network: 'jd', itemId: item });
    const run = await renewDueLinks(db(), env, minted.mintedAt! + 59 * DAY);
    expect(run.withdrawn).toBeGreaterThanOrEqual(1);
    const link = (await own(apiKey, code)).link!;
    expect(link.status).toBe('offline');
    expect(link.reason).toContain('商品不在推广中');
    const page = await call(`/s/${code}`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('商品已下架或已停止推广');
    expect(text).toContain(`https://item.jd.com/${item}.html`);
    expect(text).not.toContain(minted.url!);
    const offline = (await callJson('/api/me/codes/offline', { token: apiKey })).body.codes as Array<{ code: string; reason: string }>;
    expect(offline.map((c) => c.code)).toContain(code);
  });

  it('a coupon that ended: the renewed offer has no coupon and the share text says the new price', async () => {
    await connect('taobao');
    const { apiKey } = await makeAffiliate();
    const item = `6${sku()}1`;
    const first = (await mint(apiKey, `https://item.taobao.com/item.htm?id=${item}`)).body;
    expect(first.offer).toMatchObject({ couponFen: 2000, priceAfterCouponFen: 10900 });
    await deliver([await click(first.code, '198.51.100.51', WECHAT.replace('iPhone', 'iPad'), Date.now())]);
    await sim('end-coupon', { itemId: item });
    await renewDueLinks(db(), env, Date.now() + 6 * DAY);
    const renewed = await own(apiKey, first.code);
    expect(renewed.link!.status).toBe('renewed');
    expect(renewed.offer).toMatchObject({ couponFen: null, priceAfterCouponFen: 12900 });
    expect(renewed.shareText).not.toContain('券20元');
  });
});

describe('the operator’s quota', () => {
  it('one affiliate may mint 5 a minute (set so): the sixth of six at once is 429 with Retry-After', async () => {
    await connect('jd');
    await setting({ mintsPerMinute: 5 });
    const { apiKey } = await makeAffiliate();
    const answers = await Promise.all(Array.from({ length: 6 }, () => mint(apiKey, `https://item.jd.com/${sku()}.html`)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // Asking again for a code that exists costs nothing and is never refused.
    expect((await mint(apiKey, `https://item.jd.com/${answers[0]!.body.product.productId}.html`)).status).toBe(200);
    await setting({ mintsPerMinute: 60 });
  });

  it('a quota near its end refuses renewals first and mints last; the 联盟账号 page shows today’s use', async () => {
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    const { code } = (await mint(apiKey, `https://item.jd.com/${sku()}.html`)).body;
    await deliver([await click(code, '198.51.100.61', WECHAT.replace('iPhone', 'iPad'), Date.now())]);
    // Today has spent 98 of a 100-call budget: renewals (80 %) are out, one more mint (2 calls) still fits.
    const used = (await usage('jd')) as { mints: number; renewals: number; pulls: number };
    const spent = Number(used.mints) + Number(used.renewals) + Number(used.pulls);
    await env.DB.prepare('UPDATE network_usage SET pulls = pulls + ? WHERE network = ? AND day = ?')
      .bind(98 - spent, 'jd', chinaDayNumber(Date.now()))
      .run();
    await setting({ networkDailyCalls: 100 });
    await env.DB.prepare('UPDATE share_codes SET link_expires_at = ? WHERE code = ?')
      .bind(Date.now() + 2 * DAY, code)
      .run();
    const run = await renewDueLinks(db(), env);
    expect(run['over-quota']).toBe(1);
    expect((await own(apiKey, code)).link!.status).toBe('live');
    expect((await mint(apiKey, `https://item.jd.com/${sku()}.html`)).body.tracking).toBe('network');
    // Now the day is spent: a mint leaves the code untracked, saying why.
    const last = (await mint(apiKey, `https://item.jd.com/${sku()}.html`)).body;
    expect(last.tracking).toBe('none');
    expect(last.trackingDetail).toContain('额度已用完');
    const status = ((await callJson('/api/admin/networks', { token: ADMIN_TOKEN })).body.networks as Array<Record<string, any>>).find(
      (n) => n.network === 'jd',
    )!;
    expect(status.usageToday.mints).toBeGreaterThan(0);
    expect(status.usageToday.budget).toBe(100);
    await setting({ networkDailyCalls: 20_000 });
  });
});
