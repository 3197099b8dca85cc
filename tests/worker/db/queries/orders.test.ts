import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { openDb } from '../../../../worker/db/client';
import { listContestedOrders, setWaitReasons } from '../../../../worker/db/queries/orders';

async function waitingLine() {
  const id = `ord_json_${crypto.randomUUID()}`;
  await env.DB.prepare(
    `INSERT INTO orders (id, network, line_id, order_no, status, paid_amount_fen, estimated_commission_fen, channel_ids, ordered_at, source_updated_at, created_at, updated_at)
      VALUES (?1, 'jd', ?1, ?1, 'paid', 1000, 100, '[]', 1, 1, 1, 1)`,
  )
    .bind(id)
    .run();
  return id;
}
const contestOf = async (id: string) =>
  (await env.DB.prepare('SELECT contest FROM orders WHERE id = ?1').bind(id).first<{ contest: string | null }>())!.contest;

describe('setWaitReasons', () => {
  const candidate = { affiliateId: 'aff_x', codes: ['AbCd123'], clicks: 2, visitors: 2, nearestMs: 1500, flood: false };

  it('stores a contest as JSON and reads it back as candidates; a reason without a contest stores SQL NULL, so the line leaves the contested list', async () => {
    const db = openDb(env.DB);
    const id = await waitingLine();
    await setWaitReasons(db, [{ orderId: id, reason: '点击时间有争议', contest: [candidate] }]);
    expect(JSON.parse((await contestOf(id))!)).toEqual([candidate]);
    expect((await listContestedOrders(db, 1000)).find((l) => l.id === id)?.contest).toEqual([candidate]);

    // Before: `->` of a JSON null stored the text 'null', and the line stayed "contested" with no one.
    await setWaitReasons(db, [{ orderId: id, reason: '推客账号已停用', contest: null }]);
    expect(await contestOf(id)).toBeNull();
    expect((await listContestedOrders(db, 1000)).some((l) => l.id === id)).toBe(false);
  });
});
