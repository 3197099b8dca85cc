import { describe, expect, it } from 'vitest';
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// 0012 backfills what the new bookkeeping reads: replay history up to 0011 on an empty D1 (this file has
// its own), write rows in the old shape, apply 0012 and read what became of them.

const db = env.MIGRATION_DB;
const all = async (sql: string) => (await db.prepare(sql).all()).results;

describe('0012 ledger revisions and import parts', () => {
  it('marks attributed lines as not waiting, numbers ledger entries per line, and moves stored row errors out of the batch row', async () => {
    await applyD1Migrations(
      db,
      env.TEST_MIGRATIONS.filter((m) => Number(m.name.slice(0, 4)) < 12),
    );
    const errors = JSON.stringify(Array.from({ length: 1_200 }, (_, i) => ({ row: i + 2, code: 'INVALID_ROW', message: `bad ${i}` })));
    await db.batch(
      [
        `INSERT INTO affiliates (id, name, created_at) VALUES ('aff_a', 'A', 0)`,
        `INSERT INTO orders (id, network, platform, line_id, order_no, status, paid_amount_fen, estimated_commission_fen, channel_ids, ordered_at, source_updated_at, created_at, updated_at) VALUES
           ('o1', 'jd', 'jd', 'L1', 'N1', 'settled', 100, 50, '[]', 0, 0, 0, 0), ('o2', 'jd', 'jd', 'L2', 'N2', 'paid', 100, 50, '[]', 0, 0, 0, 0)`,
        `INSERT INTO attributions (order_id, affiliate_id, code, method, confidence, rate_bp, overrides, decided_at) VALUES ('o1', 'aff_a', NULL, 'channel', 80, 5000, '[]', 0)`,
        `INSERT INTO ledger_entries (id, affiliate_id, order_id, kind, role, bucket, amount_fen, reason, created_at) VALUES
           ('led_b', 'aff_a', 'o1', 'settle', 'own', 'pending', -25, 's', 2), ('led_a', 'aff_a', 'o1', 'estimate', 'own', 'pending', 25, 'e', 1),
           ('led_c', 'aff_a', 'o1', 'settle', 'own', 'available', 25, 's', 2), ('led_x', 'aff_a', NULL, 'adjustment', 'adjustment', 'available', 100, 'bonus', 3)`,
        `INSERT INTO import_batches (id, network, file_name, file_sha256, encoding, inserted, updated, unchanged, rejected, errors, created_at) VALUES ('bat_1', 'jd', 'f.csv', '', 'utf-8', 0, 0, 0, 1200, '${errors}', 0)`,
      ].map((sql) => db.prepare(sql)),
    );

    await applyD1Migrations(db, env.TEST_MIGRATIONS);

    expect(await all('SELECT id, waiting, revision, ledger_revision FROM orders ORDER BY id')).toEqual([
      { id: 'o1', waiting: 0, revision: 1, ledger_revision: 1 },
      { id: 'o2', waiting: 1, revision: 1, ledger_revision: 1 },
    ]);
    expect(await all('SELECT id, seq FROM ledger_entries ORDER BY id')).toEqual([
      { id: 'led_a', seq: 0 },
      { id: 'led_b', seq: 1 },
      { id: 'led_c', seq: 2 },
      { id: 'led_x', seq: null },
    ]);
    expect(await all("SELECT count(*) AS n, min(row) AS first, max(row) AS last FROM import_row_errors WHERE batch_id = 'bat_1'")).toEqual([
      { n: 1000, first: 2, last: 1001 },
    ]);
    expect(await all('SELECT errors, rejected FROM import_batches')).toEqual([{ errors: '[]', rejected: 1200 }]);
  });
});
