import { Hono } from 'hono';
import { z } from 'zod';
import { chinaDayNumber, chinaDayStartOf, DAY_MS } from '../../shared/china-time';
import { newId } from '../../shared/ids';
import type { ClickMessage } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { type ClickBatchOptions, writeClickBatch } from '../db/queries/click-ingest';
import { CLICK_KIND_CODES } from '../db/schema';
import { ARCHIVE_PREFIX } from '../services/clicks/click-archive';
import { ingestClicks } from '../services/clicks/ingest-clicks';
import { rebuildOrderRollups } from '../db/queries/order-rollups';
import { validate } from '../middleware/validate';
import { createAffiliate } from '../services/create-affiliate';
import { sweepWaitingLines } from '../services/orders/attribute-orders';
import { CLICK_MATCH_WINDOW_MS, FLOOD_CLICKS_PER_MINUTE, FLOOD_TIMES_USUAL } from '../services/orders/decide-attribution';

/** The bench writes clicks as the consumer does, floods flagged the same way. */
const benchBatch = (): ClickBatchOptions => ({
  flood: { perMinute: FLOOD_CLICKS_PER_MINUTE, timesUsual: FLOOD_TIMES_USUAL },
  visitorsFromDay: chinaDayNumber(Date.now()) - 1,
  matchWindowMs: CLICK_MATCH_WINDOW_MS,
});

// Only for `npm run bench`, mounted by worker/bench/entry.ts: a bare-302 baseline, the two ingestion
// paths, and a seeded large dataset. The deployed Worker (worker/index.ts) does not contain them.

/** The queries section's seeded codes (B1…): minted codes can start with a B too. */
const seeded = (column: string) => `${column} IN (SELECT code FROM share_codes WHERE product_id GLOB 'prd_benchB[0-9]*')`;

const ingestSchema = z.object({ code: z.string().max(20), n: z.number().int().min(1).max(100_000), mode: z.enum(['batch', 'single']) });
const seedSchema = z.object({ codes: z.number().int().min(1).max(200_000) });

function syntheticClick(code: string, i: number, at: number): ClickMessage {
  const hex = (i * 2654435761).toString(16).padStart(8, '0');
  return {
    id: newId('clk', at),
    code,
    at,
    day: chinaDayNumber(at),
    visitorHash: hex.repeat(8).slice(0, 64),
    kind: 'human',
    device: 'mobile',
    os: 'iOS',
    browser: 'WebKit',
    app: 'WeChat',
    country: 'CN',
    referrerHost: null,
  };
}

// What a 双11 hour's clicks look like: phones in the apps people share in, a few referrers, one in ten a bot.
const HOUR_FACTS = [
  { device: 'mobile', os: 'iOS', browser: 'WebKit', app: 'WeChat' },
  { device: 'mobile', os: 'Android', browser: 'Chrome WebView', app: 'WeChat' },
  { device: 'mobile', os: 'Android', browser: 'Chrome WebView', app: 'QQ' },
  { device: 'mobile', os: 'iOS', browser: 'WebKit', app: 'Weibo' },
  { device: 'mobile', os: 'HarmonyOS', browser: 'Huawei Browser', app: null },
  { device: 'desktop', os: 'Windows', browser: 'Chrome', app: null },
  { device: 'tablet', os: 'iOS', browser: 'Mobile Safari', app: null },
] as const;
const HOUR_REFERRERS = [null, 'servicewechat.com', 'weibo.cn', 'qzone.qq.com', 'www.douyin.com'] as const;

/** Click `i` of `total` spread over one hour from `hourStart`, on one of `codes` codes S1…. */
function hourClick(i: number, total: number, codes: number, hourStart: number): ClickMessage {
  const at = hourStart + Math.floor((i * 3_600_000) / total);
  const mix = Math.imul(i + 1, 2654435761) >>> 0;
  const visitor = `${mix.toString(16).padStart(8, '0')}${i.toString(16).padStart(8, '0')}`;
  return {
    id: newId('clk', at),
    code: `S${((mix >>> 7) % codes) + 1}`,
    at,
    day: chinaDayNumber(at),
    visitorHash: visitor.repeat(4),
    kind: mix % 10 === 0 ? 'bot' : 'human',
    ...HOUR_FACTS[mix % HOUR_FACTS.length]!,
    country: 'CN',
    referrerHost: HOUR_REFERRERS[(mix >>> 3) % HOUR_REFERRERS.length]!,
  };
}

