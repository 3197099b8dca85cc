import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { api, bearer, errorOf, ADMIN_TOKEN, call, makeAffiliate, makeCode } from '../client';
import { fixture, importReport, ledgerOf } from '../orders-helpers';
import { insertRawClick } from '../click-helpers';

const count = async (sql: string, ...args: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...args)
      .first<{ n: number }>()
  )?.n ?? 0;

describe('POST /api/admin/orders/import', () => {
  it.each([
    ['taobao/legacy-utf8.csv', 'utf-8'],
    ['taobao/legacy-gbk.csv', 'gbk'],
  ])('reads the Alimama legacy export (%s), keeps good rows and reports bad ones by row', async (path, encoding) => {
    const { bytes, run } = fixture(path);
    const { status, body } = await importReport('taobao', bytes);
    expect(status).toBe(200);
    expect(body).toMatchObject({ encoding, inserted: 3, rejected: 2 });
    expect(body.errors).toEqual([
      {
        row: 5,
        code: 'INVALID_ROW',
        message: expect.stringContaining('not a number'),
        problem: 'bad-amount',
        field: expect.stringContaining('付款金额'),
        value: null,
      },
      { row: 6, code: 'INVALID_ROW', message: 'unknown 订单状态 "火星"', problem: 'unknown-status', field: '订单状态', value: '火星' },
    ]);
    const row = await env.DB.prepare("SELECT * FROM orders WHERE network = 'taobao' AND order_no = ?")
      .bind(`3012345678901${run}`)
      .first<Record<string, unknown>>();
    expect(row).toMatchObject({
      line_id: `3012345678901${run}-678901234567`,
      product_title: '纯棉短袖T恤男夏季宽松',
      status: 'paid',
      paid_amount_fen: 3990,
      estimated_commission_fen: 199,
      ordered_at: Date.parse('2026-11-20T10:15:32+08:00'),
      click_at: Date.parse('2026-11-20T10:12:01+08:00'),
    });
    expect(JSON.parse(String(row!.channel_ids))).toEqual(['relation:2788001234', 'adzone:110223344']);
    // 订单类型 tells the shops apart: 淘宝 on the first row, 天猫 on the second.
    expect(row!.platform).toBe('taobao');
    const tmall = await env.DB.prepare("SELECT platform FROM orders WHERE network = 'taobao' AND order_no = ?").bind(`3012345678902${run}`).first();
    expect(tmall).toEqual({ platform: 'tmall' });
  });

  it('reads the newer UTF-16 CSV with its own header names', async () => {
    const { bytes, run } = fixture('taobao/new-utf16.csv');
    const { body } = await importReport('taobao', bytes);
    expect(body).toMatchObject({ encoding: 'utf-16le', inserted: 2, rejected: 0 });
    const settled = await env.DB.prepare('SELECT status, actual_commission_fen, settled_at FROM orders WHERE line_id = ?').bind(`30987654321${run}02`).first();
    expect(settled).toEqual({ status: 'settled', actual_commission_fen: 295, settled_at: Date.parse('2026-11-23T10:00:00+08:00') });
  });

  it('reads JD Union rows (UTF-8 with BOM) with validCode reasons, and PDD rows in fen', async () => {
    const jdFile = fixture('jd/rows-utf8-bom.csv');
    const jd = await importReport('jd', jdFile.bytes);
    expect(jd.body).toMatchObject({ encoding: 'utf-8-bom', inserted: 3, rejected: 0 });
    const voided = await env.DB.prepare('SELECT status, status_reason FROM orders WHERE order_no = ?').bind(`3100${jdFile.run}2`).first();
    expect(voided).toEqual({ status: 'invalid', status_reason: 'validCode 3: 无效-取消' });
    const pddFile = fixture('pdd/rows.csv');
    const pdd = await importReport('pdd', pddFile.bytes);
    expect(pdd.body).toMatchObject({ encoding: 'utf-8', inserted: 3, rejected: 0 });
    const tissue = await env.DB.prepare("SELECT paid_amount_fen, estimated_commission_fen, ordered_at FROM orders WHERE network = 'pdd' AND line_id = ?")
      .bind(`261120-${pddFile.run}345`)
      .first();
    expect(tissue).toEqual({ paid_amount_fen: 2990, estimated_commission_fen: 149, ordered_at: 1763611200000 });
  });

  it('changes nothing when the same file is uploaded again', async () => {
    const { apiKey, id } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const { bytes: file } = fixture('jd/rows-utf8-bom.csv', { code });
    await importReport('jd', file);
    const before = {
      orders: await count('SELECT count(*) AS n FROM orders'),
      events: await count('SELECT count(*) AS n FROM order_events'),
      ledger: await ledgerOf(id),
    };
    const again = await importReport('jd', file);
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect({
      orders: await count('SELECT count(*) AS n FROM orders'),
      events: await count('SELECT count(*) AS n FROM order_events'),
      ledger: await ledgerOf(id),
    }).toEqual(before);
  });

  it('refuses a file of the wrong kind as a whole, saying what it looks like', async () => {
    const before = await count('SELECT count(*) AS n FROM orders');
    const { status, body } = await importReport('taobao', fixture('jd/rows-utf8-bom.csv').bytes);
    expect(status).toBe(422);
    expect(body.error).toEqual({ code: 'WRONG_FILE_KIND', message: expect.stringContaining('looks like a jd order report'), network: 'jd' });
    const junk = await importReport('pdd', 'name,age\nAnn,3\n');
    expect(junk.body.error.code).toBe('WRONG_FILE_KIND');
    expect(junk.body.error.network).toBeUndefined(); // like no network's: nothing to name
    expect(await count('SELECT count(*) AS n FROM orders')).toBe(before);
  });

  it('validates the form', async () => {
    expect((await importReport('amazon', 'x')).body.error.code).toBe('VALIDATION_FAILED');
    const noFile = new FormData();
    noFile.set('network', 'jd');
    const res = await call('/api/admin/orders/import', { token: ADMIN_TOKEN, body: noFile });
    expect((await errorOf(res)).code).toBe('VALIDATION_FAILED');
    const anonymous = await call('/api/admin/orders/import', { body: noFile });
    expect(anonymous.status).toBe(401);
  });
});

