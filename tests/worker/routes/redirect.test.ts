import { describe, expect, it } from 'vitest';
import { call, countRows, makeAffiliate, makeCode } from '../client';
import { readBack } from '../click-helpers';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';

describe('GET /s/:code', () => {
  it('redirects to the product and records the click after answering', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const res = await call(`/s/${code}`, {
      headers: { 'User-Agent': WECHAT, 'CF-Connecting-IP': '203.0.113.9', Referer: 'https://servicewechat.com/wx/page' },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('https://item.jd.com/100012043978.html');

    const { clicks } = await readBack(code);
    const [click] = clicks;
    expect(clicks).toHaveLength(1);
    expect(click).toMatchObject({ kind: 'human', app: 'WeChat', device: 'mobile', os: 'iOS', referrerHost: 'servicewechat.com' });
    expect(click?.visitor).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(clicks)).not.toContain('203.0.113.9');
    expect(Math.abs(Number(click?.at) - Date.now())).toBeLessThan(60_000);
  });

  it('gives the same visitor the same hash on one day and another visitor a different one', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    await call(`/s/${code}`, { headers: { 'User-Agent': CHROME, 'CF-Connecting-IP': '198.51.100.1' } });
    await call(`/s/${code}`, { headers: { 'User-Agent': CHROME, 'CF-Connecting-IP': '198.51.100.1' } });
    await call(`/s/${code}`, { headers: { 'User-Agent': CHROME, 'CF-Connecting-IP': '198.51.100.2' } });
    const { clicks } = await readBack(code);
    expect(clicks.map((r) => r.device)).toEqual(['desktop', 'desktop', 'desktop']);
    expect(clicks[0]?.visitor).toBe(clicks[1]?.visitor);
    expect(clicks[2]?.visitor).not.toBe(clicks[0]?.visitor);
  });

  it('gives link-preview fetchers a page with title and image meta, and marks them as bots', async () => {
    const { apiKey } = await makeAffiliate();
    const res0 = await call('/api/codes', {
      token: apiKey,
      json: {
        url: 'https://item.jd.com/100012043978.html',
        title: 'AirPods <Pro> & "case"',
        priceFen: 149900,
        imageUrl: 'https://img14.360buyimg.com/n1/a.jpg',
      },
    });
    const { code } = (await res0.json()) as { code: string };
    const res = await call(`/s/${code}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<meta property="og:title" content="AirPods &lt;Pro&gt; &amp; &quot;case&quot;" />');
    expect(page).toContain('<meta property="og:image" content="https://img14.360buyimg.com/n1/a.jpg" />');
    expect(page).not.toContain('<Pro>');
    expect((await readBack(code)).clicks.map((c) => c.kind)).toEqual(['bot']);
  });

  it('inside WeChat, answers a Taobao/Tmall link with a landing page; without the network connected it claims no password', async () => {
    const { apiKey } = await makeAffiliate();
    const res0 = await call('/api/codes', {
      token: apiKey,
      json: { url: 'https://detail.tmall.com/item.htm?id=612345678901', title: '蓝月亮洗衣液', priceFen: 6990 },
    });
    const { code, password, tracking, shareText } = (await res0.json()) as { code: string; password: string; tracking: string; shareText: string };
    expect(tracking).toBe('none');
    // Our own ￥code￥ does not open the Taobao app: neither the share text nor the landing offers it as if it did.
    expect(shareText).not.toContain(password);
    expect(shareText).not.toContain('打开淘宝APP');
    const res = await call(`/s/${code}`, { headers: { 'User-Agent': WECHAT } });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).not.toContain(password);
    expect(page).not.toContain('一键复制');
    expect(page).toContain('在浏览器打开');
    expect(page).toContain('¥69.9');
    expect((await readBack(code)).clicks.map((c) => c.app)).toEqual(['WeChat']);
  });

  it('inside QQ too, but JD links still redirect inside WeChat', async () => {
    const { apiKey } = await makeAffiliate();
    const taobao = await makeCode(apiKey, 'https://item.taobao.com/item.htm?id=678901234567');
    const qq = await call(`/s/${taobao.code}`, {
      headers: { 'User-Agent': 'Mozilla/5.0 (Linux; Android 14) Mobile Safari/537.36 QQ/9.0.50.620 V1_AND_SQ_9.0.50' },
    });
    expect(qq.status).toBe(200);
    const jd = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const wechat = await call(`/s/${jd.code}`, { headers: { 'User-Agent': WECHAT } });
    expect(wechat.status).toBe(302);
  });

  it.each(['Zz9Zz9Zz', 'short', 'has space', '../../etc', 'x'.repeat(300)])(
    'answers an unknown code %j with a friendly 404 page and records nothing',
    async (code) => {
      const before = await countRows('clicks');
      const res = await call(`/s/${encodeURIComponent(code)}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
      const page = await res.text();
      expect(page).toContain('这个分享链接无效');
      // One language: Chinese unless the browser puts English first (tests/worker/routes/friend-pages-language.test.ts).
      expect(page).not.toContain('This share link does not exist');
      expect(page).not.toMatch(/Error|at .*\.ts/);
      expect(await countRows('clicks')).toBe(before);
    },
  );

  it.each([
    ['HEAD', 'HEAD', 302],
    ['OPTIONS', 'OPTIONS', 404],
  ])('a %s request is answered and never counted', async (_, method, status) => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const before = await countRows('clicks');
    const res = await call(`/s/${code}`, { method });
    expect(res.status).toBe(status);
    expect(await countRows('clicks')).toBe(before);
  });

  it.each([
    ['a very long code', 'K'.repeat(5000)],
    ['an encoded slash', 'Kx7m%2FP3qa'],
    ['dot segments', '..%2F..%2Fadmin'],
    ['unicode', '%E4%BD%A0%E5%A5%BD%E4%B8%96%E7%95%8C'],
    ['an encoded NUL', 'Kx7mP3q%00'],
  ])('hostile input (%s) gets the 404 page and stores nothing', async (_, path) => {
    const before = await countRows('clicks');
    const res = await call(`/s/${path}`);
    expect([404]).toContain(res.status);
    expect(await countRows('clicks')).toBe(before);
  });
});
