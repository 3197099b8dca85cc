import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { shareOfFen } from '../../../../shared/commission';
import { makeAffiliate, makeCode } from '../../client';
import { balances, importReport, jdReport, orderLine, pushOrders } from '../../orders-helpers';

// D1 allows 100 bound parameters per statement: every list of ids or rows must be chunked or carried in
// one JSON parameter. These sizes sit on each side of that limit and well past it.

const memberRate = async () => (await env.DB.prepare('SELECT rate_bp AS r FROM tiers ORDER BY sort LIMIT 1').first<{ r: number }>())!.r;

describe('order imports and webhooks across D1 limits', () => {
  it.each([99, 100, 101, 1000])('%i lines import, book every fen once, and import again as unchanged', async (n) => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const { csv, fees } = jdReport(n, code);
    const rate = await memberRate();
    const owed = fees.reduce((sum, fee) => sum + shareOfFen(fee, rate), 0);

    const first = await importReport('jd', csv);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ inserted: n, updated: 0, unchanged: 0, rejected: 0 });
    expect(await balances(id)).toEqual({ pending: owed });

    const again = await importReport('jd', csv);
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: n, rejected: 0 });
    expect(await balances(id)).toEqual({ pending: owed });
  });

  it.each([101, 1000])('a webhook of %i orders is booked in full', async (n) => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const lines = Array.from({ length: n }, (_, i) => orderLine({ subId: code, estimatedCommissionFen: 100 + i }));
    const { status, body } = await pushOrders(lines);
    expect(status).toBe(200);
    expect(body).toEqual({ inserted: n, updated: 0, unchanged: 0 });
    const rate = await memberRate();
    expect(await balances(id)).toEqual({ pending: lines.reduce((s, l) => s + shareOfFen(l.estimatedCommissionFen as number, rate), 0) });
  });
});
