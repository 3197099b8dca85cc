// `npm run bench`: performance figures as ratios against baselines measured in the same run, on this
// machine, against a real `wrangler dev` with a local D1. Results are printed and written to
// bench/results.json. Nothing here leaves 127.0.0.1.
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { load } from './lib/load.ts';
import { ROOT } from './lib/processes.ts';
import { startScratchWorker } from './lib/worker-dev.ts';
import { startNetworkSimulator } from './network-simulator/server.ts';
import { SIM } from './network-simulator/simulator.ts';
import { JD_COLUMNS, jdRow } from '../tests/worker/jd-rows.ts';

const ADMIN_TOKEN = `bench-${crypto.randomUUID()}`;
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3); // medians of interleaved rounds: single rounds swing ±0.1 on two shared cores

const DIMENSIONS = ['affiliate', 'code', 'product', 'platform', 'channel', 'app', 'country', 'device'];
// BENCH_ONLY=imports,attribution runs just those sections (names: redirect, ingestion, queries, imports, attribution, reliability, convert, scale).
const ONLY = process.env.BENCH_ONLY?.split(',');
const want = (section: string) => !ONLY || ONLY.includes(section);
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
const WEBHOOK_SECRET = `bench-${crypto.randomUUID()}`;
// The networks' stand-in, for the sections that mint through one (convert); idle otherwise.
const networks = await startNetworkSimulator();
const worker = await startScratchWorker({
  script: 'worker/bench/entry.ts',
  vars: {
    ADMIN_TOKEN,
    VISITOR_SALT: 'bench',
    ORDERS_WEBHOOK_SECRET: WEBHOOK_SECRET,
    CREDENTIALS_KEY: `bench-${crypto.randomUUID()}`,
    JD_API_URL: `${networks.url}/jd/api`,
  },
  logLevel: 'error',
  stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
});
let failed = false;
try {
  const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const { apiKey } = await json<{ apiKey: string }>(`${worker.url}/api/admin/affiliates`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ name: 'bench' }),
  });
  const mint = async (url: string) =>
    (
      await json<{ code: string }>(`${worker.url}/api/codes`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url }),
      })
    ).code;

  if (want('redirect')) {
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
  }
  if (want('ingestion')) {
    // 2. Batched ingestion vs one write per click, same synthetic clicks, same D1.
    const ingestCode = await mint('https://item.jd.com/100012043979.html');
    const single = await json<{ ms: number; n: number }>(`${worker.url}/__bench/ingest`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ code: ingestCode, n: 2000, mode: 'single' }),
    });
    const batch = await json<{ ms: number; n: number }>(`${worker.url}/__bench/ingest`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ code: ingestCode, n: 20000, mode: 'batch' }),
    });
    const perSecond = (r: { ms: number; n: number }) => Math.round((r.n / Math.max(r.ms, 1)) * 1000);
    results.ingestion = { singleClicksPerSecond: perSecond(single), batchClicksPerSecond: perSecond(batch), ratio: ratio(perSecond(batch), perSecond(single)) };
  }
  if (want('queries')) {
    // 3. Summary and 30-day series for the busiest affiliate: 1,000,000 clicks over 50,000 codes.
    const seedStarted = Date.now();
    const CLICKS = 1_000_000;
    const CODES = 50_000;
    const busiest = await json<{ apiKey: string; affiliateId: string }>(`${worker.url}/__bench/seed/codes`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ codes: CODES }),
    });
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
    results.queries = {
      seedSeconds,
      baselineHealthzMs: baselineMs,
      summaryMs,
      summaryRatio: ratio(summaryMs, baselineMs),
      earnings30dMs: seriesMs,
      earningsRatio: ratio(seriesMs, baselineMs),
    };

    // 3b. Dashboard endpoints with the same clicks plus 100,000 order lines (80 % attributed).
    await json(`${worker.url}/__bench/seed/orders`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ orders: 100_000, codes: CODES, affiliateId: busiest.affiliateId }),
    });
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
      needsYou: `/api/admin/reports/needs-you?${range}`,
      orders: '/api/admin/reports/orders?limit=50',
      ordersRange: `/api/admin/reports/orders?limit=100&${range}`,
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
    results.dashboard = {
      clicks: CLICKS,
      orderLines: 100_000,
      medianMs: dashboard,
      slowestMs: slowest,
      slowestRatio: ratio(slowest, baselineMs),
      targetMs: 300,
      csvExportAllCodesMs: exportMs,
    };
  }
  if (want('imports')) {
    // 5. Order imports as the dashboard sends them (1,000-row parts) at 100,000 lines, against 1,000 lines
    //    in the same run; then the same 100,000 again (every line unchanged).
    const importCode = await mint('https://item.jd.com/100012043981.html');
    const jdRows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => jdRow(prefix, i, importCode));
    const importRows = async (rows: string[][]) => {
      const started = performance.now();
      const start = await json<{ batchId: string }>(`${worker.url}/api/admin/orders/imports`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ network: 'jd', fileName: 'bench.csv', format: 'utf-8', totalRows: rows.length, head: [JD_COLUMNS] }),
      });
      const totals = { inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
      for (let from = 0, part = 0; from < rows.length; from += 1000, part++) {
        const r = await json<typeof totals>(`${worker.url}/api/admin/orders/imports/${start.batchId}/parts/${part}`, {
          method: 'PUT',
          headers: admin,
          body: JSON.stringify({ firstRow: 2 + from, rows: rows.slice(from, from + 1000) }),
        });
        for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += r[k];
      }
      const seconds = (performance.now() - started) / 1000;
      return { ...totals, seconds: Math.round(seconds * 10) / 10, linesPerSecond: Math.round(rows.length / seconds) };
    };
    const small = await importRows(jdRows('61', 1_000));
    const big = await importRows(jdRows('62', 100_000));
    const repeat = await importRows(jdRows('62', 100_000));
    results.imports = {
      lines1k: small,
      lines100k: big,
      again100k: repeat,
      throughputRatio100kVs1k: ratio(big.linesPerSecond, small.linesPerSecond),
      exact: big.inserted === 100_000 && repeat.unchanged === 100_000,
    };
  }
  if (want('attribution')) {
    // 6. Attribution with 100,000 lines waiting: a new line whose channel id names an affiliate is
    //    attributed by the webhook that brings it, as fast as with none waiting; one cron sweep of 5,000
    //    lines; registering a channel id that 1,000 waiting lines carry.
    const webhook = async (lines: unknown[]) => {
      const body = JSON.stringify({ orders: lines });
      const ts = Math.floor(Date.now() / 1000);
      const signature = `v1=${createHmac('sha256', WEBHOOK_SECRET).update(`${ts}.${body}`).digest('hex')}`;
      const started = performance.now();
      await json(`${worker.url}/api/webhooks/orders`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Daihuo-Timestamp': String(ts), 'X-Daihuo-Signature': signature },
        body,
      });
      return performance.now() - started;
    };
    const owner = await json<{ id: string }>(`${worker.url}/api/admin/affiliates`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'channel owner' }),
    });
    await json(`${worker.url}/api/admin/affiliates/${owner.id}/channel-ids`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ network: 'jd', channelId: 'position:owned' }),
    });
    const newLine = (i: number) => ({
      network: 'jd',
      lineId: `N${i}-${crypto.randomUUID()}`,
      orderNo: `N${i}`,
      productId: '1',
      productTitle: null,
      status: 'paid',
      statusReason: null,
      paidAmountFen: 10000,
      estimatedCommissionFen: 300,
      actualCommissionFen: null,
      subId: null,
      channelIds: ['position:owned'],
      clickAt: null,
      orderedAt: Date.now(),
      settledAt: null,
    });
    const attributeOne = async () => {
      const samples: number[] = [];
      for (let i = 0; i < 9; i++) samples.push(await webhook([newLine(i)]));
      return Math.round(median(samples.slice(2)) * 10) / 10;
    };
    const noneWaitingMs = await attributeOne();
    await json(`${worker.url}/__bench/seed/waiting`, { method: 'POST', headers: admin, body: JSON.stringify({ lines: 100_000, groups: 100 }) });
    const withWaitingMs = await attributeOne();
    const sweep = await json<{ ms: number; examined: number }>(`${worker.url}/__bench/sweep`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ maxLines: 5_000 }),
    });
    const registerStarted = performance.now();
    const registered = await json<{ attributedOrders: number }>(`${worker.url}/api/admin/affiliates/${owner.id}/channel-ids`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ network: 'jd', channelId: 'position:W7' }),
    });
    const registerMs = Math.round(performance.now() - registerStarted);
    results.attribution = {
      waitingLines: 100_000,
      newLineNoneWaitingMs: noneWaitingMs,
      newLineWith100kWaitingMs: withWaitingMs,
      ratio: ratio(withWaitingMs, noneWaitingMs),
      sweep5000: sweep,
      registerChannelId: { attributed: registered.attributedOrders, ms: registerMs },
    };
  }
  if (want('reliability')) {
    // 4. Reliability: fixed rate, humans and bots mixed; afterwards every click stored once, no bot counted as a
    //    person. One visitor at ~75 clicks a second on one code is a flood by the consumer's rule: past the
    //    first minute's allowance its clicks are floods, counted with the bots — still every click, once.
    const reliabilityCode = await mint('https://item.jd.com/100012043980.html');
    const run = await load({
      url: `${worker.url}/s/${reliabilityCode}`,
      connections: 16,
      durationSeconds: Number(process.env.BENCH_RELIABILITY_SECONDS ?? 60),
      overallRate: 100,
      userAgents: [CHROME, CHROME, CHROME, GOOGLEBOT],
    });
    const humansSent = run.byUserAgent.get(CHROME) ?? 0;
    const botsSent = run.byUserAgent.get(GOOGLEBOT) ?? 0;
    let stats = { humans: 0, bots: 0, previews: 0, raw: 0 };
    for (let i = 0; i < 30 && stats.raw < humansSent + botsSent; i++) {
      await new Promise((r) => setTimeout(r, 1000)); // the queue drains in 1 s batches
      stats = await json(`${worker.url}/__bench/stats/${reliabilityCode}`, { headers: admin });
    }
    const reliable = run.serverErrors === 0 && run.errors === 0 && stats.humans + stats.bots === humansSent + botsSent && stats.humans <= humansSent;
    results.reliability = {
      seconds: Number(process.env.BENCH_RELIABILITY_SECONDS ?? 60),
      rate: 100,
      humansSent,
      botsSent,
      humansCounted: stats.humans,
      botsAndFloodsCounted: stats.bots,
      serverErrors: run.serverErrors,
      errors: run.errors,
      ok: reliable,
    };
    failed = !reliable;
  }
  if (want('convert')) {
    // 6. 文案转链: a message of 10 JD links converted in one request (spans resolved and minted 5 at a time
    //    through the simulated 京东联盟) against the same 10 minted one by one, as pasting them singly would.
    //    Fresh products and a fresh affiliate each round; medians of 3 rounds.
    await json(`${worker.url}/api/admin/networks/jd`, { method: 'PUT', headers: admin, body: JSON.stringify(SIM.jd) });
    let sku = 100_020_000_000;
    const links = () => Array.from({ length: 10 }, () => `https://item.jd.com/${sku++}.html`);
    const singles: number[] = [];
    const messages: number[] = [];
    for (let round = 0; round < 3; round++) {
      const { apiKey: key } = await json<{ apiKey: string }>(`${worker.url}/api/admin/affiliates`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ name: `convert ${round}` }),
      });
      const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
      let started = performance.now();
      for (const url of links()) await json(`${worker.url}/api/codes`, { method: 'POST', headers, body: JSON.stringify({ url }) });
      singles.push(performance.now() - started);
      const text = links()
        .map((url, i) => `${i + 1}️⃣ 好物推荐 券后到手 👉 ${url}`)
        .join('\n');
      started = performance.now();
      const answer = await json<{ items: Array<{ status: string }> }>(`${worker.url}/api/convert`, { method: 'POST', headers, body: JSON.stringify({ text }) });
      messages.push(performance.now() - started);
      if (answer.items.filter((i) => i.status === 'converted').length !== 10) throw new Error(`convert: ${JSON.stringify(answer.items)}`);
    }
    const singleMs = Math.round(median(singles));
    const messageMs = Math.round(median(messages));
    results.convert = { links: 10, tenSingleMintsMs: singleMs, oneMessageMs: messageMs, ratio: ratio(messageMs, singleMs), target: 0.7 };
  }
  if (want('scale')) {
    // 8. Capacity: a simulated 双11 hour — BENCH_SCALE_CLICKS (1,000,000) clicks over 20,000 codes through
    //    the consumer's own path in the Queue's batches of 100 (one D1 batch and one R2 object each) —
    //    with D1's growth per click and the archive it wrote. Throughput is compared between the hour's
    //    first and last tenth: a table that slows as it grows would show here.
    const CLICKS = Number(process.env.BENCH_SCALE_CLICKS ?? 1_000_000);
    const CODES = 20_000;
    const BATCHES = Math.ceil(CLICKS / 100);
    const SLICE = 250;
    const retentionDays = Number(/^CLICK_RETENTION_DAYS = "(\d+)"/m.exec(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'))?.[1]);
    await json(`${worker.url}/__bench/seed/codes`, { method: 'POST', headers: admin, body: JSON.stringify({ codes: CODES, prefix: 'S' }) });
    type Size = { databaseBytes: number; archive: { objects: number; bytes: number } };
    const size = () => json<Size>(`${worker.url}/__bench/scale/size`, { headers: admin });
    const hourStart = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;
    const run = async (from: number, batches: number, countVisitors: boolean) => {
      const slices: Array<{ clicks: number; ms: number }> = [];
      for (let first = from; first < from + batches; first += SLICE) {
        const n = Math.min(SLICE, from + batches - first);
        const { ms } = await json<{ ms: number }>(`${worker.url}/__bench/scale/batches`, {
          method: 'POST',
          headers: admin,
          body: JSON.stringify({ first, batches: n, total: BATCHES * 100, codes: CODES, hourStart, countVisitors }),
        });
        slices.push({ clicks: n * 100, ms });
      }
      return slices;
    };
    const before = await size();
    const started = performance.now();
    const slices = await run(0, BATCHES, true);
    const seconds = (performance.now() - started) / 1000;
    const after = await size();
    // Then a fifth as many again on the same codes and day, ingested as if days later: no visitor rows and
    // no new rollup rows, so their growth weighs the raw click alone.
    const RAW_BATCHES = Math.max(1, Math.floor(BATCHES / 5));
    await run(BATCHES, RAW_BATCHES, false);
    const rawOnly = await size();
    const clicks = BATCHES * 100;
    const rate = (part: typeof slices) => part.reduce((n, s) => n + s.clicks, 0) / (part.reduce((n, s) => n + s.ms, 0) / 1000);
    const tenth = Math.max(1, Math.floor(slices.length / 10));
    const bytesPerClick = Math.round((after.databaseBytes - before.databaseBytes) / clicks);
    const rawClickBytes = Math.round((rawOnly.databaseBytes - after.databaseBytes) / (RAW_BATCHES * 100));
    // What stays per click: its raw row for the retention plus today, its visitor row (and its share of
    // the rollups) for today and yesterday. D1 stops at 10 GB; 2 GB stay for the books.
    const heldPerDailyClick = rawClickBytes * (retentionDays + 1) + Math.max(0, bytesPerClick - rawClickBytes) * 2;
    results.scale = {
      clicks,
      codes: CODES,
      batchSize: 100,
      retentionDays,
      seconds: Math.round(seconds),
      clicksPerSecond: Math.round(clicks / seconds),
      firstTenthClicksPerSecond: Math.round(rate(slices.slice(0, tenth))),
      lastTenthClicksPerSecond: Math.round(rate(slices.slice(-tenth))),
      lastToFirstRatio: ratio(rate(slices.slice(-tenth)), rate(slices.slice(0, tenth))),
      d1GrowthBytes: after.databaseBytes - before.databaseBytes,
      bytesPerClick,
      bytesPerClickGoal: 120,
      rawClickBytes,
      d1BytesHeldPerDailyClick: heldPerDailyClick,
      clicksPerDayPerDatabase: Math.floor((10e9 - 2e9) / heldPerDailyClick),
      clicksPerDayGoal: 5_000_000,
      r2ObjectsWritten: after.archive.objects - before.archive.objects,
      r2BytesPerClick: Math.round(((after.archive.bytes - before.archive.bytes) / clicks) * 10) / 10,
    };
  }
} finally {
  await worker.stop();
  await networks.close();
}

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
if (failed) {
  console.error('reliability check failed');
  process.exit(1);
}
