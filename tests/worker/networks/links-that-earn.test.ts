import { describe, expect, it, vi } from 'vitest';
import { env } from 'cloudflare:workers';
import { api, bearer, errorOf, ADMIN_TOKEN, call, makeAffiliate } from '../client';
import { balances, earningsOf } from '../orders-helpers';
import { connect, SIM_CREDENTIALS, sim, syncNow } from './sim';

// Connect → mint → redirect → order pull → attribution → ledger → earnings, per network, against the
// simulator; and the failures: bad credentials, an item outside the programme, rate limits.

const WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const SECRETS = [SIM_CREDENTIALS.taobao.appSecret, SIM_CREDENTIALS.jd.appSecret, SIM_CREDENTIALS.pdd.clientSecret];

async function mint(apiKey: string, url: string) {
  const res = await call('/api/codes', { token: apiKey, json: { url } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('links that earn, through the simulated networks', () => {
  it('refuses bad credentials with the network’s own code, and stores good ones encrypted, never showing a secret', async () => {
    const wrong = await connect('taobao', { ...SIM_CREDENTIALS.taobao, appSecret: 'not-the-secret' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toEqual({ code: 'NETWORK_REJECTED', message: '[taobao 25] Invalid signature' });
    const badKey = await connect('pdd', { ...SIM_CREDENTIALS.pdd, clientId: 'nobody' });
    expect(badKey.body.error.code).toBe('NETWORK_REJECTED');

    for (const network of ['taobao', 'jd', 'pdd'] as const) {
      const ok = await connect(network);
      expect(ok.status, network).toBe(200);
      expect(ok.body).toMatchObject({ network, connected: true, simulated: true, lastError: null });
      expect(ok.body.maskedKey).toMatch(/\*\*\*/);
    }
    const list = await (await call('/api/admin/networks', { token: ADMIN_TOKEN })).text();
    const stored = JSON.stringify((await env.DB.prepare('SELECT * FROM network_connections').all()).results);
    const audit = JSON.stringify((await env.DB.prepare("SELECT detail FROM audit_log WHERE action = 'network.connect'").all()).results);
    for (const secret of SECRETS) {
      expect(list).not.toContain(secret);
      expect(stored).not.toContain(secret);
      expect(audit).not.toContain(secret);
    }
  });

  it('JD: mints with the code as subUnionId, redirects to the tracked link, pulls the order and books it', async () => {
    await connect('jd');
    const { id, apiKey } = await makeAffiliate();
    const minted = await mint(apiKey, 'https://item.jd.com/100012043978.html');
    expect(minted.status).toBe(201);
    expect(minted.body).toMatchObject({ tracking: 'network', trackingNote: null, simulated: true });
    expect(minted.body.offer).toMatchObject({ priceFen: 149900, commissionRateBp: 300, affiliateEarnsFen: 2249, sales: 880 });
    // Without a title from the page, the network's name for the item fills the share text.
    expect(minted.body.shareText).toContain('【京东】模拟商品 100012043978 ¥1499');
    const redirect = await call(`/s/${minted.body.code}`);
    expect(redirect.status).toBe(302);
    const tracked = redirect.headers.get('Location')!;
    expect(tracked).toMatch(/^https:\/\/u\.jd\.com\/Sim\d+$/);

    const bought = await sim('purchase', { trackedUrl: tracked, commissionFen: 4047 });
    const pulled = await syncNow('jd');
    expect(pulled.status).toBe(200);
    expect(pulled.body).toMatchObject({ pulled: 1, inserted: 1 });
    const how = await env.DB.prepare("SELECT a.method, a.code FROM attributions a JOIN orders o ON o.id = a.order_id WHERE o.network = 'jd' AND o.line_id = ?1")
      .bind(bought.lineId.replace(/(\d+)(100012043978)$/, '$1-$2'))
      .first();
    expect(how).toEqual({ method: 'sub_id', code: minted.body.code });
    expect(await balances(id)).toEqual({ pending: 2024 });
    expect((await earningsOf(apiKey)).estimatedFen).toBe(2024);

    // Settled later: the next pull moves the line and the ledger.
    await sim('advance', { network: 'jd', lineId: bought.lineId, to: 'settled' });
    expect((await syncNow('jd')).body).toMatchObject({ updated: 1 });
    expect(await balances(id)).toEqual({ pending: 0, available: 2024 });
  });

  it('Taobao: the WeChat landing carries the network’s 淘口令; the order is matched by click time and by relation id', async () => {
    await connect('taobao');
    const { id, apiKey } = await makeAffiliate();
    const minted = await mint(apiKey, 'https://detail.tmall.com/item.htm?id=612345678901');
    expect(minted.body).toMatchObject({ tracking: 'network', networkPassword: expect.stringMatching(/^￥Sim\w+￥$/) });
    expect(minted.body.shareText).toContain(minted.body.networkPassword);
    expect(minted.body.shareText).not.toContain(minted.body.password);
    expect(minted.body.offer).toMatchObject({ priceFen: 12900, couponFen: 2000, priceAfterCouponFen: 10900 });
    // One 到手价 everywhere: the share text and the friend's landing say ¥109 after the ¥20 coupon, ¥129 before.
    expect(minted.body.shareText).toContain('¥109 券后价 · 原价¥129 · 领券减20元');
    const landing = await (await call(`/s/${minted.body.code}`, { headers: { 'User-Agent': WECHAT, 'Accept-Language': 'zh-CN' } })).text();
    expect(landing).toContain(minted.body.networkPassword);
    const price = /<p class="price"[^>]*>([\s\S]*?)<\/p>/.exec(landing)![1]!.replace(/\s+/g, ' ').trim();
    expect(price).toBe('<small>券后价</small> ¥109 <s>原价 ¥129</s> <span class="coupon">券 ¥20</span>');
    const redirect = await call(`/s/${minted.body.code}`);
    const tracked = redirect.headers.get('Location')!;
    expect(tracked).toMatch(/^https:\/\/s\.click\.taobao\.com\/sim\d+$/);
    const clickedAt = (await env.DB.prepare('SELECT max(at) AS at FROM clicks WHERE code = ?1').bind(minted.body.code).first<{ at: number }>())!.at;
    await sim('purchase', { trackedUrl: tracked, clickAt: clickedAt + 1_000, commissionFen: 645 });
    expect((await syncNow('taobao')).body).toMatchObject({ pulled: 1, inserted: 1 });
    expect(await balances(id)).toEqual({ pending: 323 });

    // An affiliate with a registered relation id mints links the network credits to them by that id.
    const member = await makeAffiliate();
    await call(`/api/admin/affiliates/${member.id}/channel-ids`, { token: ADMIN_TOKEN, json: { network: 'taobao', channelId: 'relation:2788001234' } });
    const theirs = await mint(member.apiKey, 'https://item.taobao.com/item.htm?id=655443322110');
    const theirsUrl = (await call(`/s/${theirs.body.code}`)).headers.get('Location')!;
    await sim('purchase', { trackedUrl: theirsUrl, clickAt: Date.now() - 3_600_000, commissionFen: 1000 });
    await syncNow('taobao');
    expect(await balances(member.id)).toEqual({ pending: 500 });
  });

  it('PDD: custom_parameters carry the code back', async () => {
    await connect('pdd');
    const { id, apiKey } = await makeAffiliate();
    const minted = await mint(apiKey, 'https://mobile.yangkeduo.com/goods.html?goods_id=123456789012');
    expect(minted.body).toMatchObject({ tracking: 'network', offer: { priceFen: 2990, couponFen: 300, commissionRateBp: 500, sales: 10_000 } }); // sales_tip "1万+"
    const tracked = (await call(`/s/${minted.body.code}`)).headers.get('Location')!;
    expect(tracked).toMatch(/^https:\/\/p\.pinduoduo\.com\/Sim\d+$/);
    await sim('purchase', { trackedUrl: tracked, commissionFen: 149 });
    expect((await syncNow('pdd')).body).toMatchObject({ pulled: 1, inserted: 1 });
    expect(await balances(id)).toEqual({ pending: 75 });
  });

  it('an item outside the programme still gets a code, which says plainly that it earns nothing', async () => {
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    const minted = await mint(apiKey, 'https://item.jd.com/999999999999.html');
    expect(minted.status).toBe(201);
    expect(minted.body).toMatchObject({ tracking: 'none', networkPassword: null });
    expect(minted.body.trackingNote).toContain('商品不在推广中');
    expect((await call(`/s/${minted.body.code}`)).headers.get('Location')).toBe('https://item.jd.com/999999999999.html');
  });

  it('a rate-limited network is retried with backoff; a window that still fails is pulled again later, never skipped', async () => {
    await connect('pdd');
    const { id, apiKey } = await makeAffiliate();
    const minted = await mint(apiKey, 'https://mobile.yangkeduo.com/goods.html?goods_id=123456789013');
    const tracked = (await call(`/s/${minted.body.code}`)).headers.get('Location')!;
    await syncNow('pdd'); // the cursor is now
    await sim('purchase', { trackedUrl: tracked, commissionFen: 300 });
    await sim('rate-limit', { network: 'pdd', calls: 1 });
    expect((await syncNow('pdd')).body).toMatchObject({ inserted: 1 }); // one refusal, then through (re-reads overlap: pulled may be more)
    await sim('purchase', { trackedUrl: tracked, commissionFen: 500 });
    await sim('rate-limit', { network: 'pdd', calls: 10 });
    const failed = await syncNow('pdd');
    expect(failed.status).toBe(502);
    expect(failed.body.error.code).toBe('NETWORK_UNAVAILABLE');
    const status = await (await api.api.admin.networks.$get({}, bearer(ADMIN_TOKEN))).json();
    expect(status.networks.find((n) => n.network === 'pdd')!.lastError).toContain('52101');
    await sim('rate-limit', { network: 'pdd', calls: 0 });
    expect((await syncNow('pdd')).body).toMatchObject({ inserted: 1 });
    expect(await balances(id)).toEqual({ pending: 150 + 250 });
  });

  it('JD without the subUnionId permission mints through the site API and says the code is told apart by click time', async () => {
    await connect('jd', { ...SIM_CREDENTIALS.jd, appKey: 'sim-jd-app-basic' });
    const { apiKey } = await makeAffiliate();
    const minted = await mint(apiKey, 'https://item.jd.com/100038004353.html');
    expect(minted.body.tracking).toBe('network');
    expect(minted.body.trackingNote).toContain('点击时间');
    await connect('jd');
  });

  it('no secret reaches a log line', async () => {
    const logs: string[] = [];
    const spies = (['log', 'info', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' '))),
    );
    await connect('taobao', { ...SIM_CREDENTIALS.taobao, appSecret: 'wrong-secret-value' });
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    await mint(apiKey, 'https://item.jd.com/100012043979.html');
    await syncNow('jd');
    for (const spy of spies) spy.mockRestore();
    for (const secret of [...SECRETS, 'wrong-secret-value']) expect(logs.join('\n')).not.toContain(secret);
  });
});

describe('network routes refuse bad input clearly', () => {
  it('sync with a broken body, an unknown network, or an unconnected one', async () => {
    const broken = await call('/api/admin/networks/jd/sync', {
      token: ADMIN_TOKEN,
      method: 'POST',
      body: '{nope',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect((await errorOf(broken)).code).toBe('BAD_JSON');
    const unknown = await call('/api/admin/networks/amazon/sync', { token: ADMIN_TOKEN, method: 'POST', body: '' });
    expect(unknown.status).toBe(400);
    const range = await call('/api/admin/networks/jd/sync', { token: ADMIN_TOKEN, method: 'POST', json: { from: 1_764_000_000_000, to: 1_763_000_000_000 } });
    expect(await errorOf(range)).toEqual({ code: 'VALIDATION_FAILED', message: 'from must be before to' });
    await call('/api/admin/networks/pdd', { token: ADMIN_TOKEN, method: 'DELETE' });
    const notConnected = await call('/api/admin/networks/pdd/sync', { token: ADMIN_TOKEN, method: 'POST', body: '' });
    expect(notConnected.status).toBe(409);
  });
});
