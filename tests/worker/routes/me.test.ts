import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { summarySchema } from '../../../shared/schemas';
import { chinaDayNumber } from '../../../shared/china-time';
import { call, makeAffiliate, makeCode } from '../client';

async function summaryOf(apiKey: string) {
  const res = await call('/api/me/summary', { token: apiKey });
  expect(res.status).toBe(200);
  return summarySchema.parse(await res.json());
}

describe('GET /api/me/summary', () => {
  it('is empty for a new affiliate', async () => {
    const me = await makeAffiliate('新人');
    const summary = await summaryOf(me.apiKey);
    expect(summary).toEqual({ affiliate: { id: me.id, name: '新人' }, clicks: { today: 0, last7Days: 0, last30Days: 0 }, codeCount: 0, recentCodes: [] });
  });

  it("counts human clicks today, in 7 and 30 China days, only on the caller's own codes", async () => {
    const me = await makeAffiliate();
    const other = await makeAffiliate();
    const mine = await makeCode(me.apiKey);
    const theirs = await makeCode(other.apiKey);
    await call(`/s/${mine.code}`);
    await call(`/s/${mine.code}`, { headers: { 'User-Agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148' } });
    await call(`/s/${mine.code}`, { headers: { 'User-Agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } });
    await call(`/s/${theirs.code}`);
    // Older days' rollups placed just inside and just outside each window.
    const today = chinaDayNumber(Date.now());
    const rollup = env.DB.prepare('INSERT INTO click_rollups (code, day, humans, uniques, bots, previews) VALUES (?, ?, 1, 1, 0, 0)');
    const perAffiliate = env.DB.prepare('INSERT INTO affiliate_click_rollups (affiliate_id, day, humans, bots, previews) VALUES (?, ?, 1, 0, 0)');
    await env.DB.batch(
      [today - 1, today - 6, today - 7, today - 29, today - 30].flatMap((day) => [rollup.bind(mine.code, day), perAffiliate.bind(me.id, day)]),
    );
    const summary = await summaryOf(me.apiKey);
    expect(summary.clicks).toEqual({ today: 2, last7Days: 4, last30Days: 6 });
    expect(summary.codeCount).toBe(1);
    expect(summary.recentCodes).toHaveLength(1);
    expect(summary.recentCodes[0]).toMatchObject({ code: mine.code, clicks: 7, shortUrl: mine.shortUrl });
  });

  it('lists the newest codes first, at most 10', async () => {
    const me = await makeAffiliate();
    const made = [];
    for (let i = 0; i < 12; i++) made.push(await makeCode(me.apiKey, `https://item.jd.com/${200000 + i}.html`));
    const summary = await summaryOf(me.apiKey);
    expect(summary.codeCount).toBe(12);
    expect(summary.recentCodes.map((c) => c.product.productId)).toEqual(Array.from({ length: 10 }, (_, i) => String(200011 - i)));
  });
});
