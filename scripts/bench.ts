// `npm run bench`: performance figures as ratios against baselines measured in the same run, on this
// machine, against a real `wrangler dev` with a local D1. Results are printed and written to
// bench/results.json. Nothing here leaves 127.0.0.1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { load } from './lib/load.ts';
import { ROOT } from './lib/processes.ts';
import { startScratchWorker } from './lib/worker-dev.ts';

const ADMIN_TOKEN = `bench-${crypto.randomUUID()}`;
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3); // medians of interleaved rounds: single rounds swing ±0.1 on two shared cores

const DIMENSIONS = ['affiliate', 'code', 'product', 'platform', 'channel', 'app', 'country', 'device'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  when: new Date().toISOString(),
};
const worker = await startScratchWorker({ vars: { ADMIN_TOKEN, VISITOR_SALT: 'bench', BENCH: '1' }, logLevel: 'error', stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore' });
let failed = false;
try {
  const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const { apiKey } = await json<{ apiKey: string }>(`${worker.url}/api/admin/affiliates`, { method: 'POST', headers: admin, body: JSON.stringify({ name: 'bench' }) });
  const mint = async (url: string) =>
    (await json<{ code: string }>(`${worker.url}/api/codes`, { method: 'POST', headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ url }) })).code;

  // 1. Redirect with click recording vs a bare 302 from the same Worker, interleaved rounds.
  const code = await mint('https://item.jd.com/100012043978.html');
  const bare: Awaited<ReturnType<typeof load>>[] = [];
  const real: Awaited<ReturnType<typeof load>>[] = [];
  await load({ url: `${worker.url}/s/${code}`, durationSeconds: 2, userAgents: [CHROME] }); // warm-up, discarded
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(await load({ url: `${worker.url}/__bench/302`, durationSeconds: SECONDS, userAgents: [CHROME] }));
    real.push(await load({ url: `${worker.url}/s/${code}`, durationSeconds: SECONDS, userAgents: [CHROME] }));
  }
  const redirect = {
    connections: 32,
    seconds: SECONDS,
    rounds: ROUNDS,
    bare302: { rps: median(bare.map((r) => r.rps)), p50: median(bare.map((r) => r.p50)), p99: median(bare.map((r) => r.p99)) },
    withClicks: { rps: median(real.map((r) => r.rps)), p50: median(real.map((r) => r.p50)), p99: median(real.map((r) => r.p99)) },
  };
  results.redirect = {
    ...redirect,
    throughputRatio: ratio(redirect.withClicks.rps, redirect.bare302.rps),
    p50Ratio: ratio(redirect.withClicks.p50, redirect.bare302.p50),
    p99Ratio: ratio(redirect.withClicks.p99, redirect.bare302.p99),
  };

  // 2. Batched ingestion vs one write per click, same synthetic clicks, same D1.
  const ingestCode = await mint('https://item.jd.com/100012043979.html');
  const single = await json<{ ms: number; n: number }>(`${worker.url}/__bench/ingest`, { method: 'POST', headers: admin, body: JSON.stringify({ code: ingestCode, n: 2000, mode: 'single' }) });
  const batch = await json<{ ms: number; n: number }>(`${worker.url}/__bench/ingest`, { method: 'POST', headers: admin, body: JSON.stringify({ code: ingestCode, n: 20000, mode: 'batch' }) });
  const perSecond = (r: { ms: number; n: number }) => Math.round((r.n / Math.max(r.ms, 1)) * 1000);
  results.ingestion = { singleClicksPerSecond: perSecond(single), batchClicksPerSecond: perSecond(batch), ratio: ratio(perSecond(batch), perSecond(single)) };

  // 3. Summary and 30-day series for the busiest affiliate: 1,000,000 clicks over 50,000 codes.
  const seedStarted = Date.now();
  const CLICKS = 1_000_000;
  const CODES = 50_000;
  const busiest = await json<{ apiKey: string; affiliateId: string }>(`${worker.url}/__bench/seed/codes`, { method: 'POST', headers: admin, body: JSON.stringify({ codes: CODES }) });
  for (let from = 0; from < CLICKS; from += 100_000) {
    await json(`${worker.url}/__bench/seed/clicks`, { method: 'POST', headers: admin, body: JSON.stringify({ from, count: 100_000, codes: CODES }) });
  }
  await json(`${worker.url}/__bench/seed/rollups`, { method: 'POST', headers: admin });
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  const time = async (path: string, key?: string, runs = 15) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const res = await fetch(`${worker.url}${path}`, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      samples.push(performance.now() - started);
    }
    return Math.round(median(samples.slice(Math.min(3, runs - 1))) * 10) / 10; // the first three warm the isolate
  };
  const baselineMs = await time('/healthz');
  const summaryMs = await time('/api/me/summary', busiest.apiKey);
  const seriesMs = await time('/api/me/earnings?range=30d', busiest.apiKey);
  results.queries = { seedSeconds, baselineHealthzMs: baselineMs, summaryMs, summaryRatio: ratio(summaryMs, baselineMs), earnings30dMs: seriesMs, earningsRatio: ratio(seriesMs, baselineMs) };

  // 3b. Dashboard endpoints with the same clicks plus 100,000 order lines (80 % attributed).
  await json(`${worker.url}/__bench/seed/orders`, { method: 'POST', headers: admin, body: JSON.stringify({ orders: 100_000, codes: CODES, affiliateId: busiest.affiliateId }) });
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() + 8 * 3_600_000 - 29 * 86_400_000).toISOString().slice(0, 10);
  const range = `from=${monthAgo}&to=${today}`;
  const pages: Record<string, string> = {
    overview: `/api/admin/reports/overview?${range}`,
    ...Object.fromEntries(DIMENSIONS.map((d) => [`breakdown:${d}`, `/api/admin/reports/breakdown?${range}&dimension=${d}`])),
    // The same with a platform filter (every seeded code is JD's, so nothing is filtered away) and
    // sorted by the order side, which then decides the top rows.
    ...Object.fromEntries(DIMENSIONS.map((d) => [`breakdown:${d}:jd`, `/api/admin/reports/breakdown?${range}&dimension=${d}&platform=jd`])),
    ...Object.fromEntries(['code', 'product'].map((d) => [`breakdown:${d}:byOrders`, `/api/admin/reports/breakdown?${range}&dimension=${d}&sort=orders`])),
    overviewJd: `/api/admin/reports/overview?${range}&platform=jd`,
    orders: '/api/admin/reports/orders?limit=50',
    ordersSearch: '/api/admin/reports/orders?limit=50&q=O99',
    unattributed: '/api/admin/orders/unattributed?limit=50',
    affiliates: '/api/admin/reports/affiliates',
    imports: '/api/admin/reports/imports',
  };
  const dashboard: Record<string, number> = {};
  for (const [name, path] of Object.entries(pages)) dashboard[name] = await time(path, ADMIN_TOKEN);
  const slowest = Math.max(...Object.values(dashboard));
  // A download, not a page: every one of the 50,000 codes, so it is reported beside the target, not in it.
  const exportMs = await time(`/api/admin/reports/breakdown?${range}&dimension=code&format=csv`, ADMIN_TOKEN, 5);
  results.dashboard = { clicks: CLICKS, orderLines: 100_000, medianMs: dashboard, slowestMs: slowest, slowestRatio: ratio(slowest, baselineMs), targetMs: 300, csvExportAllCodesMs: exportMs };

  // 4. Reliability: fixed rate, humans and bots mixed; afterwards every human counted once, no bot counted.
  const reliabilityCode = await mint('https://item.jd.com/100012043980.html');
  const run = await load({ url: `${worker.url}/s/${reliabilityCode}`, connections: 16, durationSeconds: Number(process.env.BENCH_RELIABILITY_SECONDS ?? 60), overallRate: 100, userAgents: [CHROME, CHROME, CHROME, GOOGLEBOT] });
  const humansSent = run.byUserAgent.get(CHROME) ?? 0;
  const botsSent = run.byUserAgent.get(GOOGLEBOT) ?? 0;
  let stats = { humans: 0, bots: 0, previews: 0, raw: 0 };
  for (let i = 0; i < 30 && stats.raw < humansSent + botsSent; i++) {
    await new Promise((r) => setTimeout(r, 1000)); // the queue drains in 1 s batches
    stats = await json(`${worker.url}/__bench/stats/${reliabilityCode}`, { headers: admin });
  }
  const reliable = run.serverErrors === 0 && run.errors === 0 && stats.humans === humansSent && stats.bots === botsSent;
  results.reliability = { seconds: Number(process.env.BENCH_RELIABILITY_SECONDS ?? 60), rate: 100, humansSent, botsSent, humansCounted: stats.humans, botsCounted: stats.bots, serverErrors: run.serverErrors, errors: run.errors, ok: reliable };
  failed = !reliable;
} finally {
  await worker.stop();
}

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
if (failed) {
  console.error('reliability check failed');
  process.exit(1);
}
