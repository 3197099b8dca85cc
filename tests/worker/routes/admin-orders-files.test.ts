import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { utils, write, read } from '@e965/xlsx';
import { ADMIN_TOKEN, call, makeAffiliate } from '../client';
import { balances, fixture, importReport } from '../orders-helpers';

// Alimama's download as it is served (a binary BIFF8 .xls of 52 text columns), and the same rows as .xlsx.
// This file owns its database: the .xls carries fixed order numbers.

const line = (lineId: string) => env.DB.prepare("SELECT * FROM orders WHERE network = 'taobao' AND line_id = ?1").bind(lineId).first<Record<string, unknown>>();

describe('Alimama .xls and .xlsx downloads', () => {
  it('imports the .xls unchanged, with exact counts, fees, 维权 and shop', async () => {
    const { id } = await makeAffiliate();
    expect(
      (await call(`/api/admin/affiliates/${id}/channel-ids`, { token: ADMIN_TOKEN, json: { network: 'taobao', channelId: 'relation:2788001234' } })).status,
    ).toBe(201);
    const { bytes } = fixture('taobao/OrderDetail-2026-11-20.xls');
    const { status, body } = await importReport('taobao', bytes, 'OrderDetail-2026-11-20.xls');
    expect(status).toBe(200);
    expect(body).toMatchObject({ encoding: 'xls', inserted: 5, updated: 0, unchanged: 0, rejected: 1 });
    expect(body.errors).toEqual([
      { row: 7, code: 'INVALID_ROW', message: 'unknown 订单状态 "火星"', problem: 'unknown-status', field: '订单状态', value: '火星' },
    ]);

    expect(await line('2910345678901234567')).toMatchObject({
      order_no: '2910345678901234567',
      platform: 'taobao',
      status: 'paid',
      paid_amount_fen: 3990,
      estimated_commission_fen: 180,
      commission_rate_bp: 500,
      click_at: Date.parse('2026-11-20T10:12:01+08:00'),
      paid_at: Date.parse('2026-11-20T10:15:40+08:00'),
      source_time_known: 0,
    });
    // Two sub-orders of one Tmall order are two lines; the settled one nets its special-service fee.
    expect(await line('2910345678901230001')).toMatchObject({
      order_no: '2910345678901230000',
      platform: 'tmall',
      status: 'settled',
      estimated_commission_fen: 616,
      actual_commission_fen: 616,
      settled_amount_fen: 6990,
      service_fee_fen: 13,
      settled_at: Date.parse('2026-11-24T08:00:00+08:00'),
    });
    expect(await line('2910345678901230002')).toMatchObject({ platform: 'tmall', status: 'paid', estimated_commission_fen: 179 });
    expect(await line('2910345678901239999')).toMatchObject({ status: 'settled', refund_claim: 1, actual_commission_fen: 313 });
    expect(await line('291034567890128888')).toMatchObject({ status: 'invalid' });
    // Only the relation id's line is this affiliate's: 50 % of 1.80.
    expect(await balances(id)).toEqual({ pending: 90 });

    const again = await importReport('taobao', bytes, 'OrderDetail-2026-11-20.xls');
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, rejected: 1 });
  });

  it('imports the same download saved as .xlsx', async () => {
    const xls = read(fixture('taobao/OrderDetail-2026-11-20.xls').bytes, { type: 'array' });
    const rows = utils.sheet_to_json<string[]>(xls.Sheets.Page1!, { header: 1, raw: false });
    // New order numbers, so these are new lines.
    const renumbered = rows.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 13 || c === 14 ? cell.replace(/^2910/, '2920') : cell))));
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(renumbered), 'Page1');
    const xlsx = new Uint8Array(write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
    const { body } = await importReport('taobao', xlsx, 'OrderDetail.xlsx');
    expect(body).toMatchObject({ encoding: 'xlsx', inserted: 5, rejected: 1 });
    expect(await line('2920345678901230001')).toMatchObject({ platform: 'tmall', actual_commission_fen: 616 });
  });

  it('refuses a spreadsheet of the wrong network, naming what it looks like', async () => {
    const { status, body } = await importReport('jd', fixture('taobao/OrderDetail-2026-11-20.xls').bytes, 'OrderDetail.xls');
    expect(status).toBe(422);
    expect(body.error).toEqual({ code: 'WRONG_FILE_KIND', message: expect.stringContaining('looks like a taobao order report'), network: 'taobao' });
  });
});
