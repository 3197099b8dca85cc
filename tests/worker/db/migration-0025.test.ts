import { describe, expect, it } from 'vitest';
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// Like migrations.test.ts (a file of its own: each file starts from an empty MIGRATION_DB): replay history
// up to the migration before, put rows in the old shape, migrate, and read what became of them.

const db = env.MIGRATION_DB;
const noon = Date.parse('2026-12-01T12:00:00+08:00');
const day = Math.floor((noon + 8 * 3_600_000) / 86_400_000);
const all = async (sql: string) => (await db.prepare(sql).all()).results;

describe('0025 compact clicks', () => {
  it('keeps every raw click and visitor, their kinds and facts, in the compact rows', async () => {
    await applyD1Migrations(
      db,
      env.TEST_MIGRATIONS.filter((m) => Number(m.name.slice(0, 4)) < 25),
    );
    const at = noon;
    const hash = (n: number) => n.toString(16).padStart(64, '0');
    await db.batch(
      [
        `INSERT INTO affiliates (id, name, created_at) VALUES ('aff_a', 'A', 0)`,
        `INSERT INTO products (id, platform, external_id, url, created_at, updated_at) VALUES ('prd_jd', 'jd', '100', 'https://item.jd.com/100.html', 0, 0)`,
        `INSERT INTO share_codes (code, affiliate_id, product_id, channel, destination_url, created_at) VALUES ('CodeJd', 'aff_a', 'prd_jd', '', 'https://item.jd.com/100.html', 0)`,
        `INSERT INTO clicks (id, code, at, day, visitor_hash, kind, device, os, browser, app, country, referrer_host, ingest_token) VALUES
           ('c1', 'CodeJd', ${at}, ${day}, '${hash(1)}', 'human', 'mobile', 'iOS', 'WebKit', 'WeChat', 'CN', 'servicewechat.com', 't'),
           ('c2', 'CodeJd', ${at + 1}, ${day}, '${hash(2)}', 'flood', 'mobile', 'iOS', 'WebKit', 'WeChat', 'CN', 'servicewechat.com', 't'),
           ('c3', 'CodeJd', ${at + 2}, ${day}, '${hash(3)}', 'bot', NULL, 'Linux', NULL, NULL, NULL, NULL, 't'),
           ('c4', 'CodeJd', ${at + 3}, ${day}, '${hash(4)}', 'preview', NULL, NULL, 'Telegram', NULL, 'US', NULL, 't')`,
        `INSERT INTO click_visitors (code, day, visitor_hash, ingest_token) VALUES ('CodeJd', ${day}, '${hash(1)}', 't')`,
      ].map((sql) => db.prepare(sql)),
    );

    await applyD1Migrations(db, env.TEST_MIGRATIONS);

    expect(
      await all(`SELECT c.day, c.code, c.at, lower(hex(c.visitor)) AS visitor, c.nonce > 0 AS nonce, c.kind, f.device, f.os, f.browser, f.app, f.country, f.referrer_host
        FROM clicks c JOIN click_facets f ON f.id = c.facets ORDER BY c.at`),
    ).toEqual([
      {
        day: day,
        code: 'CodeJd',
        at,
        visitor: hash(1).slice(0, 16),
        nonce: 1,
        kind: 0,
        device: 'mobile',
        os: 'iOS',
        browser: 'WebKit',
        app: 'WeChat',
        country: 'CN',
        referrer_host: 'servicewechat.com',
      },
      {
        day: day,
        code: 'CodeJd',
        at: at + 1,
        visitor: hash(2).slice(0, 16),
        nonce: 1,
        kind: 3,
        device: 'mobile',
        os: 'iOS',
        browser: 'WebKit',
        app: 'WeChat',
        country: 'CN',
        referrer_host: 'servicewechat.com',
      },
      {
        day: day,
        code: 'CodeJd',
        at: at + 2,
        visitor: hash(3).slice(0, 16),
        nonce: 1,
        kind: 1,
        device: '',
        os: 'Linux',
        browser: '',
        app: '',
        country: '',
        referrer_host: '',
      },
      {
        day: day,
        code: 'CodeJd',
        at: at + 3,
        visitor: hash(4).slice(0, 16),
        nonce: 1,
        kind: 2,
        device: '',
        os: '',
        browser: 'Telegram',
        app: '',
        country: 'US',
        referrer_host: '',
      },
    ]);
    expect(await all('SELECT count(*) AS n FROM click_facets')).toEqual([{ n: 3 }]);
    expect(await all('SELECT code, day, lower(hex(visitor)) AS visitor FROM click_visitors')).toEqual([
      { code: 'CodeJd', day: day, visitor: hash(1).slice(0, 16) },
    ]);
  });
});
