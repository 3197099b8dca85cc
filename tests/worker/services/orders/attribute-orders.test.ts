import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { openDb } from '../../../../worker/db/client';
import { sweepWaitingLines } from '../../../../worker/services/orders/attribute-orders';
import { bookLedger } from '../../../../worker/services/orders/book-ledger';
import { ingestClicks } from '../../../../worker/services/clicks/ingest-clicks';
import { ADMIN_TOKEN, call, makeAffiliate, makeCode } from '../../client';
import { click } from '../../click-helpers';
import { balances, orderLine, pushOrders } from '../../orders-helpers';

const waiting = async (ids: string[]) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM orders WHERE waiting = 1 AND line_id IN (SELECT value FROM json_each(?1))')
    .bind(JSON.stringify(ids))
    .first<{ n: number }>())!.n;
const addChannel = (affiliateId: string, network: string, channelId: string) =>
  call(`/api/admin/affiliates/${affiliateId}/channel-ids`, { token: ADMIN_TOKEN, json: { network, channelId } });

/** `n` waiting JD lines carrying `channel`, pushed in webhook deliveries of 1,000. */
async function waitingLines(n: number, channel: string) {
  const lines = Array.from({ length: n }, () => orderLine({ channelIds: [channel], estimatedCommissionFen: 200 }));
  for (let i = 0; i < n; i += 1000) expect((await pushOrders(lines.slice(i, i + 1000))).status).toBe(200);
  return lines.map((l) => l.lineId as string);
}

describe('attribution always progresses', () => {
  it('with 5,100 lines waiting, a new line whose channel id names an affiliate is attributed at once, and so are all 5,100 when their id is registered', async () => {
    const { id } = await makeAffiliate();
    const old = await waitingLines(5_100, 'position:7000001');
    expect(await waiting(old)).toBe(5_100);
    expect((await addChannel(id, 'jd', 'position:7000002')).status).toBe(201);
    const [fresh] = await waitingLines(1, 'position:7000002');
    expect(await waiting([fresh!])).toBe(0);

    const registered = await addChannel(id, 'jd', 'position:7000001');
    expect(await registered.json()).toMatchObject({ attributedOrders: 5_100 });
    expect(await waiting(old)).toBe(0);
    // 50 % of 2.00 on each of 5,101 lines.
    expect(await balances(id)).toEqual({ pending: 5_101 * 100 });
  }, 30_000);

  it('the sweep moves through waiting lines oldest first, a bounded page per run, and wraps around', async () => {
    const { id } = await makeAffiliate();
    const lines = await waitingLines(600, 'position:7100001');
    // Registered behind the API's back, so only the sweep can find these lines.
    await env.DB.prepare("INSERT INTO channel_ids (network, channel_id, affiliate_id, created_at) VALUES ('jd', 'position:7100001', ?1, 0)").bind(id).run();
    const db = openDb(env.DB);
    await env.DB.prepare("DELETE FROM program_settings WHERE key = 'attributionCursor'").run();
    const runs = [];
    for (let i = 0; i < 4 && (await waiting(lines)) > 0; i++) runs.push(await sweepWaitingLines(db, { maxLines: 250 }));
    expect(await waiting(lines)).toBe(0);
    expect(runs.every((r) => r.examined <= 250)).toBe(true);
    expect(runs.length).toBeLessThanOrEqual(4);
    const attributedInOrder = runs.flatMap((r) => r.attributed);
    expect(attributedInOrder).toEqual([...attributedInOrder].sort());
  });

  it('a line reported before its click reached us is attributed when the click is recorded', async () => {
    const { id, apiKey } = await makeAffiliate();
    const sku = String(200000000 + Math.floor(Math.random() * 1e8));
    const { code } = await makeCode(apiKey, `https://item.jd.com/${sku}.html`);
    const clickAt = Date.now() - 60_000;
    const [line] = [orderLine({ productId: sku, clickAt, estimatedCommissionFen: 1000 })];
    await pushOrders([line]);
    expect(await waiting([line.lineId as string])).toBe(1);
    await ingestClicks(openDb(env.DB), env.CLICK_ARCHIVE, [await click(code, '203.0.113.9', undefined, clickAt + 2_000)]);
    expect(await waiting([line.lineId as string])).toBe(0);
    const how = await env.DB.prepare('SELECT a.method, a.code FROM attributions a JOIN orders o ON o.id = a.order_id WHERE o.line_id = ?1')
      .bind(line.lineId)
      .first();
    expect(how).toEqual({ method: 'click_match', code });
    expect(await balances(id)).toEqual({ pending: 500 });
  });
});

describe('disabled affiliates', () => {
  it('their links still redirect, but orders on their codes wait for the admin, saying why; enabled again, the sweep books them', async () => {
    const { id, apiKey } = await makeAffiliate('停用的推客');
    const { code } = await makeCode(apiKey);
    expect((await call(`/api/admin/reports/affiliates/${id}/disabled`, { token: ADMIN_TOKEN, method: 'PUT', json: { disabled: true } })).status).toBe(200);
    const redirect = await call(`/s/${code}`);
    expect(redirect.status).toBe(302); // friends are not punished
    const line = orderLine({ subId: code, estimatedCommissionFen: 3000 });
    await pushOrders([line]);
    expect(await waiting([line.lineId as string])).toBe(1);
    expect(await balances(id)).toEqual({});
    const queue = (await (await call('/api/admin/orders/unattributed?limit=200', { token: ADMIN_TOKEN })).json()) as {
      orders: Array<{ lineId: string; waitReason: string | null }>;
    };
    expect(queue.orders.find((o) => o.lineId === line.lineId)?.waitReason).toContain('推客「停用的推客」已停用');

    await call(`/api/admin/reports/affiliates/${id}/disabled`, { token: ADMIN_TOKEN, method: 'PUT', json: { disabled: false } });
    for (let i = 0; i < 3 && (await waiting([line.lineId as string])) > 0; i++) await sweepWaitingLines(openDb(env.DB));
    expect(await waiting([line.lineId as string])).toBe(0);
    await bookLedger(openDb(env.DB), null); // the cron books after its sweep
    expect(await balances(id)).toEqual({ pending: 1500 });
  });
});
