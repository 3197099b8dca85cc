import { describe, expect, it } from 'vitest';
import { api, bearer, callJson, makeAffiliate } from '../client';
import { connect, sim } from './sim';

// 转链: someone else's 淘口令 or link, pasted by an affiliate, becomes the product through the operator's
// network and is minted again as the affiliate's own tracked code.

const resolve = (apiKey: string, text: string) => callJson('/api/resolve', { token: apiKey, json: { text } });

describe('passwords and foreign links through the network', () => {
  it('without a connection, names the shop and says the network is needed', async () => {
    const { apiKey } = await makeAffiliate();
    const { body } = await resolve(apiKey, '9￥dSvD2AUtV8a￥ 「纯棉T恤」');
    expect(body).toMatchObject({ platform: 'taobao', productId: null, url: null, source: 'taobao-password', reason: 'needs-network' });
    expect(body.note).toMatch(/淘宝联盟/);
  });

  it.each([
    ['a Tmall item', 'tmall', 'https://detail.tmall.com/item.htm?id='],
    ['a Taobao item', 'taobao', 'https://item.taobao.com/item.htm?id='],
  ] as const)('turns another affiliate’s 淘口令 for %s into the product, and mints it as ours', async (_, shop, urlPrefix) => {
    await connect('taobao');
    const itemId = shop === 'tmall' ? '612345678902' : '655443322119';
    const foreign = await sim<{ text: string }>('foreign-password', { itemId, shop });
    const { apiKey } = await makeAffiliate();
    const { status, body } = await resolve(apiKey, foreign.text);
    expect(status).toBe(200);
    expect(body).toEqual({ platform: shop, productId: itemId, url: `${urlPrefix}${itemId}`, source: 'taobao-password' });

    const minted = await (await api.api.codes.$post({ json: { url: body.url } }, bearer(apiKey))).json();
    expect(minted).toMatchObject({ tracking: 'network', networkPassword: expect.stringMatching(/^￥Sim\w+￥$/) });
    expect(minted.shareText).not.toContain(foreign.text.slice(1, 14));
  });

  it('reads a shop short link that answers a page instead of a redirect', async () => {
    await connect('taobao');
    const foreign = await sim<{ shortUrl: string }>('foreign-password', { itemId: '655443322118', shop: 'taobao' });
    const { apiKey } = await makeAffiliate();
    expect((await resolve(apiKey, `看看这个 ${foreign.shortUrl}`)).body).toEqual({
      platform: 'taobao',
      productId: '655443322118',
      url: 'https://item.taobao.com/item.htm?id=655443322118',
      source: 'short-link',
    });
  });

  it('passes on the network’s own words for a password it does not know', async () => {
    await connect('taobao');
    const { apiKey } = await makeAffiliate();
    const { status, body } = await resolve(apiKey, '￥ZzZzZzZzZz1￥');
    expect(status).toBe(200);
    expect(body).toMatchObject({ productId: null, reason: 'network-refused', note: '[taobao 10003] 口令不存在或已过期' });
  });

  it('says plainly that no JD call reads a 京口令, even when JD is connected', async () => {
    await connect('jd');
    const { apiKey } = await makeAffiliate();
    const { body } = await resolve(apiKey, '#AbCdEfGhIjKl@ 复制打开京东');
    expect(body).toMatchObject({ platform: 'jd', productId: null, source: 'jd-password', reason: 'unsupported' });
  });
});
