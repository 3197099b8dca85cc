import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, call, callJson, makeAffiliate, makeCode } from '../../client';
import { click, deliver, readBack } from '../../click-helpers';
import { balances, importReport } from '../../orders-helpers';

// The hostile review's flood: two affiliates share the same Taobao item; B clicks their own link every
// 100 ms from ever new addresses and browsers; A's friend clicks A's link once and buys. Alimama's report
// gives the click time to the second and no relation id. Before: the order went to B in 4 rounds of 4.

const ALIMAMA = '点击时间,创建时间,淘宝子订单号,订单状态,付款金额,商品ID,商品标题,付款预估收入,结算预估收入';
const china = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
const uaOf = (i: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${100 + (i % 30)}.0.${i}.0 Safari/537.36`;
const ipOf = (i: number) => `203.0.${(i >> 8) & 255}.${i & 255}`;
const item = () => String(600_000_000_000 + Math.floor(Math.random() * 99_999_999_999));

async function round(seed: number) {
  const productId = item();
  const a = await makeAffiliate(`A${seed}`);
  const b = await makeAffiliate(`B${seed}`);
  const codeA = (await makeCode(a.apiKey, `https://item.taobao.com/item.htm?id=${productId}`)).code;
  const codeB = (await makeCode(b.apiKey, `https://item.taobao.com/item.htm?id=${productId}`)).code;
  // Whole seconds: the report's click time has no milliseconds.
  const friendAt = Math.floor(Date.now() / 1000) * 1000 - 60_000;
  // B: a click every 100 ms for 32 s around the friend's click, delivered to the consumer in batches of 100.
  const flood = await Promise.all(Array.from({ length: 322 }, (_, i) => click(codeB, ipOf(seed * 1000 + i), uaOf(i), friendAt - 16_000 + i * 100)));
  const friend = await click(codeA, '198.51.100.77', uaOf(7), friendAt + 400);
  const all = [...flood, friend].sort((x, y) => x.at - y.at);
  for (let i = 0; i < all.length; i += 100) await deliver(all.slice(i, i + 100));
  const lineId = `30${seed}${productId.slice(-6)}01`;
  const report = `${ALIMAMA}\n${china(friendAt)},${china(friendAt + 60_000)},${lineId},已付款,129.00,${productId},保温杯,50.00,0.00`;
  expect((await importReport('taobao', report)).body).toMatchObject({ inserted: 1 });
  return { a, b, codeA, codeB, lineId };
}

describe('a click flood cannot move money', () => {
  it('four rounds: B’s flood is flagged and left out of people’s counts, and the order goes to A every time, never to B', async () => {
    for (let seed = 1; seed <= 4; seed++) {
      const { a, b, codeB, lineId } = await round(seed);
      expect(await balances(b.id), `round ${seed}`).toEqual({});
      expect(await balances(a.id), `round ${seed}`).toEqual({ pending: 2500 });
      const att = await env.DB.prepare('SELECT a.affiliate_id AS who, a.method FROM attributions a JOIN orders o ON o.id = a.order_id WHERE o.line_id = ?')
        .bind(lineId)
        .first();
      expect(att).toEqual({ who: a.id, method: 'click_match' });
      // The flood is kept but not counted as people: most of its 322 clicks are flagged.
      const floods = (await readBack(codeB)).clicks.filter((c) => c.kind === 'flood').length;
      expect(floods).toBeGreaterThan(250);
      const rollup = await env.DB.prepare('SELECT sum(humans) AS humans, sum(bots) AS bots FROM click_rollups WHERE code = ?')
        .bind(codeB)
        .first<{ humans: number; bots: number }>();
      expect(rollup).toEqual({ humans: 322 - floods, bots: floods });
    }
  });

  it('an uncontested click-time order is still attributed', async () => {
    const productId = item();
    const a = await makeAffiliate();
    const codeA = (await makeCode(a.apiKey, `https://item.taobao.com/item.htm?id=${productId}`)).code;
    const at = Math.floor(Date.now() / 1000) * 1000 - 30_000;
    await deliver([await click(codeA, '198.51.100.8', uaOf(1), at + 300)]);
    await importReport('taobao', `${ALIMAMA}\n${china(at)},${china(at + 60_000)},31${productId}01,已付款,129.00,${productId},保温杯,10.00,0.00`);
    expect(await balances(a.id)).toEqual({ pending: 500 });
  });

  it('two people’s clicks in the window: contested, booked to no one, queued with the evidence; the admin decides and the ledger follows', async () => {
    const productId = item();
    const a = await makeAffiliate('甲');
    const b = await makeAffiliate('乙');
    const codeA = (await makeCode(a.apiKey, `https://item.taobao.com/item.htm?id=${productId}`)).code;
    const codeB = (await makeCode(b.apiKey, `https://item.taobao.com/item.htm?id=${productId}`)).code;
    const at = Math.floor(Date.now() / 1000) * 1000 - 30_000;
    await deliver(await Promise.all([click(codeA, '198.51.100.10', uaOf(2), at - 2_000), click(codeB, '198.51.100.11', uaOf(3), at + 1_000)]));
    const lineId = `32${productId}01`;
    await importReport('taobao', `${ALIMAMA}\n${china(at)},${china(at + 60_000)},${lineId},已付款,129.00,${productId},保温杯,10.00,0.00`);
    expect(await balances(a.id)).toEqual({});
    expect(await balances(b.id)).toEqual({});

    const { body } = await callJson('/api/admin/orders/contested', { token: ADMIN_TOKEN });
    const line = (body.orders as Array<Record<string, any>>).find((o) => o.lineId === lineId)!;
    expect(line.waitReason).toContain('点击时间有争议');
    expect(line.candidates).toEqual([
      { affiliateId: b.id, affiliateName: '乙', codes: [codeB], clicks: 1, visitors: 1, nearestMs: 1_000, flood: false },
      { affiliateId: a.id, affiliateName: '甲', codes: [codeA], clicks: 1, visitors: 1, nearestMs: 2_000, flood: false },
    ]);
    const day = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
    const shares = async () =>
      ((await callJson(`/api/admin/reports/attribution?from=${day}&to=${day}`, { token: ADMIN_TOKEN })).body.networks as Array<Record<string, any>>).find(
        (n) => n.network === 'taobao',
      )!;
    const before = await shares();
    expect(before.contested.lines).toBeGreaterThanOrEqual(1);
    const decided = await call(`/api/admin/orders/${line.id}/attribution`, {
      token: ADMIN_TOKEN,
      method: 'PUT',
      json: { affiliateId: a.id, code: codeA, note: '朋友确认' },
    });
    expect(decided.status).toBe(200);
    expect(await balances(a.id)).toEqual({ pending: 500 });
    const after = await shares();
    expect(after.contested.lines).toBe(before.contested.lines - 1);
    expect(after.hand.lines).toBe(before.hand.lines + 1);
    const again = await callJson('/api/admin/orders/contested', { token: ADMIN_TOKEN });
    expect((again.body.orders as Array<{ lineId: string }>).some((o) => o.lineId === lineId)).toBe(false);
    const audit = await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'order.assign' AND detail LIKE ?")
      .bind(`%${line.id}%`)
      .first<{ n: number }>();
    expect(audit!.n).toBe(1);
  });
});
