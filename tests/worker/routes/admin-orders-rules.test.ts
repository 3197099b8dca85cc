import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { importPartResultSchema } from '../../../shared/schemas/orders';
import { api, bearer, errorOf, ADMIN_TOKEN, call, makeAffiliate, makeCode } from '../client';
import { balances, importReport } from '../orders-helpers';
import { JD_COLUMNS, jdFeeOf, jdRow } from '../jd-rows';
import { shareOfFen } from '../../../shared/commission';

const run = () => String(100000 + Math.floor(Math.random() * 900000));
const order = (network: string, lineId: string) =>
  env.DB.prepare('SELECT * FROM orders WHERE network = ?1 AND line_id = ?2').bind(network, lineId).first<Record<string, unknown>>();
const countLines = async (network: string, prefix: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM orders WHERE network = ?1 AND line_id LIKE ?2 || '%'").bind(network, prefix).first<{ n: number }>())!.n;

// Alimama's newer CSV has no modification time.
const ALIMAMA = '点击时间,创建时间,淘宝子订单号,订单状态,付款金额,商品ID,商品标题,付款预估收入,结算预估收入,external_id';

describe('corrections and repeated lines', () => {
  it('a corrected 付款预估收入 within one status and without an update time is applied: the later import wins', async () => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey, 'https://item.taobao.com/item.htm?id=655443322110');
    const r = run();
    const row = (estimate: string) =>
      `${ALIMAMA}\n2026-11-21 19:20:05,2026-11-21 19:22:47,3098${r}01,已付款,129.00,655443322110,保温杯,${estimate},0.00,${code}`;
    await importReport('taobao', row('6.45'));
    expect(await balances(id)).toEqual({ pending: 323 });
    const corrected = await importReport('taobao', row('4.45'));
    expect(corrected.body).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await order('taobao', `3098${r}01`)).toMatchObject({ estimated_commission_fen: 445 });
    expect(await balances(id)).toEqual({ pending: 223 });
    const history = await env.DB.prepare('SELECT reason FROM order_events e JOIN orders o ON o.id = e.order_id WHERE o.line_id = ?1 ORDER BY e.at, e.rowid')
      .bind(`3098${r}01`)
      .all();
    expect(history.results.at(-1)).toEqual({ reason: expect.stringContaining('amounts corrected') });
  });

  it('two rows about one line in one file end the same whichever comes first', async () => {
    const r = run();
    const a = `2026-11-21 19:20:05,2026-11-21 19:22:47,3097${r}01,已付款,129.00,655443322110,保温杯,6.45,0.00,`;
    const b = `2026-11-21 19:20:05,2026-11-21 19:22:47,3097${r}01,已付款,129.00,655443322110,保温杯,5.45,0.00,`;
    const c = a.replace(`3097${r}01`, `3097${r}02`);
    const d = b.replace(`3097${r}01`, `3097${r}02`);
    const first = await importReport('taobao', `${ALIMAMA}\n${a}\n${b}`);
    await importReport('taobao', `${ALIMAMA}\n${d}\n${c}`);
    expect(first.body).toMatchObject({ inserted: 1, unchanged: 1 });
    expect((await order('taobao', `3097${r}01`))!.estimated_commission_fen).toBe((await order('taobao', `3097${r}02`))!.estimated_commission_fen);
  });

  it('the legacy export’s two rows with one 订单编号 and 商品ID are two lines, and re-importing keeps them two', async () => {
    const r = run();
    const header = '创建时间,点击时间,商品信息,商品ID,商品数,商品单价,订单状态,订单类型,付款金额,效果预估,预估收入,订单编号';
    const rows = [
      `2026-11-20 10:15:32,,T恤 白色 L,678901234567,1,39.90,订单付款,淘宝,39.90,1.99,0.00,30123${r}`,
      `2026-11-20 10:15:32,,T恤 白色 L,678901234567,1,39.90,订单付款,淘宝,39.90,1.99,0.00,30123${r}`,
    ];
    const file = [header, ...rows].join('\n');
    expect((await importReport('taobao', file)).body).toMatchObject({ inserted: 2 });
    expect((await importReport('taobao', file)).body).toMatchObject({ inserted: 0, unchanged: 2 });
    expect(await countLines('taobao', `30123${r}`)).toBe(2);
  });

  it('a JD file keyed by id and one keyed by orderId + skuId name the same line', async () => {
    const r = run();
    const byId = `id,orderId,orderTime,modifyTime,skuName,estimateCosPrice,estimateFee,actualFee,validCode,payMonth\n31${r}100012043978,31${r},2026-11-20 14:03:05,2026-11-20 14:05:00,AirPods,1499.00,40.47,0.00,16,0`;
    const byPair = `orderId,skuId,parentId,orderTime,modifyTime,skuName,estimateCosPrice,estimateFee,actualCosPrice,actualFee,validCode,payMonth\n31${r},100012043978,0,2026-11-20 14:03:05,2026-11-21 09:00:00,AirPods,1499.00,38.00,0.00,0.00,16,0`;
    expect((await importReport('jd', byId)).body).toMatchObject({ inserted: 1 });
    expect((await importReport('jd', byPair)).body).toMatchObject({ inserted: 0, updated: 1 });
    expect(await countLines('jd', `31${r}`)).toBe(1);
    expect(await order('jd', `31${r}-100012043978`)).toMatchObject({ product_id: '100012043978', estimated_commission_fen: 3800, parent_order_no: null });
  });

  it('JD split orders keep their parent; PDD status 8 is an invalid line; a bare numeric custom_parameters is the sub-id', async () => {
    const r = run();
    const split = `orderId,skuId,parentId,orderTime,modifyTime,skuName,estimateCosPrice,estimateFee,actualCosPrice,actualFee,validCode,payMonth,commissionRate\n32${r},100012043978,31${r},2026-11-20 14:03:05,2026-11-21 09:00:00,AirPods,1499.00,38.00,1450.00,36.00,17,20991231,3.00`;
    await importReport('jd', split);
    expect(await order('jd', `32${r}-100012043978`)).toMatchObject({
      parent_order_no: `31${r}`,
      settled_amount_fen: 145000,
      commission_rate_bp: 300,
      status: 'received',
    });
    const pdd = `order_sn,goods_id,goods_name,order_status,order_status_desc,order_amount,promotion_amount,promotion_rate,order_create_time,order_pay_time,order_modify_at,p_id,custom_parameters
261120-${r}8,123,纸巾,8,无佣金订单,990,0,0,1763611200,1763611230,1763611260,8888888_1,
261120-${r}9,124,纸巾,0,已支付,990,49,50,1763611200,1763611230,1763611260,8888888_1,${r}`;
    const res = await importReport('pdd', pdd);
    expect(res.body).toMatchObject({ inserted: 2, rejected: 0 });
    expect(await order('pdd', `261120-${r}8`)).toMatchObject({ status: 'invalid', estimated_commission_fen: 0, status_reason: '无佣金订单' });
    expect(await order('pdd', `261120-${r}9`)).toMatchObject({ sub_id: r, commission_rate_bp: 500, paid_at: 1763611230000 });
  });
});

