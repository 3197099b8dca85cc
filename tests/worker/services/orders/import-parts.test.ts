import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { shareOfFen } from '../../../../shared/commission';
import { importPartResultSchema } from '../../../../shared/schemas/orders';
import { ADMIN_TOKEN, call, makeAffiliate } from '../../client';
import { balances, importReport } from '../../orders-helpers';

// Alimama's legacy export (2017–18) has no sub-order number: two variants of one item are two rows with
// one 订单编号 and 商品ID, and two lines. Whatever way the dashboard cuts the file into parts, and in
// whatever order the parts arrive, the books must be what one request makes of the whole file.

const HEADER = [
  '创建时间',
  '点击时间',
  '商品信息',
  '商品ID',
  '商品数',
  '商品单价',
  '订单状态',
  '订单类型',
  '付款金额',
  '效果预估',
  '预估收入',
  '订单编号',
  '广告位ID',
];
const ROWS = 1001;

/** 1,001 rows: 999 lines of their own, then one order + item twice (two colours at ¥20 and ¥30). */
function legacyRows(run: string, adzone: string): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < ROWS - 2; i++) {
    const yuan = (1 + (i % 97)).toFixed(2);
    const fee = ((1 + (i % 97)) / 10).toFixed(2);
    rows.push([
      '2026-11-20 10:15:32',
      '',
      `商品 ${i}`,
      `6789${String(i).padStart(8, '0')}`,
      '1',
      yuan,
      '订单付款',
      '淘宝',
      yuan,
      fee,
      '0.00',
      `30${run}${String(i).padStart(4, '0')}`,
      adzone,
    ]);
  }
  const shared = ['2026-11-20 10:15:32', '', 'T恤 两色', '678999999999', '1'];
  rows.push([...shared, '20.00', '订单付款', '淘宝', '20.00', '2.00', '0.00', `30${run}9999`, adzone]);
  rows.push([...shared, '30.00', '订单付款', '淘宝', '30.00', '3.00', '0.00', `30${run}9999`, adzone]);
  return rows;
}

const feeFen = (row: string[]) => Math.round(Number(row[9]) * 100);

async function affiliateOnAdzone() {
  const affiliate = await makeAffiliate();
  const adzone = String(100_000_000 + Math.floor(Math.random() * 800_000_000));
  const res = await call(`/api/admin/affiliates/${affiliate.id}/channel-ids`, {
    token: ADMIN_TOKEN,
    json: { network: 'taobao', channelId: `adzone:${adzone}` },
  });
  expect(res.status).toBe(201);
  return { ...affiliate, adzone };
}

async function linesOf(run: string) {
  const { results } = await env.DB.prepare(
    `SELECT line_id AS lineId, paid_amount_fen AS paid, estimated_commission_fen AS fee FROM orders WHERE network = 'taobao' AND order_no LIKE '30' || ?1 || '%' ORDER BY line_id`,
  )
    .bind(run)
    .all<{ lineId: string; paid: number; fee: number }>();
  return results;
}

async function startBatch(rows: string[][]) {
  const res = await call('/api/admin/orders/imports', {
    token: ADMIN_TOKEN,
    json: { network: 'taobao', fileName: 'legacy.xls', format: 'xls', totalRows: rows.length, head: [HEADER, ...rows.slice(0, 4)] },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { batchId: string }).batchId;
}

async function sendPart(batchId: string, rows: string[][], part: number, size = 1000) {
  const res = await call(`/api/admin/orders/imports/${batchId}/parts/${part}`, {
    token: ADMIN_TOKEN,
    method: 'PUT',
    json: { firstRow: 2 + part * size, rows: rows.slice(part * size, (part + 1) * size) },
  });
  expect(res.status).toBe(200);
  return importPartResultSchema.parse(await res.json());
}

describe('a legacy export whose repeated order + item straddles two parts', () => {
  const run = () => String(1000 + Math.floor(Math.random() * 8999)) + String(Math.floor(Math.random() * 10));

  it('books what one request books: in order, in reverse, each part twice, the file again', async () => {
    const scenarios: Array<{ name: string; parts: number[] }> = [
      { name: 'one request', parts: [] },
      { name: 'in order', parts: [0, 1] },
      { name: 'in reverse', parts: [1, 0] },
      { name: 'each twice', parts: [1, 0, 1, 0] },
    ];
    const outcomes: Array<{ name: string; lines: Array<{ lineId: string; paid: number; fee: number }>; pending: number | undefined }> = [];
    for (const scenario of scenarios) {
      const r = run();
      const who = await affiliateOnAdzone();
      const rows = legacyRows(r, who.adzone);
      if (scenario.parts.length === 0) {
        const file = [HEADER, ...rows].map((row) => row.join(',')).join('\n');
        const answer = await importReport('taobao', file);
        expect(answer.body).toMatchObject({ inserted: ROWS, rejected: 0 });
      } else {
        const batchId = await startBatch(rows);
        for (const part of scenario.parts) await sendPart(batchId, rows, part);
        // The same file sent again as a new batch changes nothing.
        const again = await startBatch(rows);
        const second = [await sendPart(again, rows, 0), await sendPart(again, rows, 1)];
        expect(second.map((p) => [p.inserted, p.updated])).toEqual([
          [0, 0],
          [0, 0],
        ]);
      }
      const lines = await linesOf(r);
      outcomes.push({
        name: scenario.name,
        lines: lines.map((l) => ({ ...l, lineId: l.lineId.replace(r, 'RUN') })),
        pending: (await balances(who.id)).pending,
      });
      // Exactly the file's lines and money: the two variants are two lines, ¥20 and ¥30 in row order.
      expect(lines, scenario.name).toHaveLength(ROWS);
      expect(lines.filter((l) => l.lineId.startsWith(`30${r}9999`)).map((l) => [l.lineId.replace(r, 'RUN'), l.paid])).toEqual([
        ['30RUN9999-678999999999', 2000],
        ['30RUN9999-678999999999#2', 3000],
      ]);
      expect(lines.reduce((sum, l) => sum + l.fee, 0)).toBe(rows.reduce((sum, row) => sum + feeFen(row), 0));
      expect((await balances(who.id)).pending, scenario.name).toBe(rows.reduce((sum, row) => sum + shareOfFen(feeFen(row), 5000), 0));
    }
    // Every way of sending gives the same books as one request.
    for (const outcome of outcomes.slice(1)) expect(outcome, outcome.name).toEqual({ ...outcomes[0], name: outcome.name });
  });

  it('copies of one part sent at once: the batch counts what the part really wrote', async () => {
    const r = run();
    const who = await affiliateOnAdzone();
    const rows = legacyRows(r, who.adzone).slice(0, 500);
    const batchId = await startBatch(rows);
    const answers = await Promise.all([0, 1, 2].map(() => sendPart(batchId, rows, 0)));
    for (const answer of answers) expect(answer).toMatchObject({ rows: 500, inserted: 500, updated: 0, unchanged: 0 });
    const batch = await env.DB.prepare('SELECT inserted, updated, unchanged FROM import_batches WHERE id = ?1').bind(batchId).first();
    expect(batch).toEqual({ inserted: 500, updated: 0, unchanged: 0 });
    expect((await balances(who.id)).pending).toBe(rows.reduce((sum, row) => sum + shareOfFen(feeFen(row), 5000), 0));
  });
});