describe('attribution', () => {
  it('sub-id names the code: JD subUnionId → that affiliate, estimate at the tier rate', async () => {
    const { apiKey, id } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.jd.com/100012043978.html');
    const { bytes, run } = fixture('jd/rows-utf8-bom.csv', { code });
    await importReport('jd', bytes);
    const a = await env.DB.prepare('SELECT a.* FROM attributions a JOIN orders o ON o.id = a.order_id WHERE o.order_no = ?')
      .bind(`3100${run}1`)
      .first<Record<string, unknown>>();
    expect(a).toMatchObject({ affiliate_id: id, code, method: 'sub_id', confidence: 100, rate_bp: 5000 });
    // 会员 tier: 50 % of ¥40.47 = 2023.5 fen → rounds half up to 2024.
    expect(await ledgerOf(id)).toEqual([
      { kind: 'estimate', role: 'own', bucket: 'pending', amount_fen: 2024, reason: 'estimated commission on a paid order' },
    ]);
  });

  it('our click near the network click time names the code when there is no sub-id', async () => {
    const { apiKey, id } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.taobao.com/item.htm?id=655443322110');
    await insertRawClick(code, Date.parse('2026-11-21T19:20:03+08:00'));
    const { bytes, run } = fixture('taobao/new-utf16.csv');
    await importReport('taobao', bytes);
    const a = await env.DB.prepare('SELECT a.* FROM attributions a JOIN orders o ON o.id = a.order_id WHERE o.line_id = ?')
      .bind(`30987654321${run}01`)
      .first<Record<string, unknown>>();
    expect(a).toMatchObject({ affiliate_id: id, code, method: 'click_match', confidence: 90 });
  });

  it('a channel id registered later attributes the waiting lines, and they leave the unattributed list', async () => {
    const { id } = await makeAffiliate();
    const { bytes, run } = fixture('taobao/legacy-utf8.csv');
    await importReport('taobao', bytes);
    const orderNo = `3012345678901${run}`;
    const unattributed = async () => (await api.api.admin.orders.unattributed.$get({ query: { limit: '200' } }, bearer(ADMIN_TOKEN))).json();
    const before = await unattributed();
    expect(before.orders.some((o) => o.orderNo === orderNo)).toBe(true);
    // The network's facts, never the bookkeeping columns.
    expect(Object.keys(before.orders[0] ?? {})).not.toEqual(expect.arrayContaining(['rolledUp']));
    expect(before.orders[0]).not.toHaveProperty('writeToken');
    expect(before.orders[0]).not.toHaveProperty('ledgerRevision');
    const res = await call(`/api/admin/affiliates/${id}/channel-ids`, { token: ADMIN_TOKEN, json: { network: 'taobao', channelId: 'relation:2788001234' } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { attributedOrders: number }).attributedOrders).toBeGreaterThanOrEqual(1);
    const after = await unattributed();
    expect(after.orders.some((o) => o.orderNo === orderNo)).toBe(false);
    expect(after.total).toBeLessThan(before.total);
    const dup = await call(`/api/admin/affiliates/${id}/channel-ids`, { token: ADMIN_TOKEN, json: { network: 'taobao', channelId: 'relation:2788001234' } });
    expect(dup.status).toBe(409);
  });

  it('an admin assigns a line by hand; earnings move from the old owner to the new one', async () => {
    const first = await makeAffiliate();
    const second = await makeAffiliate();
    const { code } = await makeCode(first.apiKey, 'https://item.jd.com/100012043978.html');
    const { bytes, run } = fixture('jd/rows-utf8-bom.csv', { code });
    await importReport('jd', bytes);
    const order = await env.DB.prepare('SELECT id FROM orders WHERE order_no = ?').bind(`3100${run}1`).first<{ id: string }>();
    const res = await call(`/api/admin/orders/${order!.id}/attribution`, {
      token: ADMIN_TOKEN,
      method: 'PUT',
      json: { affiliateId: second.id, note: '买家确认是小李推荐' },
    });
    expect(res.status).toBe(200);
    expect(await ledgerOf(first.id)).toEqual([
      expect.objectContaining({ kind: 'estimate', amount_fen: 2024 }),
      { kind: 'reverse', role: 'own', bucket: 'pending', amount_fen: -2024, reason: 'reassigned to another affiliate' },
    ]);
    expect(await ledgerOf(second.id)).toEqual([expect.objectContaining({ kind: 'estimate', amount_fen: 2024 })]);
    const audit = await env.DB.prepare("SELECT detail FROM audit_log WHERE action = 'order.assign' ORDER BY at DESC LIMIT 1").first<{ detail: string }>();
    expect(JSON.parse(audit!.detail)).toMatchObject({ orderId: order!.id, note: '买家确认是小李推荐', after: { method: 'manual', affiliateId: second.id } });
  });
});