export const benchRoutes = new Hono<AppEnv>()
  .get('/302', (c) => c.redirect('https://item.jd.com/100012043978.html', 302))
  .post('/ingest', validate('json', ingestSchema), async (c) => {
    const { code, n, mode } = c.req.valid('json');
    const db = openDb(c.env.DB);
    const clicks = Array.from({ length: n }, (_, i) => syntheticClick(code, i, Date.now()));
    const started = Date.now();
    if (mode === 'batch') for (let i = 0; i < n; i += 100) await writeClickBatch(db, clicks.slice(i, i + 100), benchBatch());
    else for (const click of clicks) await writeClickBatch(db, [click], benchBatch());
    return c.json({ n, mode, ms: Date.now() - started });
  })
  // Seeding runs in steps (codes, then clicks in slices, then rollups) so no single D1 call runs long.
  .post('/seed/codes', validate('json', z.object({ codes: seedSchema.shape.codes, prefix: z.enum(['B', 'S']).default('B') })), async (c) => {
    const { codes, prefix } = c.req.valid('json');
    const affiliate = await createAffiliate(openDb(c.env.DB), '压测推客 Bench');
    const d1 = c.env.DB;
    // Codes B1… are the queries section's (items 91…), S1… the scale section's (items 71…).
    const item = prefix === 'B' ? '9' : '7';
    // Generated inside SQLite: the rows never cross the Worker boundary.
    await d1.batch([
      d1
        .prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
        INSERT INTO products (id, platform, external_id, url, title, created_at, updated_at)
        SELECT 'prd_bench' || ?2 || i, 'jd', ?3 || i, 'https://item.jd.com/' || ?3 || i || '.html', '压测商品 ' || i, 0, 0 FROM n`)
        .bind(codes, prefix, item),
      d1
        .prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
        INSERT INTO share_codes (code, affiliate_id, product_id, channel, destination_url, created_at)
        SELECT ?3 || i, ?2, 'prd_bench' || ?3 || i, '', 'https://item.jd.com/' || ?4 || i || '.html', i FROM n`)
        .bind(codes, affiliate.id, prefix, item),
    ]);
    return c.json({ apiKey: affiliate.apiKey, affiliateId: affiliate.id });
  })
  .post(
    '/seed/clicks',
    validate('json', z.object({ from: z.number().int().min(0), count: z.number().int().min(1).max(200_000), codes: seedSchema.shape.codes })),
    async (c) => {
      const { from, count, codes } = c.req.valid('json');
      const today = chinaDayNumber(Date.now());
      // D1 binds JS numbers as REAL; cast so ids and modulo arithmetic stay integral.
      await c.env.DB.batch([
        c.env.DB.prepare("INSERT OR IGNORE INTO click_facets (device, os, browser, app, country, referrer_host) VALUES ('', '', '', '', '', '')"),
        c.env.DB.prepare(`WITH RECURSIVE n(i) AS (SELECT CAST(?1 AS INTEGER) UNION ALL SELECT i + 1 FROM n WHERE i < CAST(?1 + ?2 - 1 AS INTEGER))
        INSERT INTO clicks (day, code, at, visitor, nonce, kind, facets)
        SELECT CAST(?5 AS INTEGER) - (i % 30), 'B' || (i % CAST(?3 AS INTEGER) + 1), CAST(?4 AS INTEGER) - (i % 30) * 86400000 - i, unhex(printf('%016x', i % 50000)), i,
               CASE WHEN i % 10 = 0 THEN ${CLICK_KIND_CODES.bot} ELSE ${CLICK_KIND_CODES.human} END,
               (SELECT id FROM click_facets WHERE device = '' AND os = '' AND browser = '' AND app = '' AND country = '' AND referrer_host = '') FROM n`).bind(
          from,
          count,
          codes,
          chinaDayStartOf(today) + DAY_MS - 1,
          today,
        ),
      ]);
      return c.json({ inserted: count });
    },
  )
  .post('/seed/rollups', async (c) => {
    // Every seeded code is a JD product of the bench affiliate, so the code-derived columns are constants.
    await c.env.DB.prepare(`INSERT INTO click_rollups (code, day, platform, humans, uniques, bots, previews)
        SELECT code, day, 'jd', sum(kind = ${CLICK_KIND_CODES.human}), count(DISTINCT CASE WHEN kind = ${CLICK_KIND_CODES.human} THEN visitor END),
          sum(kind = ${CLICK_KIND_CODES.bot}), 0
        FROM clicks WHERE ${seeded('code')} GROUP BY code, day`).run();
    await c.env.DB.prepare(`INSERT INTO affiliate_click_rollups (affiliate_id, day, humans, bots, previews)
        SELECT s.affiliate_id, r.day, sum(r.humans), sum(r.bots), sum(r.previews)
        FROM click_rollups r JOIN share_codes s ON s.code = r.code WHERE ${seeded('r.code')} GROUP BY s.affiliate_id, r.day`).run();
    const perDay = (dimension: string, value: string) =>
      `SELECT day, '${dimension}', ${value}, 'jd', sum(kind = ${CLICK_KIND_CODES.human}), 0, sum(kind = ${CLICK_KIND_CODES.bot}), 0 FROM clicks WHERE ${seeded('code')} GROUP BY day`;
    // D1 allows at most five terms in one compound SELECT, hence two statements.
    const insert = (terms: string[]) =>
      c.env.DB.prepare(`INSERT INTO dimension_click_rollups (day, dimension, value, platform, humans, uniques, bots, previews)
        SELECT * FROM (${terms.join(' UNION ALL ')}) WHERE true
        ON CONFLICT (day, dimension, value, platform) DO UPDATE SET humans = humans + excluded.humans, uniques = uniques + excluded.uniques, bots = bots + excluded.bots`).run();
    await insert([perDay('app', "''"), perDay('country', "''"), perDay('device', "''"), perDay('channel', "''")]);
    await insert([
      `SELECT r.day, 'affiliate', s.affiliate_id, 'jd', sum(r.humans), 0, sum(r.bots), 0 FROM click_rollups r JOIN share_codes s ON s.code = r.code WHERE ${seeded('r.code')} GROUP BY r.day, s.affiliate_id`,
      `SELECT r.day, 'product', 'jd:9' || substr(r.code, 2), 'jd', r.humans, 0, r.bots, 0 FROM click_rollups r WHERE ${seeded('r.code')}`,
      `SELECT day, 'platform', 'jd', 'jd', sum(humans), sum(uniques), sum(bots), 0 FROM click_rollups WHERE ${seeded('code')} GROUP BY day`,
    ]);
    return c.json({ ok: true });
  })
  .post(
    '/seed/orders',
    validate('json', z.object({ orders: z.number().int().min(1).max(500_000), codes: seedSchema.shape.codes, affiliateId: z.string() })),
    async (c) => {
      const { orders, codes, affiliateId } = c.req.valid('json');
      const d1 = c.env.DB;
      const now = Date.now();
      await d1.batch([
        d1
          .prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < CAST(?1 AS INTEGER))
        INSERT INTO orders (id, network, platform, line_id, order_no, product_id, product_title, status, paid_amount_fen, estimated_commission_fen,
          actual_commission_fen, sub_id, channel_ids, click_at, ordered_at, settled_at, status_reason, source_updated_at, waiting, created_at, updated_at)
        SELECT 'ord_bench' || i, 'jd', 'jd', 'L' || i, 'O' || i, '9' || (i % CAST(?2 AS INTEGER) + 1), '压测商品',
          CASE i % 4 WHEN 0 THEN 'settled' WHEN 1 THEN 'paid' WHEN 2 THEN 'received' ELSE 'invalid' END,
          10000, 300, CASE WHEN i % 4 = 0 THEN 280 END, NULL, '[]', NULL, CAST(?3 AS INTEGER) - (i % 30) * 86400000, NULL, NULL, CAST(?3 AS INTEGER),
          i % 5 = 0, 0, 0 FROM n`)
          .bind(orders, codes, now),
        d1
          .prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < CAST(?1 AS INTEGER))
        INSERT INTO attributions (order_id, affiliate_id, code, method, confidence, rate_bp, overrides, decided_at)
        SELECT 'ord_bench' || i, ?3, 'B' || (i % CAST(?2 AS INTEGER) + 1), 'sub_id', 100, 5000, '[]', 0 FROM n WHERE i % 5 != 0`)
          .bind(orders, codes, affiliateId),
      ]);
      const today = chinaDayNumber(now);
      await rebuildOrderRollups(
        c.env.DB,
        Array.from({ length: 31 }, (_, i) => today - i),
      );
      return c.json({ inserted: orders });
    },
  )
  // Lines no rule can attribute yet: each carries an unregistered JD position id (`position:W<i % groups>`).
  .post(
    '/seed/waiting',
    validate('json', z.object({ lines: z.number().int().min(1).max(500_000), groups: z.number().int().min(1).max(100_000) })),
    async (c) => {
      const { lines, groups } = c.req.valid('json');
      const now = Date.now();
      await c.env.DB.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < CAST(?1 AS INTEGER))
        INSERT INTO orders (id, network, platform, line_id, order_no, product_id, status, paid_amount_fen, estimated_commission_fen,
          channel_ids, ordered_at, source_updated_at, waiting, created_at, updated_at)
        SELECT printf('ord_wait%08d', i), 'jd', 'jd', 'W' || i, 'WO' || i, '8' || i, 'paid', 10000, 300,
          json_array('position:W' || (i % CAST(?2 AS INTEGER))), CAST(?3 AS INTEGER), CAST(?3 AS INTEGER), 1, 0, 0 FROM n`)
        .bind(lines, groups, now)
        .run();
      return c.json({ inserted: lines });
    },
  )
  // One cron run of the attribution sweep, timed inside the Worker.
  .post('/sweep', validate('json', z.object({ maxLines: z.number().int().min(1).max(100_000) })), async (c) => {
    const started = Date.now();
    const run = await sweepWaitingLines(openDb(c.env.DB), { maxLines: c.req.valid('json').maxLines });
    return c.json({ ms: Date.now() - started, examined: run.examined, attributed: run.attributed.length });
  })
  // The scale section: a simulated 双11 hour through the consumer's own path (one D1 batch and one R2
  // object per batch of 100), a slice of batches per request.
  .post(
    '/scale/batches',
    validate(
      'json',
      z.object({
        first: z.number().int().min(0),
        batches: z.number().int().min(1).max(1000),
        total: z.number().int().min(100).max(10_000_000),
        codes: seedSchema.shape.codes,
        hourStart: z.number().int().min(0),
        /** false: ingest as if days later, when the hour's visitor sets are gone — to weigh a raw click alone. */
        countVisitors: z.boolean().default(true),
      }),
    ),
    async (c) => {
      const { first, batches, total, codes, hourStart, countVisitors } = c.req.valid('json');
      const now = hourStart + (countVisitors ? 3_600_000 : 3 * 86_400_000);
      const db = openDb(c.env.DB);
      const started = Date.now();
      for (let b = first; b < first + batches; b++) {
        const messages = Array.from({ length: 100 }, (_, j) => hourClick(b * 100 + j, total, codes, hourStart));
        await ingestClicks(db, c.env.CLICK_ARCHIVE, messages, now);
      }
      return c.json({ ms: Date.now() - started });
    },
  )
  .get('/scale/size', async (c) => {
    const { meta } = await c.env.DB.prepare('SELECT 1').run();
    const archive = { objects: 0, bytes: 0 };
    let cursor: string | undefined;
    do {
      const listed = await c.env.CLICK_ARCHIVE.list({ prefix: ARCHIVE_PREFIX, ...(cursor ? { cursor } : {}) });
      archive.objects += listed.objects.length;
      archive.bytes += listed.objects.reduce((sum, o) => sum + o.size, 0);
      cursor = listed.truncated ? listed.cursor : undefined;
    } while (cursor);
    return c.json({ databaseBytes: meta.size_after, archive });
  })
  .get('/stats/:code', async (c) => {
    const row = await c.env.DB.prepare(
      'SELECT coalesce(sum(humans), 0) AS humans, coalesce(sum(bots), 0) AS bots, coalesce(sum(previews), 0) AS previews FROM click_rollups WHERE code = ?',
    )
      .bind(c.req.param('code'))
      .first();
    const raw = await c.env.DB.prepare('SELECT count(*) AS n FROM clicks WHERE code = ?').bind(c.req.param('code')).first<{ n: number }>();
    return c.json({ ...row, raw: raw?.n ?? 0 });
  });
