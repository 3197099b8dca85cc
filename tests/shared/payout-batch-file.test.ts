import { describe, expect, it } from 'vitest';
import { batchFileRows, yuanOf, type BatchLine } from '../../shared/payout-batch-file';
import { readReportTable } from '../../shared/reports/read-table';
import { writeXlsx } from '../../shared/reports/write-xlsx';

const line = (serial: string, account: string, realName: string, amountFen: number): BatchLine => ({
  serial,
  account,
  realName,
  amountFen,
  note: `带货佣金 ${serial.slice(-6)}`,
});

describe('the payout file', () => {
  it('writes yuan with two decimals from integer fen, at any size', () => {
    expect([0, 1, 10, 99, 100, 3000, 123456, 999_999_999_99].map(yuanOf)).toEqual(['0.00', '0.01', '0.10', '0.99', '1.00', '30.00', '1234.56', '999999999.99']);
  });

  it('follows 支付宝’s 批量付款 template: batch row with total and count, then one row per payee', () => {
    const rows = batchFileRows('alipay', 'DH202612071130001234', '20261207', [
      line('01abc', '13812345678', '张三', 3000),
      line('02def', 'a@b.cn', '欧阳娜娜', 1),
    ]);
    expect(rows).toEqual([
      ['批次号', '付款日期', '付款人email', '账户名称', '总金额（元）', '总笔数'],
      ['DH202612071130001234', '20261207', '', '', '30.01', '2'],
      ['商户流水号', '收款人email', '收款人姓名', '付款金额（元）', '付款理由'],
      ['01abc', '13812345678', '张三', '30.00', '带货佣金 01abc'],
      ['02def', 'a@b.cn', '欧阳娜娜', '0.01', '带货佣金 02def'],
    ]);
    expect(batchFileRows('wechat', 'x', 'y', [line('01abc', 'wxid_li4', '李四', 3000)])).toEqual([
      ['序号', '微信号/手机号', '姓名', '金额（元）', '备注'],
      ['01abc', 'wxid_li4', '李四', '30.00', '带货佣金 01abc'],
    ]);
  });

  it('as .xlsx keeps every cell as the text it is — a phone number and 30.00 are not turned into numbers', () => {
    const rows = batchFileRows('alipay', 'DH202612071130001234', '20261207', [line('01abc', '13812345678', '张三', 3000)]);
    const back = readReportTable(writeXlsx(rows, '支付宝批量付款'));
    expect(back.format).toBe('xlsx');
    // The reader pads every row to the sheet's width; past each row's cells there is nothing.
    expect(back.rows.map((r, i) => r.slice(0, rows[i]!.length))).toEqual(rows);
    expect(back.rows.flatMap((r, i) => r.slice(rows[i]!.length)).every((cell) => cell === '')).toBe(true);
  });
});
