import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from '../../scripts/lib/load.ts';
import { startScratchWorker, type DevWorker } from '../../scripts/lib/worker-dev.ts';

// A bounded load test against the real `wrangler dev` (with its simulated queue): afterwards every click
// is stored exactly once and no bot or preview is counted as a person. Fifty clicks a second from two
// visitors on one code is a flood by the consumer's rule (more than 60 in a minute, far above the code's
// own pace): past the first minute's allowance those clicks are kept as floods, counted with the bots,
// not as people. `npm run bench` runs the same for 60 s.

const ADMIN_TOKEN = `e2e-${crypto.randomUUID()}`;
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const BOT = 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)';
const PREVIEW = 'TelegramBot (like TwitterBot)';

let worker: DevWorker;

beforeAll(async () => {
  // The bench entry: its /__bench/stats reads the counts back.
  worker = await startScratchWorker({ script: 'worker/bench/entry.ts', vars: { ADMIN_TOKEN, VISITOR_SALT: 'load' }, logLevel: 'error' });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
});

describe('clicks under load', () => {
  it('stores every click once, counts no bot, preview or flood as a person, with zero 5xx', async () => {
    const headers = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    const { apiKey } = (await (
      await fetch(`${worker.url}/api/admin/affiliates`, { method: 'POST', headers, body: JSON.stringify({ name: 'load' }) })
    ).json()) as { apiKey: string };
    const minted = await fetch(`${worker.url}/api/codes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: 'https://item.jd.com/100012043978.html' }),
    });
    const { code } = (await minted.json()) as { code: string };

    const run = await load({
      url: `${worker.url}/s/${code}`,
      connections: 8,
      durationSeconds: 6,
      overallRate: 100,
      userAgents: [CHROME, WECHAT, BOT, PREVIEW],
    });
    expect(run.serverErrors).toBe(0);
    expect(run.errors).toBe(0);
    const humans = (run.byUserAgent.get(CHROME) ?? 0) + (run.byUserAgent.get(WECHAT) ?? 0);
    const bots = run.byUserAgent.get(BOT) ?? 0;
    const previews = run.byUserAgent.get(PREVIEW) ?? 0;
    expect(humans).toBeGreaterThan(200);

    // The queue consumer writes in 1-second batches; wait until every request is stored.
    await expect
      .poll(async () => ((await (await fetch(`${worker.url}/__bench/stats/${code}`, { headers })).json()) as { raw: number }).raw, {
        timeout: 30_000,
        interval: 1000,
      })
      .toBe(humans + bots + previews);
    const stats = (await (await fetch(`${worker.url}/__bench/stats/${code}`, { headers })).json()) as Record<string, number>;
    // People's clicks up to the flood pace count as people; the rest are floods, counted with the bots.
    expect(stats.previews).toBe(previews);
    expect(stats.humans! + stats.bots!).toBe(humans + bots);
    expect(stats.humans).toBeGreaterThanOrEqual(60);
    expect(stats.humans).toBeLessThan(humans);
    const summary = (await (await fetch(`${worker.url}/api/me/summary`, { headers: { Authorization: `Bearer ${apiKey}` } })).json()) as {
      clicks: { today: number };
    };
    expect(summary.clicks.today).toBe(stats.humans);
  });
});
