import { describe, expect, it } from 'vitest';
import { BASE, call, callJson, makeAffiliate, makeCode } from '../client';

const resolve = (apiKey: string, text: unknown) => callJson('/api/resolve', { token: apiKey, json: { text } });

describe('POST /api/resolve', () => {
  it('turns a product URL in any text into the product', async () => {
    const { apiKey } = await makeAffiliate();
    expect(await resolve(apiKey, '快看 https://item.m.jd.com/product/100012043978.html?utm_source=x 好价')).toEqual({
      status: 200,
      body: { platform: 'jd', productId: '100012043978', url: 'https://item.jd.com/100012043978.html', source: 'product-url' },
    });
  });

  it('parses our own short links and passwords back, whoever made them', async () => {
    const maker = await makeAffiliate();
    const reader = await makeAffiliate();
    const code = await makeCode(maker.apiKey, 'https://detail.tmall.com/item.htm?id=612345678901');
    for (const [text, source] of [
      [code.shareText, 'daihuo-link'],
      [`复制 ${code.password} 打开`, 'daihuo-password'],
      [code.shortUrl, 'daihuo-link'],
    ] as const) {
      expect(await resolve(reader.apiKey, text)).toEqual({
        status: 200,
        body: { platform: 'tmall', productId: '612345678901', url: 'https://detail.tmall.com/item.htm?id=612345678901', source },
      });
    }
  });

  it('names the shop of a bare password and says why there is no product', async () => {
    const { apiKey } = await makeAffiliate();
    const { status, body } = await resolve(apiKey, '復·制这段描述￥dSvD2AUtV8a￥后咑閞淘寳');
    expect(status).toBe(200);
    expect(body).toMatchObject({ platform: 'taobao', productId: null, url: null, source: 'taobao-password', reason: 'needs-network' });
    expect(body.note).toMatch(/not connected/);
  });

  it.each([
    ['the JD app share text', '【京东】https://3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@ CA1507 「耳机」', 'jd', '100012043978'],
    ['a JD union short link (two hops)', 'https://u.jd.com/AbCdEfG', 'jd', '100012043978'],
    ['a Taobao click link to a Tmall item', 'https://s.click.taobao.com/t?e=abc', 'tmall', '612345678901'],
  ])('follows %s to the product', async (_, text, platform, productId) => {
    const { apiKey } = await makeAffiliate();
    expect(await resolve(apiKey, text)).toMatchObject({ status: 200, body: { platform, productId, source: 'short-link' } });
  });

  it.each([
    ['a short link the shop does not know', 'https://m.tb.cn/h.NoSuch1 CZ3457', /answered 404/],
    ['a redirect loop', 'https://u.jd.com/LoopLoo', /loop/],
  ])('reports %s clearly', async (_, text, message) => {
    const { apiKey } = await makeAffiliate();
    const { status, body } = await resolve(apiKey, text);
    expect(status).toBe(422);
    expect(body.error.code).toBe('SHORT_LINK_UNRESOLVED');
    expect(body.error.message).toMatch(message);
  });

  it.each([
    ['its ?tk= token', 'https://m.tb.cn/h.NoSuch1?tk=dSvD2AUtV8a CZ3457 「纯棉T恤」', 'taobao', 'taobao-password'],
    ['a 淘口令 written out beside it', '【淘宝】https://m.tb.cn/h.NoSuch1 ₳dSvD2AUtV8a₳ 「纯棉T恤」', 'taobao', 'taobao-password'],
    ['a JD jkl token', '【京东】https://3.cn/-NoSuch?jkl=@AbCdEfGhIjKl@ CA1507 「耳机」', 'jd', 'jd-password'],
  ])('a text whose short link cannot be opened still answers with %s, and says so', async (_, text, platform, source) => {
    const { apiKey } = await makeAffiliate();
    const { status, body } = await resolve(apiKey, text);
    expect(status).toBe(200);
    expect(body).toMatchObject({ platform, source, productId: null });
    expect(body.note).toMatch(/could not be opened/);
  });

  it.each([
    ['ordinary text', '今天天气不错'],
    ['a link to another site', 'https://evil.example/item/123456789.html'],
    ['an unknown code of ours', `${BASE}/s/Zz9Zz9Zz`],
    ['only control characters', '\u0000\u0001\u0002 \u200B'],
  ])('422 UNRECOGNISED_TEXT for %s', async (_, text) => {
    const { apiKey } = await makeAffiliate();
    const { status, body } = await resolve(apiKey, text);
    expect(status).toBe(422);
    expect(body.error.code).toBe('UNRECOGNISED_TEXT');
  });

  it('refuses hostile input with the right codes', async () => {
    const { apiKey } = await makeAffiliate();
    expect((await resolve(apiKey, '   ')).body.error.code).toBe('VALIDATION_FAILED');
    expect((await resolve(apiKey, 42)).body.error.code).toBe('VALIDATION_FAILED');
    expect((await resolve(apiKey, 'x'.repeat(10_001))).body.error.code).toBe('VALIDATION_FAILED');
    const huge = await call('/api/resolve', {
      token: apiKey,
      body: JSON.stringify({ text: 'y'.repeat(1024 * 1024) }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    const anonymous = await call('/api/resolve', { json: { text: 'https://item.jd.com/100012043978.html' } });
    expect(anonymous.status).toBe(401);
  });
});
