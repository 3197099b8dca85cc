import { describe, expect, it } from 'vitest';
import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../worker/index';
import { chinaDayNumber, chinaDayStartOf } from '../../shared/china-time';
import { click, deliver, insertRawClick } from './click-helpers';
import { ADMIN_TOKEN, CHROME_UA, call, makeAffiliate, makeCode } from './client';
import { balances, fixture, importReport, ledgerOf, orderLine, pushOrders } from './orders-helpers';

describe('cron', () => {
  it('attributes a waiting line once the matching click shows up', async () => {
    const { bytes, run } = fixture('taobao/new-utf16.csv');
    await importReport('taobao', bytes);
    const { apiKey, id } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.taobao.com/item.htm?id=655443322110');
    await insertRawClick(code, Date.parse('2026-11-21T19:20:06+08:00'));

    await worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env);

    const a = await env.DB.prepare('SELECT a.method FROM attributions a JOIN orders o ON o.id = a.order_id WHERE o.line_id = ?')
      .bind(`30987654321${run}01`)
      .first();
    expect(a).toEqual({ method: 'click_match' });
    expect((await ledgerOf(id)).map((e) => e.amount_fen)).toEqual([323]); // 50 % of ¥6.45 = 322.5 → 323
  });
});

describe('manual adjustments', () => {
  it('books a reasoned, audited adjustment into the balance', async () => {
    const { id, apiKey } = await makeAffiliate();
    const res = await call(`/api/admin/affiliates/${id}/adjustments`, { token: ADMIN_TOKEN, json: { amountFen: 888, reason: '双11冲量奖励' } });
    expect(res.status).toBe(201);
    expect(await ledgerOf(id)).toEqual([{ kind: 'adjustment', role: 'adjustment', bucket: 'available', amount_fen: 888, reason: '双11冲量奖励' }]);
    const earnings = (await (await call('/api/me/earnings', { token: apiKey })).json()) as { balanceFen: number };
    expect(earnings.balanceFen).toBe(888);
    expect((await call(`/api/admin/affiliates/${id}/adjustments`, { token: ADMIN_TOKEN, json: { amountFen: 0, reason: 'x' } })).status).toBe(400);
  });
});

describe('retention', () => {
  it('keeps raw clicks of the retention window (15 days besides today) and visitor sets of today and yesterday, and the rollups', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const today = chinaDayNumber(Date.now());
    const noonOf = (day: number) => chinaDayStartOf(day) + 12 * 3_600_000;
    const days = [today - 17, today - 16, today - 15, today - 1, today];
    await deliver(await Promise.all(days.map((day) => click(code, '198.51.100.7', CHROME_UA, noonOf(day)))));
    const rollupsBefore = (await env.DB.prepare('SELECT day, humans FROM click_rollups WHERE code = ? ORDER BY day').bind(code).all()).results;
    await worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env);
    const raw = await env.DB.prepare('SELECT day FROM clicks WHERE code = ? ORDER BY day').bind(code).all<{ day: number }>();
    expect(raw.results.map((r) => today - r.day)).toEqual([15, 1, 0]);
    const visitors = await env.DB.prepare('SELECT day FROM click_visitors WHERE code = ? ORDER BY day').bind(code).all<{ day: number }>();
    expect(visitors.results.map((r) => today - r.day)).toEqual([1, 0]);
    expect((await env.DB.prepare('SELECT day, humans FROM click_rollups WHERE code = ? ORDER BY day').bind(code).all()).results).toEqual(rollupsBefore);
    expect(rollupsBefore).toHaveLength(5);
  });

  it('after pruning, an order on a click inside the window is attributed to it exactly, one beyond it waits', async () => {
    const { apiKey, id } = await makeAffiliate();
    const sku = String(300000000 + Math.floor(Math.random() * 1e8));
    const { code } = await makeCode(apiKey, `https://item.jd.com/${sku}.html`);
    const today = chinaDayNumber(Date.now());
    const inside = chinaDayStartOf(today - 14) + 9 * 3_600_000;
    const beyond = chinaDayStartOf(today - 17) + 9 * 3_600_000;
    await deliver([await click(code, '198.51.100.8', CHROME_UA, inside), await click(code, '198.51.100.9', CHROME_UA, beyond)]);
    await worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env);
    const lines = [inside, beyond].map((at) => orderLine({ productId: sku, clickAt: at + 2_000, estimatedCommissionFen: 1000 }));
    expect((await pushOrders(lines)).status).toBe(200);
    const decided = await env.DB.prepare(
      'SELECT o.line_id AS line, o.waiting, a.method, a.code FROM orders o LEFT JOIN attributions a ON a.order_id = o.id WHERE o.line_id IN (?1, ?2) ORDER BY o.click_at DESC',
    )
      .bind(lines[0]!.lineId, lines[1]!.lineId)
      .all();
    expect(decided.results).toEqual([
      { line: lines[0]!.lineId, waiting: 0, method: 'click_match', code },
      { line: lines[1]!.lineId, waiting: 1, method: null, code: null },
    ]);
    expect(await balances(id)).toEqual({ pending: 500 });
  });

  it('forgets webhook receipts once they are past the replay window', async () => {
    await env.DB.batch([
      env.DB.prepare("INSERT INTO webhook_receipts (signature, received_at) VALUES ('v1=old', ?)").bind(Date.now() - 11 * 60_000),
      env.DB.prepare("INSERT INTO webhook_receipts (signature, received_at) VALUES ('v1=new', ?)").bind(Date.now()),
    ]);
    await worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env);
    const { results } = await env.DB.prepare("SELECT signature FROM webhook_receipts WHERE signature IN ('v1=old', 'v1=new')").all<{ signature: string }>();
    expect(results.map((r) => r.signature)).toEqual(['v1=new']);
  });
});
