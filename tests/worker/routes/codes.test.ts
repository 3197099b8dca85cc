import { describe, expect, it } from 'vitest';
import { shareCodeSchema } from '../../../shared/schemas';
import { api, BASE, bearer, call, countRows, errorOf, makeAffiliate } from '../client';

describe('POST /api/codes', () => {
  it('mints a code with short link, password and share text for a JD product', async () => {
    const { apiKey } = await makeAffiliate();
    const res = await call('/api/codes', {
      token: apiKey,
      json: { url: 'https://item.jd.com/100012043978.html?bbtf=1#comment', title: 'Apple AirPods Pro', priceFen: 149900 },
    });
    expect(res.status).toBe(201);
    const body = shareCodeSchema.parse(await res.json());
    expect(body.code).toMatch(/^[2-9A-HJ-NP-Za-km-z]{8}$/);
    expect(body.shortUrl).toBe(`${BASE}/s/${body.code}`);
    expect(body.password).toBe(`￥${body.code}￥`);
    expect(body.product).toEqual({ platform: 'jd', productId: '100012043978', url: 'https://item.jd.com/100012043978.html' });
    expect(body.shareText).toContain('【京东】Apple AirPods Pro ¥1499');
    expect(body.shareText).toContain(body.shortUrl);
    expect(body.shareText).not.toContain(body.password); // JD links open directly; only Taobao/Tmall texts carry the password
  });

  it('returns the same code with 200 for the same affiliate, product and channel', async () => {
    const { apiKey } = await makeAffiliate();
    const first = await call('/api/codes', { token: apiKey, json: { url: 'https://detail.tmall.com/item.htm?id=612345678901', channel: 'wx-group' } });
    const again = await call('/api/codes', {
      token: apiKey,
      json: { url: 'https://detail.tmall.com/item.htm?spm=x&id=612345678901&skuId=1', channel: 'wx-group' },
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    const [a, b] = (await Promise.all([first.json(), again.json()])) as [{ code: string }, { code: string }];
    expect(b.code).toBe(a.code);
  });

  it('mints different codes per channel and per affiliate', async () => {
    const one = await makeAffiliate();
    const two = await makeAffiliate();
    const url = 'https://item.taobao.com/item.htm?id=678901234567';
    const codes = await Promise.all([
      call('/api/codes', { token: one.apiKey, json: { url } }),
      call('/api/codes', { token: one.apiKey, json: { url, channel: 'weibo' } }),
      call('/api/codes', { token: two.apiKey, json: { url } }),
    ]);
    const bodies = (await Promise.all(codes.map((r) => r.json()))) as { code: string }[];
    expect(codes.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(bodies.map((b) => b.code)).size).toBe(3);
  });

  it('refuses a URL that is not a supported product page with 422 and writes nothing', async () => {
    const { apiKey } = await makeAffiliate();
    const before = await Promise.all([countRows('products'), countRows('share_codes')]);
    for (const url of ['https://s.taobao.com/search?q=%E8%80%B3%E6%9C%BA', 'https://www.example.com/item/123456789.html', 'not a url', 'javascript:alert(1)']) {
      const res = await call('/api/codes', { token: apiKey, json: { url } });
      expect(res.status, url).toBe(422);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('UNSUPPORTED_URL');
      expect(body.error.message).toMatch(/not a product page/);
    }
    expect(await Promise.all([countRows('products'), countRows('share_codes')])).toEqual(before);
  });

  it('answers CORS preflight for the extension only', async () => {
    const ext = await call('/api/codes', {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abcdefghijklmnop', 'Access-Control-Request-Method': 'POST' },
    });
    expect(ext.headers.get('Access-Control-Allow-Origin')).toBe('chrome-extension://abcdefghijklmnop');
    const site = await call('/api/codes', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(site.headers.get('Access-Control-Allow-Origin')).toBeNull();
    // Every method the extension uses (the wallet saves its payout account with PUT).
    const put = await call('/api/me/payout-account', {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abcdefghijklmnop', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(put.headers.get('Access-Control-Allow-Methods')?.split(',')).toContain('PUT');
  });
});

describe('what an affiliate sends stays on their own code', () => {
  const WECHAT_UA =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2f) NetType/WIFI Language/zh_CN';

  it('another affiliate minting the same product cannot change a landing page or summary that is not theirs', async () => {
    const url = `https://detail.tmall.com/item.htm?id=${600000000000 + Math.floor(Math.random() * 1e9)}`;
    const honest = await makeAffiliate();
    const mine = (await (await call('/api/codes', { token: honest.apiKey, json: { url, title: '蓝月亮洗衣液 3kg', priceFen: 6990 } })).json()) as {
      code: string;
    };
    const attacker = await makeAffiliate();
    const fake = await call('/api/codes', {
      token: attacker.apiKey,
      json: { url, title: 'FAKE: pay at evil.example', priceFen: 1, imageUrl: 'https://evil.example/x.png' },
    });
    expect(fake.status).toBe(201);
    expect(shareCodeSchema.parse(await fake.json()).shareText).toContain('FAKE');
    await call('/api/codes', { token: attacker.apiKey, json: { url, title: '', channel: 'blank' } });

    const landing = await (await call(`/s/${mine.code}`, { headers: { 'User-Agent': WECHAT_UA } })).text();
    expect(landing).toContain('蓝月亮洗衣液 3kg');
    expect(landing).not.toContain('evil.example');
    const summary = await (await api.api.me.summary.$get({}, bearer(honest.apiKey))).json();
    expect(summary.recentCodes.find((c) => c.code === mine.code)).toMatchObject({ title: '蓝月亮洗衣液 3kg' });
    // A later mint by the honest affiliate with a new price updates only their own code.
    const again = await (await api.api.codes.$post({ json: { url, priceFen: 5990 } }, bearer(honest.apiKey))).json();
    expect(again).toMatchObject({ code: mine.code, title: '蓝月亮洗衣液 3kg', priceFen: 5990 });
  });

  it('refuses control characters in page text with a clear message, and folds white space', async () => {
    const { apiKey } = await makeAffiliate();
    const bad = await call('/api/codes', { token: apiKey, json: { url: 'https://item.jd.com/100012043978.html', title: 'AirPods\u202egnp.exe' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message: 'title: must not contain control or text-direction characters' } });
    const folded = await call('/api/codes', { token: apiKey, json: { url: 'https://item.jd.com/100012043979.html', title: '  Apple\n\tAirPods   Pro ' } });
    expect(shareCodeSchema.parse(await folded.json()).title).toBe('Apple AirPods Pro');
  });
});

describe('short links are built from the configured origin', () => {
  it('ignores the Host a caller sends, and refuses to guess when no origin is configured', async () => {
    const { apiKey } = await makeAffiliate();
    const { env } = await import('cloudflare:workers');
    const { default: worker } = await import('../../../worker/index');
    const { createExecutionContext } = await import('cloudflare:test');
    const mint = (target: typeof env) =>
      worker.fetch(
        new Request('https://evil.example/api/codes', {
          method: 'POST',
          headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json', 'User-Agent': 'x' },
          body: JSON.stringify({ url: 'https://item.jd.com/100012043978.html' }),
        }),
        target,
        createExecutionContext(),
      );
    const configured = await mint(env);
    expect(shareCodeSchema.parse(await configured.json()).shortUrl).toMatch(/^http:\/\/daihuo\.test\/s\//);
    const unset = await mint({ ...env, PUBLIC_BASE_URL: '' });
    expect(unset.status).toBe(503);
    expect((await errorOf(unset)).code).toBe('NOT_CONFIGURED');
  });
});
