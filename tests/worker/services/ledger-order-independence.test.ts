import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { makeAffiliate, makeCode } from '../client';
import { importReport, rollupsAndRegroup } from '../orders-helpers';

// Property: whatever order JD reports arrive in, and however often, the books end up the same.

const HEADER = 'id,orderId,orderTime,finishTime,modifyTime,skuId,skuName,estimateCosPrice,estimateFee,actualFee,validCode,payMonth,subUnionId';

interface Version {
  line: number;
  validCode: number;
  modified: string;
  estimateFee: string;
  actualFee?: string;
  payMonth?: string;
}

// Four report snapshots of three lines over time: paid, a partial refund, completion, settlement, a void.
const REPORTS: Version[][] = [
  [
    { line: 1, validCode: 16, modified: '2026-11-01 10:00:00', estimateFee: '40.47' },
    { line: 2, validCode: 16, modified: '2026-11-01 11:00:00', estimateFee: '9.99' },
  ],
  [
    { line: 1, validCode: 16, modified: '2026-11-02 10:00:00', estimateFee: '30.35' },
    { line: 3, validCode: 16, modified: '2026-11-02 12:00:00', estimateFee: '0.03' },
  ],
  [
    { line: 1, validCode: 17, modified: '2026-11-05 10:00:00', estimateFee: '30.35', actualFee: '30.35', payMonth: '20261120' },
    { line: 2, validCode: 3, modified: '2026-11-03 09:00:00', estimateFee: '9.99' },
  ],
  [{ line: 3, validCode: 17, modified: '2026-11-06 10:00:00', estimateFee: '0.03', actualFee: '0.01', payMonth: '20991231' }],
];

function report(run: string, code: string, versions: Version[]): string {
  const rows = versions.map((v) =>
    [
      `${run}${v.line}-1000${v.line}`,
      `${run}${v.line}`,
      '2026-11-01 09:00:00',
      '',
      v.modified,
      `1000${v.line}`,
      `商品${v.line}`,
      '100.00',
      v.estimateFee,
      v.actualFee ?? '0.00',
      v.validCode,
      v.payMonth ?? '0',
      code,
    ].join(','),
  );
  return [HEADER, ...rows].join('\n');
}

/** A small deterministic PRNG so a failure can be replayed. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function booksAfter(sequence: number[]) {
  const { id, apiKey } = await makeAffiliate();
  const { code } = await makeCode(apiKey, 'https://item.jd.com/10001.html');
  const run = String(100000 + Math.floor(Math.random() * 900000));
  for (const i of sequence) await importReport('jd', report(run, code, REPORTS[i]!));
  const rows = await env.DB.prepare('SELECT bucket, sum(amount_fen) AS fen FROM ledger_entries WHERE affiliate_id = ? GROUP BY bucket ORDER BY bucket')
    .bind(id)
    .all<{ bucket: string; fen: number }>();
  return Object.fromEntries(rows.results.map((r) => [r.bucket, r.fen]));
}

describe('the ledger does not depend on report order or repetition', () => {
  it('in order, shuffled and repeated, the balances are identical', async () => {
    const expected = await booksAfter([0, 1, 2, 3]);
    // line 1 settled at 30.35 × 50 % = 1518 (rounded half up from 1517.5); line 3 pending 0.03 × 50 % → 2; line 2 void.
    expect(expected).toEqual({ available: 1518, pending: 2 });
    const random = mulberry32(20261126);
    for (let trial = 0; trial < 6; trial++) {
      const sequence = [0, 1, 2, 3, ...Array.from({ length: 3 }, () => Math.floor(random() * 4))].sort(() => random() - 0.5);
      expect(await booksAfter(sequence), `sequence ${sequence.join(',')}`).toEqual(expected);
    }
    // The dashboard's order rollups, moved line by line through all of that, equal a fresh regroup.
    const rollups = await rollupsAndRegroup();
    expect(rollups.kept).toEqual(rollups.regrouped);
    expect(rollups.emptyRows).toBe(0);
  });
});
