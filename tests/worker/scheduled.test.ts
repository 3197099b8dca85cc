import { describe, expect, it } from 'vitest';
import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../worker/index';
import { ADMIN_TOKEN, call, makeAffiliate, makeCode } from './client';
import { fixture, importReport, ledgerOf } from './orders-helpers';

describe('cron', () => {
  it('attributes a waiting line once the matching click shows up', async () => {
    const { bytes, run } = fixture('taobao/new-utf16.csv');
    await importReport('taobao', bytes);
    const { apiKey, id } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.taobao.com/item.htm?id=655443322110');
    await env.DB.prepare("INSERT INTO clicks (id, code, at, day, visitor_hash, kind) VALUES ('clk_late', ?, ?, 0, 'h', 'human')")
      .bind(code, Date.parse('2026-11-21T19:20:06+08:00'))
      .run();

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
  it('prunes raw clicks past the retention but keeps the rollups', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const old = Date.now() - 91 * 86_400_000;
    await env.DB.batch([
      env.DB.prepare("INSERT INTO clicks (id, code, at, day, visitor_hash, kind) VALUES ('clk_old', ?, ?, 1, 'h', 'human')").bind(code, old),
      env.DB.prepare("INSERT INTO clicks (id, code, at, day, visitor_hash, kind) VALUES ('clk_new', ?, ?, 2, 'h', 'human')").bind(code, Date.now()),
      env.DB.prepare('INSERT INTO click_rollups (code, day, humans, uniques, bots, previews) VALUES (?, 1, 1, 1, 0, 0)').bind(code),
    ]);
    await worker.scheduled(createScheduledController({ cron: '*/15 * * * *' }), env);
    const { results } = await env.DB.prepare('SELECT id FROM clicks WHERE code = ?').bind(code).all<{ id: string }>();
    expect(results.map((r) => r.id)).toEqual(['clk_new']);
    expect(await env.DB.prepare('SELECT humans FROM click_rollups WHERE code = ? AND day = 1').bind(code).first()).toEqual({ humans: 1 });
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
