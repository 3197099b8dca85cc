import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { DamagedFileError, readReportTable } from '../../../shared/reports/read-table';

const XLS = new Uint8Array(readFileSync('tests/fixtures/orders/taobao/OrderDetail-2026-11-20.xls'));

function xlsx(rows: string[][]): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Page1');
  return new Uint8Array(write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

describe('readReportTable on damaged spreadsheets', () => {
  it('reads the whole .xls download', () => {
    const { rows, format } = readReportTable(XLS);
    expect(format).toBe('xls');
    expect(rows[0]).toHaveLength(52);
  });

  // A download cut short anywhere, and a .xlsx whose zip is broken: a DamagedFileError, never a crash
  // elsewhere nor rows made of garbage.
  it.each([0.1, 0.25, 0.5, 0.75, 0.95])('a .xls cut at %f of its length is damaged', (share) => {
    const cut = XLS.subarray(0, Math.floor(XLS.length * share));
    expect(() => readReportTable(cut)).toThrow(DamagedFileError);
  });

  it('a .xlsx with its middle overwritten, or cut short, is damaged', () => {
    const good = xlsx([
      ['订单编号', '订单状态'],
      ['3012', '订单付款'],
    ]);
    expect(readReportTable(good).rows).toEqual([
      ['订单编号', '订单状态'],
      ['3012', '订单付款'],
    ]);
    const overwritten = good.slice();
    overwritten.fill(0x41, 40, good.length - 40);
    expect(() => readReportTable(overwritten)).toThrow(DamagedFileError);
    expect(() => readReportTable(good.subarray(0, good.length >> 1))).toThrow(DamagedFileError);
    expect(() => readReportTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(DamagedFileError);
  });
});
