import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { overviewSchema } from '../../../../shared/schemas/reports';
import { ADMIN_TOKEN, call, makeAffiliate, makeCode } from '../../client';
import { orderLine, pushOrders, rollupsAndRegroup } from '../../orders-helpers';

// A ¥1,000,000,000 line among ¥20 ones is flagged, kept out of the charts, and counts once confirmed.

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
async function overview() {
  return overviewSchema.parse(await (await call(`/api/admin/reports/overview?from=${today}&to=${today}`, { token: ADMIN_TOKEN })).json());
}

describe('outlier order lines', () => {
  it('are flagged, left out of the figures until an admin confirms them, and their commission is still booked', async () => {
    const me = await makeAffiliate();
    const { code } = await makeCode(me.apiKey);
    const before = await overview();
    const normal = orderLine({ subId: code, paidAmountFen: 2000, estimatedCommissionFen: 100, orderedAt: Date.now() - 60_000 });
    const huge = orderLine({ subId: code, paidAmountFen: 100_000_000_000, estimatedCommissionFen: 300, orderedAt: Date.now() - 60_000 });
    const impossible = orderLine({ subId: code, paidAmountFen: 1000, estimatedCommissionFen: 5000, orderedAt: Date.now() - 60_000 });
    await pushOrders([normal, huge, impossible]);

    const flagged = await overview();
    expect(flagged.current.orders - before.current.orders).toBe(1);
    expect(flagged.current.gmvFen - before.current.gmvFen).toBe(2000);
    expect(flagged.outliers - before.outliers).toBe(2);
    const { kept, regrouped } = await rollupsAndRegroup();
    expect(kept).toEqual(regrouped);

    // The ledger books them all: an outlier is a question for the charts, not a reason to lose a fen.
    const ledger = await env.DB.prepare('SELECT count(DISTINCT order_id) AS n FROM ledger_entries WHERE affiliate_id = ?').bind(me.id).first<{ n: number }>();
    expect(ledger?.n).toBe(3);

    const list = (await (await call('/api/admin/reports/orders?outliers=1&limit=100', { token: ADMIN_TOKEN })).json()) as {
      orders: Array<{ id: string; orderNo: string }>;
    };
    const hugeRow = list.orders.find((o) => o.orderNo === huge.orderNo)!;
    expect(list.orders.map((o) => o.orderNo)).toEqual(expect.arrayContaining([huge.orderNo, impossible.orderNo]));
    expect(list.orders.map((o) => o.orderNo)).not.toContain(normal.orderNo);

    const confirmed = await call(`/api/admin/orders/${hugeRow.id}/confirm-outlier`, { token: ADMIN_TOKEN, json: {} });
    expect(await confirmed.json()).toEqual({ id: hugeRow.id, outlier: 'confirmed' });
    const after = await overview();
    expect(after.current.gmvFen - before.current.gmvFen).toBe(2000 + 100_000_000_000);
    expect(after.outliers - before.outliers).toBe(1);
    expect((await call(`/api/admin/orders/${hugeRow.id}/confirm-outlier`, { token: ADMIN_TOKEN, json: {} })).status).toBe(409);
    const again = await rollupsAndRegroup();
    expect(again.kept).toEqual(again.regrouped);

    // Re-sending the same report changes nothing: a confirmed line stays confirmed.
    await pushOrders([huge]);
    expect((await overview()).outliers - before.outliers).toBe(1);
  });
});
