import type { PayoutMethod } from './schemas/payout-accounts';

/** One approved payout ready for the bank file: the full account, as only this file carries it. */
export interface BatchLine {
  /** ≤ 22 characters: 支付宝's 商户流水号. */
  serial: string;
  account: string;
  realName: string;
  amountFen: number;
  note: string;
}

/** 支付宝 takes at most this many lines in one 批量付款 file. */
export const BATCH_MAX_LINES = 3000;

/** Yuan with exactly two decimals, from integer fen (no floating point). */
export const yuanOf = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/**
 * The rows of a payout file, as a spreadsheet shows them. 支付宝 批量付款到支付宝账户 takes its template:
 * a batch row (批次号 11–32 letters or digits, never used before; 付款日期 YYYYMMDD; the payer's email and
 * name, which the operator fills in; the total and the count) and then one row per payee (商户流水号,
 * 收款人 account — email or phone —, 收款人姓名, 付款金额 in yuan, 付款理由). A WeChat list is a plain
 * table the operator pays from by hand. docs/payouts.md §2.
 */
export function batchFileRows(method: PayoutMethod, batchNo: string, date: string, lines: readonly BatchLine[]): string[][] {
  const total = yuanOf(lines.reduce((sum, l) => sum + l.amountFen, 0));
  const payees = lines.map((l) => [l.serial, l.account, l.realName, yuanOf(l.amountFen), l.note]);
  if (method === 'wechat') return [['序号', '微信号/手机号', '姓名', '金额（元）', '备注'], ...payees];
  return [
    ['批次号', '付款日期', '付款人email', '账户名称', '总金额（元）', '总笔数'],
    [batchNo, date, '', '', total, String(lines.length)],
    ['商户流水号', '收款人email', '收款人姓名', '付款金额（元）', '付款理由'],
    ...payees,
  ];
}
