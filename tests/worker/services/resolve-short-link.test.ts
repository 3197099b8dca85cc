import { describe, expect, it } from 'vitest';
import { resolveShortLink } from '../../../worker/services/resolve-short-link';

// The networks' short-link services are off this machine; this stand-in answers the way they do:
// a 30x with a Location header per hop.
function network(hops: Record<string, { status: number; location?: string }>) {
  const requested: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requested.push(url);
    expect(init?.redirect).toBe('manual');
    const hop = hops[url];
    if (!hop) throw new TypeError(`no route to ${url}`);
    return new Response('<html>a body nobody should read</html>', { status: hop.status, headers: hop.location ? { Location: hop.location } : {} });
  }) as typeof fetch;
  return { fetchImpl, requested };
}

describe('resolveShortLink', () => {
  it('follows redirects until a product page appears', async () => {
    const { fetchImpl, requested } = network({
      'https://u.jd.com/AbCdEfG': { status: 302, location: 'https://union-click.jd.com/jdc?e=&p=x' },
      'https://union-click.jd.com/jdc?e=&p=x': { status: 301, location: '//item.m.jd.com/product/100012043978.html?utm_source=union' },
    });
    const product = await resolveShortLink(new URL('https://u.jd.com/AbCdEfG'), { fetch: fetchImpl });
    expect(product).toEqual({ platform: 'jd', productId: '100012043978', url: 'https://item.jd.com/100012043978.html' });
    expect(requested).toHaveLength(2);
  });

  it('resolves a Taobao click link to a Tmall item', async () => {
    const { fetchImpl } = network({
      'https://s.click.taobao.com/t?e=abc': { status: 302, location: 'https://detail.tmall.com/item.htm?id=612345678901&ali_trackid=2:mm_1_2_3' },
    });
    expect(await resolveShortLink(new URL('https://s.click.taobao.com/t?e=abc'), { fetch: fetchImpl })).toMatchObject({
      platform: 'tmall',
      productId: '612345678901',
    });
  });

  it('refuses to leave the shops', async () => {
    const { fetchImpl, requested } = network({ 'https://3.cn/abc': { status: 302, location: 'https://evil.example/steal' } });
    await expect(resolveShortLink(new URL('https://3.cn/abc'), { fetch: fetchImpl })).rejects.toMatchObject({
      code: 'SHORT_LINK_UNRESOLVED',
      message: expect.stringContaining('evil.example'),
    });
    expect(requested).toEqual(['https://3.cn/abc']);
  });

  it('stops a redirect loop', async () => {
    const { fetchImpl, requested } = network({
      'https://u.jd.com/a': { status: 302, location: 'https://u.jd.com/b' },
      'https://u.jd.com/b': { status: 302, location: 'https://u.jd.com/a' },
    });
    await expect(resolveShortLink(new URL('https://u.jd.com/a'), { fetch: fetchImpl })).rejects.toMatchObject({
      message: 'The short link redirects in a loop.',
    });
    expect(requested).toHaveLength(2);
  });

  it('gives up after too many hops', async () => {
    const hops = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`https://u.jd.com/${i}`, { status: 302, location: `https://u.jd.com/${i + 1}` }]));
    const { fetchImpl, requested } = network(hops);
    await expect(resolveShortLink(new URL('https://u.jd.com/0'), { fetch: fetchImpl, maxHops: 4 })).rejects.toMatchObject({
      message: 'The short link redirects more than 4 times.',
    });
    expect(requested).toHaveLength(5);
  });

  it('says so when the link answers without a redirect (e.g. a JavaScript page)', async () => {
    const { fetchImpl } = network({ 'https://m.tb.cn/h.5Bq2sXk': { status: 200 } });
    await expect(resolveShortLink(new URL('https://m.tb.cn/h.5Bq2sXk'), { fetch: fetchImpl })).rejects.toMatchObject({
      message: expect.stringContaining('answered 200 without a redirect'),
    });
  });

  it('times out a link that never answers', async () => {
    const hanging = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    await expect(resolveShortLink(new URL('https://u.jd.com/slow'), { fetch: hanging, timeoutMs: 50 })).rejects.toMatchObject({
      message: 'The short link did not answer within 0.05 s.',
    });
  });
});
