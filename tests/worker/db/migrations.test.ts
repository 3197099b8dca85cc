import { describe, expect, it } from 'vitest';
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Hand-written backfills run once, on databases that already hold data: replay history on an empty
// D1 up to the migration before, put rows in the old shape, then migrate and read what became of them.

const before = (n: number) => env.TEST_MIGRATIONS.filter((m) => Number(m.name.slice(0, 4)) < n);
const db = env.MIGRATION_DB;
const day = (iso: string) => Math.floor((Date.parse(`${iso}T12:00:00+08:00`) + 8 * 3_600_000) / 86_400_000);
const noon = (iso: string) => Date.parse(`${iso}T12:00:00+08:00`);
const all = async (sql: string) => (await db.prepare(sql).all()).results;

describe('0010 report rollups by platform', () => {
  it('keeps every count and fills platform, code and product from what is held', async () => {
    await applyD1Migrations(db, before(10));
    const old = '2025-06-01'; // raw clicks already pruned: only rollups remain
    const recent = '2025-06-20';
    await db.batch(
      [
        `INSERT INTO affiliates (id, name, created_at) VALUES ('aff_a', 'A', 0)`,
        `INSERT INTO products (id, platform, external_id, url, created_at, updated_at) VALUES
           ('prd_jd', 'jd', '100', 'https://item.jd.com/100.html', 0, 0), ('prd_tm', 'tmall', '200', 'https://detail.tmall.com/item.htm?id=200', 0, 0)`,
        `INSERT INTO share_codes (code, affiliate_id, product_id, channel, destination_url, created_at) VALUES
           ('CodeJd', 'aff_a', 'prd_jd', 'wx', 'https://item.jd.com/100.html', 0), ('CodeTm', 'aff_a', 'prd_tm', '', 'https://detail.tmall.com/item.htm?id=200', 0)`,
        `INSERT INTO click_rollups (code, day, humans, uniques, bots, previews) VALUES
           ('CodeJd', ${day(old)}, 5, 4, 1, 0), ('CodeTm', ${day(old)}, 2, 2, 0, 1), ('CodeJd', ${day(recent)}, 2, 2, 0, 0), ('CodeTm', ${day(recent)}, 1, 1, 0, 0)`,
        `INSERT INTO clicks (id, code, at, day, visitor_hash, kind, app) VALUES
           ('c1', 'CodeJd', ${noon(recent)}, ${day(recent)}, 'h1', 'human', 'WeChat'), ('c2', 'CodeJd', ${noon(recent)}, ${day(recent)}, 'h2', 'human', NULL),
           ('c3', 'CodeTm', ${noon(recent)}, ${day(recent)}, 'h3', 'human', 'WeChat')`,
        `INSERT INTO dimension_click_rollups (day, dimension, value, humans, uniques, bots, previews) VALUES
           (${day(old)}, 'app', 'QQ', 7, 0, 1, 1), (${day(recent)}, 'app', 'WeChat', 2, 0, 0, 0), (${day(recent)}, 'app', '', 1, 0, 0, 0)`,
        `INSERT INTO orders (id, network, line_id, order_no, product_id, status, paid_amount_fen, estimated_commission_fen, channel_ids, ordered_at, source_updated_at, created_at, updated_at) VALUES
           ('o1', 'taobao', 'L1', 'N1', '200', 'paid', 10000, 500, '[]', ${noon(recent)}, 0, 0, 0),
           ('o2', 'taobao', 'L2', 'N2', '999', 'paid', 3000, 100, '[]', ${noon(recent)}, 0, 0, 0),
           ('o3', 'jd', 'L3', 'N3', '100', 'settled', 20000, 900, '[]', ${noon(recent)}, 0, 0, 0),
           ('o4', 'jd', 'L4', 'N4', '100', 'invalid', 5000, 200, '[]', ${noon(recent)}, 0, 0, 0)`,
        `INSERT INTO attributions (order_id, affiliate_id, code, method, confidence, rate_bp, overrides, decided_at) VALUES
           ('o1', 'aff_a', 'CodeTm', 'sub_id', 100, 5000, '[]', 0), ('o3', 'aff_a', 'CodeJd', 'sub_id', 100, 5000, '[]', 0)`,
      ].map((sql) => db.prepare(sql)),
    );

    await applyD1Migrations(db, env.TEST_MIGRATIONS);

    expect(await all('SELECT code, day, platform, humans FROM click_rollups ORDER BY code, day')).toEqual([
      { code: 'CodeJd', day: day(old), platform: 'jd', humans: 5 },
      { code: 'CodeJd', day: day(recent), platform: 'jd', humans: 2 },
      { code: 'CodeTm', day: day(old), platform: 'tmall', humans: 2 },
      { code: 'CodeTm', day: day(recent), platform: 'tmall', humans: 1 },
    ]);
    // A Taobao-network line of an item we know as Tmall's is Tmall's; an unknown item stays Taobao's.
    expect(await all('SELECT id, platform FROM orders ORDER BY id')).toEqual([
      { id: 'o1', platform: 'tmall' },
      { id: 'o2', platform: 'taobao' },
      { id: 'o3', platform: 'jd' },
      { id: 'o4', platform: 'jd' },
    ]);
    const dims = await all(`SELECT day, dimension, value, platform, humans, uniques FROM dimension_click_rollups ORDER BY dimension, day, value, platform`);
    expect(dims).toEqual([
      { day: day(old), dimension: 'affiliate', value: 'aff_a', platform: 'jd', humans: 5, uniques: 0 },
      { day: day(old), dimension: 'affiliate', value: 'aff_a', platform: 'tmall', humans: 2, uniques: 0 },
      { day: day(recent), dimension: 'affiliate', value: 'aff_a', platform: 'jd', humans: 2, uniques: 0 },
      { day: day(recent), dimension: 'affiliate', value: 'aff_a', platform: 'tmall', humans: 1, uniques: 0 },
      // A day whose raw clicks are gone keeps its user-agent totals, platform unknown; a day whose raw
      // clicks are all held is regrouped by platform (and so are country and device).
      { day: day(old), dimension: 'app', value: 'QQ', platform: '', humans: 7, uniques: 0 },
      { day: day(recent), dimension: 'app', value: '', platform: 'jd', humans: 1, uniques: 0 },
      { day: day(recent), dimension: 'app', value: 'WeChat', platform: 'jd', humans: 1, uniques: 0 },
      { day: day(recent), dimension: 'app', value: 'WeChat', platform: 'tmall', humans: 1, uniques: 0 },
      { day: day(old), dimension: 'channel', value: '', platform: 'tmall', humans: 2, uniques: 0 },
      { day: day(old), dimension: 'channel', value: 'wx', platform: 'jd', humans: 5, uniques: 0 },
      { day: day(recent), dimension: 'channel', value: '', platform: 'tmall', humans: 1, uniques: 0 },
      { day: day(recent), dimension: 'channel', value: 'wx', platform: 'jd', humans: 2, uniques: 0 },
      { day: day(recent), dimension: 'country', value: '', platform: 'jd', humans: 2, uniques: 0 },
      { day: day(recent), dimension: 'country', value: '', platform: 'tmall', humans: 1, uniques: 0 },
      { day: day(recent), dimension: 'device', value: '', platform: 'jd', humans: 2, uniques: 0 },
      { day: day(recent), dimension: 'device', value: '', platform: 'tmall', humans: 1, uniques: 0 },
      { day: day(old), dimension: 'platform', value: 'jd', platform: 'jd', humans: 5, uniques: 4 },
      { day: day(old), dimension: 'platform', value: 'tmall', platform: 'tmall', humans: 2, uniques: 2 },
      { day: day(recent), dimension: 'platform', value: 'jd', platform: 'jd', humans: 2, uniques: 2 },
      { day: day(recent), dimension: 'platform', value: 'tmall', platform: 'tmall', humans: 1, uniques: 1 },
      { day: day(old), dimension: 'product', value: 'jd:100', platform: 'jd', humans: 5, uniques: 0 },
      { day: day(old), dimension: 'product', value: 'tmall:200', platform: 'tmall', humans: 2, uniques: 0 },
      { day: day(recent), dimension: 'product', value: 'jd:100', platform: 'jd', humans: 2, uniques: 0 },
      { day: day(recent), dimension: 'product', value: 'tmall:200', platform: 'tmall', humans: 1, uniques: 0 },
    ]);
    expect(
      await all('SELECT day, platform, affiliate_id, channel, code, product, orders, gmv_fen, commission_fen FROM order_rollups ORDER BY platform'),
    ).toEqual([
      {
        day: day(recent),
        platform: 'jd',
        affiliate_id: 'aff_a',
        channel: 'wx',
        code: 'CodeJd',
        product: 'jd:100',
        orders: 1,
        gmv_fen: 20000,
        commission_fen: 900,
      },
      { day: day(recent), platform: 'taobao', affiliate_id: '', channel: '', code: '', product: 'taobao:999', orders: 1, gmv_fen: 3000, commission_fen: 100 },
      {
        day: day(recent),
        platform: 'tmall',
        affiliate_id: 'aff_a',
        channel: '',
        code: 'CodeTm',
        product: 'tmall:200',
        orders: 1,
        gmv_fen: 10000,
        commission_fen: 500,
      },
    ]);
    // 0024: every share says what of its commission is settled, and the day totals are the shares' sums.
    expect(await all(`SELECT id, json_extract(rolled_up, '$.settledFen') AS settled FROM orders WHERE rolled_up IS NOT NULL ORDER BY id`)).toEqual([
      { id: 'o1', settled: 0 },
      { id: 'o2', settled: 0 },
      { id: 'o3', settled: 900 },
    ]);
    expect(await all('SELECT day, platform, orders, gmv_fen, commission_fen, settled_fen FROM order_day_rollups ORDER BY platform')).toEqual([
      { day: day(recent), platform: 'jd', orders: 1, gmv_fen: 20000, commission_fen: 900, settled_fen: 900 },
      { day: day(recent), platform: 'taobao', orders: 1, gmv_fen: 3000, commission_fen: 100, settled_fen: 0 },
      { day: day(recent), platform: 'tmall', orders: 1, gmv_fen: 10000, commission_fen: 500, settled_fen: 0 },
    ]);
  });
});