describe('bounded row errors and clear refusals', () => {
  it('a file of 1,500 bad rows keeps the first 1,000 errors and counts all of them', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `x${i},,2026-11-20 14:03:05,,,,,,99,0`);
    const res = await importReport(
      'jd',
      ['id,orderId,orderTime,modifyTime,skuName,estimateCosPrice,estimateFee,actualFee,validCode,payMonth', ...rows].join('\n'),
    );
    expect(res.body).toMatchObject({ inserted: 0, rejected: 1500 });
    // The answer carries the first errors that fit in 64 KiB; the batch keeps the first 1,000.
    expect(JSON.stringify(res.body).length).toBeLessThan(64 * 1024);
    expect(res.body.errors.length).toBeGreaterThan(300); // each ~180 bytes with its problem, column and cell
    expect(res.body.errors[0]).toEqual({
      row: 2,
      code: 'INVALID_ROW',
      message: 'orderId / skuId is empty',
      problem: 'empty-id',
      field: 'orderId / skuId',
      value: null,
    });
    const stored = await (
      await api.api.admin.orders.imports[':batchId'].errors.$get(
        { param: { batchId: res.body.batchId }, query: { limit: '1000', offset: '900' } },
        bearer(ADMIN_TOKEN),
      )
    ).json();
    expect(stored.rejected).toBe(1500);
    expect(stored.errors).toHaveLength(100);
    expect(stored.errors.at(-1)?.row).toBe(1001);
    const batch = await env.DB.prepare('SELECT length(errors) AS n FROM import_batches WHERE id = ?1').bind(res.body.batchId).first<{ n: number }>();
    expect(batch!.n).toBe(2);
    expect((await call('/api/admin/orders/imports/bat_nope/errors', { token: ADMIN_TOKEN })).status).toBe(404);
  });

  it('a channel id for an affiliate that does not exist is a 404, not a 500', async () => {
    const res = await call('/api/admin/affiliates/aff_nobody/channel-ids', { token: ADMIN_TOKEN, json: { network: 'jd', channelId: 'position:1' } });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('NOT_FOUND');
  });

  it('a channel id of a kind its network does not use is refused', async () => {
    const { id } = await makeAffiliate();
    const res = await call(`/api/admin/affiliates/${id}/channel-ids`, { token: ADMIN_TOKEN, json: { network: 'taobao', channelId: 'position:3100012345' } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^channelId: this kind of channel id does not belong to that network/);
  });

  it('a date that does not exist is refused', async () => {
    const res = await call('/api/admin/reports/overview?from=2026-02-30&to=2026-03-02', { token: ADMIN_TOKEN });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'VALIDATION_FAILED', message: 'from: no such date' });
  });
});

