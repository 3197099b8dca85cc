import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { shareOfFen } from '../../../../shared/commission';
import { ADMIN_TOKEN, call, makeAffiliate, makeCode } from '../../client';
import { balances, rollupsAndRegroup } from '../../orders-helpers';
import { JD_COLUMNS, jdFeeOf, jdRow } from '../../jd-rows';

// A report sent as the dashboard sends a large download: 1,000-row parts, one request each. Every fen is
// booked once, the rollups agree with the lines, and sending every part again changes nothing. The same at
// 100,000 lines is measured by `npm run bench` (its imports section checks the counts); here, 2,500 lines in
// three parts keep the test run short. This file owns its database.

const LINES = 2_500;

describe('a report in many parts', () => {
  it('imports in parts within a Worker’s limits and books exactly', async () => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const fees = Array.from({ length: LINES }, (_, i) => jdFeeOf(i));
    const rows = fees.map((_, i) => jdRow('88', i, code));
    const start = await call('/api/admin/orders/imports', {
      token: ADMIN_TOKEN,
      json: { network: 'jd', fileName: 'big.xls', format: 'xls', totalRows: LINES, head: [JD_COLUMNS] },
    });
    const { batchId } = (await start.json()) as { batchId: string };
    const sendAll = async () => {
      let inserted = 0;
      let unchanged = 0;
      for (let part = 0; part * 1000 < LINES; part++) {
        const res = await call(`/api/admin/orders/imports/${batchId}/parts/${part}`, {
          token: ADMIN_TOKEN,
          method: 'PUT',
          json: { firstRow: 2 + part * 1000, rows: rows.slice(part * 1000, part * 1000 + 1000) },
        });
        expect(res.status).toBe(200);
        const body = (await res.json()) as { inserted: number; unchanged: number };
        inserted += body.inserted;
        unchanged += body.unchanged;
      }
      return { inserted, unchanged };
    };
    expect(await sendAll()).toEqual({ inserted: LINES, unchanged: 0 });
    const rate = (await env.DB.prepare('SELECT rate_bp AS r FROM tiers ORDER BY sort LIMIT 1').first<{ r: number }>())!.r;
    const owed = fees.reduce((sum, fee) => sum + shareOfFen(fee, rate), 0);
    expect(await balances(id)).toEqual({ pending: owed });
    const rollups = await rollupsAndRegroup();
    expect(rollups.kept).toEqual(rollups.regrouped);
    // Every part again (a dashboard retrying after a lost answer): recorded parts are not imported twice.
    expect(await sendAll()).toEqual({ inserted: LINES, unchanged: 0 });
    expect(await balances(id)).toEqual({ pending: owed });
    const batch = (await (await call('/api/admin/reports/imports', { token: ADMIN_TOKEN })).json()) as { batches: Array<Record<string, number | string>> };
    expect(batch.batches.find((b) => b.id === batchId)).toMatchObject({ inserted: LINES, processedRows: LINES, totalRows: LINES });
  }, 60_000);
});
