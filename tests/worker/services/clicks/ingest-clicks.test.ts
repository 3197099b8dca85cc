import { describe, expect, it, vi } from 'vitest';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../../../worker/index';
import { click, deliver } from '../../click-helpers';
import { BASE, CHROME_UA, makeAffiliate, makeCode } from '../../client';

const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const PREVIEW = 'TelegramBot (like TwitterBot)';

const rollup = (code: string) => env.DB.prepare('SELECT humans, uniques, bots, previews FROM click_rollups WHERE code = ?').bind(code).first();
const rawCount = async (code: string) => (await env.DB.prepare('SELECT count(*) AS n FROM clicks WHERE code = ?').bind(code).first<{ n: number }>())!.n;

describe('click queue consumer', () => {
  it('writes a batch with humans, unique visitors, bots and previews counted apart', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const messages = [
      await click(code, '1.1.1.1'),
      await click(code, '1.1.1.1'),
      await click(code, '2.2.2.2'),
      await click(code, '3.3.3.3', BOT),
      await click(code, '4.4.4.4', PREVIEW),
    ];
    const result = await deliver(messages);
    expect(result.ackAll).toBe(true);
    expect(await rollup(code)).toEqual({ humans: 3, uniques: 2, bots: 1, previews: 1 });
    expect(await rawCount(code)).toBe(5);
    const perAffiliate = await env.DB.prepare(
      'SELECT humans, bots, previews FROM affiliate_click_rollups r JOIN share_codes s ON s.affiliate_id = r.affiliate_id WHERE s.code = ?',
    )
      .bind(code)
      .first();
    expect(perAffiliate).toEqual({ humans: 3, bots: 1, previews: 1 });
  });

  it('never double counts a redelivered batch, even mixed with new clicks', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const first = [await click(code, '1.1.1.1'), await click(code, '2.2.2.2')];
    await deliver(first);
    await deliver(first);
    await deliver([...first, await click(code, '3.3.3.3'), await click(code, '1.1.1.1')]);
    expect(await rollup(code)).toEqual({ humans: 4, uniques: 3, bots: 0, previews: 0 });
    expect(await rawCount(code)).toBe(4);
    const perAffiliate = await env.DB.prepare(
      'SELECT humans FROM affiliate_click_rollups r JOIN share_codes s ON s.affiliate_id = r.affiliate_id WHERE s.code = ?',
    )
      .bind(code)
      .first();
    expect(perAffiliate).toEqual({ humans: 4 });
  });

  it('drops malformed messages and keeps the rest', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    // Each dropped message is logged on purpose; this test expects three and keeps them out of the output.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await deliver([{ nonsense: true }, 'x', { ...(await click(code, '1.1.1.1')), visitorHash: 'not-a-hash' }, await click(code, '5.5.5.5')]);
    expect(await rollup(code)).toEqual({ humans: 1, uniques: 1, bots: 0, previews: 0 });
    expect(logged.mock.calls.filter(([message]) => message === 'dropping malformed click message')).toHaveLength(3);
    logged.mockRestore();
  });
});

describe('redirect with a queue', () => {
  it('sends the click to the queue and answers', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const sent: unknown[] = [];
    const queue = { sendBatch: async (batch: Array<{ body: unknown }>) => void sent.push(...batch.map((m) => m.body)) } as unknown as Queue<unknown>;
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${BASE}/s/${code}`, { headers: { 'User-Agent': CHROME_UA, 'CF-Connecting-IP': '9.9.9.9' } }),
      { ...env, CLICK_DELIVERY: 'queue', CLICKS: queue },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(302);
    expect(sent).toEqual([expect.objectContaining({ code, kind: 'human', device: 'desktop', country: null })]);
    expect(JSON.stringify(sent)).not.toContain('9.9.9.9');
    expect(await rawCount(code)).toBe(0);
  });

  it('still answers, and still records, when the queue send fails', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const broken = { sendBatch: async () => Promise.reject(new Error('queue unavailable')) } as unknown as Queue<unknown>;
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`${BASE}/s/${code}`, { headers: { 'User-Agent': CHROME_UA } }),
      { ...env, CLICK_DELIVERY: 'queue', CLICKS: broken },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(302);
    expect(await rollup(code)).toEqual({ humans: 1, uniques: 1, bots: 0, previews: 0 });
  });
});

describe('click floods', () => {
  const minuteAgo = () => Date.now() - 90_000;
  const spread = (code: string, n: number, from: number, ua = CHROME_UA) =>
    Promise.all(Array.from({ length: n }, (_, i) => click(code, `10.${(i >> 8) & 255}.${i & 255}.9`, ua, from + i * 200)));

  it('past 60 people’s clicks in a minute, the rest are floods — counted across batches, every click kept', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const clicks = await spread(code, 100, minuteAgo());
    await deliver(clicks.slice(0, 40));
    await deliver(clicks.slice(40));
    expect(await rollup(code)).toMatchObject({ humans: 60, bots: 40 });
    expect(await rawCount(code)).toBe(100);
  });

  it('two clicks in the same millisecond at the 60th place: the first is a person, the second the flood’s first', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const from = minuteAgo();
    const clicks = await spread(code, 61, from);
    clicks[60] = await click(code, '10.9.9.9', CHROME_UA, clicks[59]!.at);
    await deliver(clicks);
    expect(await rollup(code)).toMatchObject({ humans: 60, bots: 1 });
  });

  it('a code used to a fast pace keeps its people’s clicks at ten times less than its usual', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const from = minuteAgo();
    // Yesterday (a China day): 60 people a minute all day long.
    const day = Math.floor((from + 8 * 3_600_000) / 86_400_000) - 1;
    await env.DB.prepare("INSERT INTO click_rollups (code, day, platform, humans, uniques, bots, previews) VALUES (?, ?, 'jd', 86400, 80000, 0, 0)")
      .bind(code, day)
      .run();
    await deliver(await spread(code, 150, from));
    expect(
      await env.DB.prepare('SELECT humans, bots FROM click_rollups WHERE code = ? AND day = ?')
        .bind(code, day + 1)
        .first(),
    ).toEqual({
      humans: 150,
      bots: 0,
    });
  });

  it('bots in the same minute do not make people’s clicks a flood', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const from = minuteAgo();
    await deliver([...(await spread(code, 90, from, BOT)), ...(await spread(code, 20, from + 100))]);
    expect(await rollup(code)).toMatchObject({ humans: 20, bots: 90 });
  });
});