describe('imports sent in parts', () => {
  it('start, send parts (a repeated part changes nothing), read the batch', async () => {
    const { id, apiKey } = await makeAffiliate();
    const { code } = await makeCode(apiKey);
    const r = run();
    const header = JD_COLUMNS;
    const rows = Array.from({ length: 30 }, (_, i) => jdRow(r, i, code));
    rows[4]![JD_COLUMNS.indexOf('orderTime')] = '2026-11-20 25:00:00';
    const start = await call('/api/admin/orders/imports', {
      token: ADMIN_TOKEN,
      json: { network: 'jd', fileName: 'big.csv', format: 'utf-8', totalRows: 30, head: [['京东联盟订单'], header, ...rows.slice(0, 3)] },
    });
    expect(start.status).toBe(201);
    const { batchId, headerRow } = (await start.json()) as { batchId: string; headerRow: number };
    expect(headerRow).toBe(2);
    const send = (part: number, from: number, to: number) =>
      call(`/api/admin/orders/imports/${batchId}/parts/${part}`, {
        token: ADMIN_TOKEN,
        method: 'PUT',
        json: { firstRow: 3 + from, rows: rows.slice(from, to) },
      });
    const part = async (n: number, from: number, to: number) => importPartResultSchema.parse(await (await send(n, from, to)).json());
    const p0 = await part(0, 0, 20);
    expect(p0).toMatchObject({
      part: 0,
      rows: 20,
      inserted: 19,
      rejected: 1,
      repeated: false,
      errors: [
        {
          row: 7,
          code: 'INVALID_ROW',
          message: 'orderTime "2026-11-20 25:00:00" is not a date',
          problem: 'bad-time',
          field: 'orderTime',
          value: '2026-11-20 25:00:00',
        },
      ],
    });
    expect(await part(0, 0, 20)).toMatchObject({ inserted: 19, repeated: true });
    expect(await part(1, 20, 30)).toMatchObject({ inserted: 10, repeated: false });
    const list = await (await api.api.admin.reports.imports.$get({}, bearer(ADMIN_TOKEN))).json();
    expect(list.batches.find((b) => b.id === batchId)).toMatchObject({ inserted: 29, rejected: 1, totalRows: 30, processedRows: 30, format: 'utf-8' });
    expect(await balances(id)).toEqual({ pending: rows.reduce((sum, _, i) => (i === 4 ? sum : sum + shareOfFen(jdFeeOf(i), 5000)), 0) });
    const wrong = await call('/api/admin/orders/imports', {
      token: ADMIN_TOKEN,
      json: { network: 'pdd', fileName: 'big.csv', format: 'utf-8', totalRows: 1, head: [header] },
    });
    expect(wrong.status).toBe(422);
    const missing = await call('/api/admin/orders/imports/bat_missing/parts/0', { token: ADMIN_TOKEN, method: 'PUT', json: { firstRow: 2, rows: [['x']] } });
    expect(missing.status).toBe(404);
  });
});
