import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { call, countRows, makeAffiliate, makeCode } from '../client';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';

describe('GET /s/:code', () => {
  it('redirects to the product and records the click after answering', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const res = await call(`/s/${code}`, {
      headers: { 'User-Agent': WECHAT, 'CF-Connecting-IP': '203.0.113.9', Referer: 'https://servicewechat.com/wx/page' },
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('https://item.jd.com/100012043978.html');

    const click = await env.DB.prepare('SELECT * FROM clicks WHERE code = ?').bind(code).first<Record<string, unknown>>();
    expect(click).toMatchObject({ code, ua_class: 'wechat', referrer_host: 'servicewechat.com' });
    expect(click?.id).toMatch(/^clk_/);
    expect(click?.visitor_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(click)).not.toContain('203.0.113.9');
    expect(Math.abs(Number(click?.at) - Date.now())).toBeLessThan(60_000);
  });

  it('gives the same visitor the same hash on one day and another visitor a different one', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    await call(`/s/${code}`, { headers: { 'User-Agent': CHROME, 'CF-Connecting-IP': '198.51.100.1' } });
    await call(`/s/${code}`, { headers: { 'User-Agent': CHROME, 'CF-Connecting-IP': '198.51.100.1' } });
    await call(`/s/${code}`, { headers: { 'User-Agent': CHROME, 'CF-Connecting-IP': '198.51.100.2' } });
    const { results } = await env.DB.prepare('SELECT visitor_hash, ua_class FROM clicks WHERE code = ? ORDER BY id').bind(code).all<{ visitor_hash: string; ua_class: string }>();
    expect(results.map((r) => r.ua_class)).toEqual(['desktop', 'desktop', 'desktop']);
    expect(results[0]?.visitor_hash).toBe(results[1]?.visitor_hash);
    expect(results[2]?.visitor_hash).not.toBe(results[0]?.visitor_hash);
  });

  it('marks crawlers and link-preview fetchers as bots', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const res = await call(`/s/${code}`, { headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
    expect(res.status).toBe(302);
    const click = await env.DB.prepare('SELECT ua_class FROM clicks WHERE code = ?').bind(code).first<{ ua_class: string }>();
    expect(click?.ua_class).toBe('bot');
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
      expect(page).toContain("This share link doesn't exist");
      expect(page).not.toMatch(/Error|at .*\.ts/);
      expect(await countRows('clicks')).toBe(before);
    },
  );
});
