import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
// The simulator's item outside the programme (scripts/network-simulator/simulator.ts).
const OUTSIDE_PROGRAMME = '999999999999';
import { ADMIN_TOKEN, call, errorOf, makeAffiliate } from '../client';
import { connect } from '../networks/sim';

// GET /api/offer: the money before any code exists (issue 23) — asked of the network once per product
// while fresh, shared by every affiliate, 你可得 at each affiliate's own tier.

const offerOf = async (apiKey: string, url: string, priceFen?: number) => {
  const query = new URLSearchParams({ url, ...(priceFen === undefined ? {} : { priceFen: String(priceFen) }) });
  const res = await call(`/api/offer?${query}`, { token: apiKey });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};
const checkedAt = async (platform: string, id: string) =>
  (
    await env.DB.prepare('SELECT offer_checked_at AS at FROM products WHERE platform = ?1 AND external_id = ?2')
      .bind(platform, id)
      .first<{ at: number | null }>()
  )?.at ?? null;
const randomId = () => String(100_000_000 + Math.floor(Math.random() * 800_000_000));

describe('GET /api/offer', () => {
  it('JD: the commission rate and what the affiliate keeps at their tier, before any code exists; asked once while fresh', async () => {
    await connect('jd');
    const sku = randomId();
    const first = await makeAffiliate();
    const answer = await offerOf(first.apiKey, `https://item.jd.com/${sku}.html`);
    expect(answer.status).toBe(200);
    // ¥1499 × 3 % = ¥44.97 of commission; the base tier keeps 50 %, half up: ¥22.49.
    expect(answer.body).toMatchObject({
      product: { platform: 'jd', productId: sku },
      network: 'jd',
      offer: { priceFen: 149900, commissionRateBp: 300, sales: 880, affiliateEarnsFen: 2249, affiliateRateBp: 5000 },
      reason: null,
    });
    expect(
      await env.DB.prepare('SELECT count(*) AS n FROM share_codes sc JOIN products p ON p.id = sc.product_id WHERE p.external_id = ?1').bind(sku).first('n'),
    ).toBe(0);
    const asked = await checkedAt('jd', sku);
    expect(asked).toBe(answer.body.checkedAt);
    // Another affiliate a moment later gets the same answer without a second call to the network.
    const second = await offerOf((await makeAffiliate()).apiKey, `https://item.jd.com/${sku}.html`);
    expect(second.body.offer).toEqual(answer.body.offer);
    expect(await checkedAt('jd', sku)).toBe(asked);
  });

  it('Taobao: the one 到手价 — the network’s price after its coupon, not the page’s — is what 你可得 is counted on', async () => {
    await connect('taobao');
    const { apiKey } = await makeAffiliate();
    const answer = await offerOf(apiKey, `https://detail.tmall.com/item.htm?id=${randomId()}`, 6990);
    // ¥129 − ¥20 coupon = ¥109; × 5 % = ¥5.45; × 50 % = ¥2.725 → ¥2.73.
    expect(answer.body.offer).toMatchObject({ priceFen: 12900, couponFen: 2000, priceAfterCouponFen: 10900, commissionRateBp: 500, affiliateEarnsFen: 273 });
  });

  it('an item outside the programme says so with the network’s words; a network not connected says that', async () => {
    await connect('taobao');
    const { apiKey } = await makeAffiliate();
    const outside = await offerOf(apiKey, `https://item.taobao.com/item.htm?id=${OUTSIDE_PROGRAMME}`);
    expect(outside.body).toMatchObject({ offer: null, reason: 'not-in-programme' });
    expect(outside.body.detail).toContain('该商品不支持推广');
    await call('/api/admin/networks/pdd', { token: ADMIN_TOKEN, method: 'DELETE' });
    const pdd = await offerOf(apiKey, `https://mobile.yangkeduo.com/goods.html?goods_id=${randomId()}`);
    expect(pdd.body).toMatchObject({ network: 'pdd', offer: null, reason: 'not-connected', checkedAt: null });
  });

  it('refuses what is not a product page, a broken query and a missing key — 4xx, never 5xx', async () => {
    const { apiKey } = await makeAffiliate();
    const notProduct = await call(`/api/offer?url=${encodeURIComponent('https://www.taobao.com/')}`, { token: apiKey });
    expect(notProduct.status).toBe(422);
    expect((await errorOf(notProduct)).code).toBe('UNSUPPORTED_URL');
    for (const query of [
      '',
      'url=',
      `url=${'x'.repeat(3000)}`,
      'url=https://item.jd.com/1.html&priceFen=-1',
      'url=https://item.jd.com/1.html&priceFen=abc',
      'url=%E0%A4%A',
    ]) {
      const res = await call(`/api/offer?${query}`, { token: apiKey });
      expect(res.status, query).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
    }
    expect((await call('/api/offer?url=https://item.jd.com/1.html')).status).toBe(401);
  });
});
