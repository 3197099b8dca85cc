import { chinaMonthBounds, formatChinaTime } from '../../../shared/china-time';
import { toCsv } from '../../../shared/csv';
import { statementLineWords } from '../../../shared/report-words';
import { fenToYuan } from '../../../shared/money';
import type { MonthSummaryRow, Statement } from '../../../shared/schemas/payouts';
import type { Db } from '../../env';
import { findAffiliate } from '../../db/queries/affiliates';
import { monthSummarySums, statementEntries } from '../../db/queries/statements';
import { AppError } from '../../errors';
import { maskOrderNo } from '../get-earnings';

/**
 * Every ledger line of a month (China time) with its order, reason and what is owed after it, from the
 * balance owed before the month; `masked` hides most of each order number (the affiliate's view).
 */
export async function getStatement(db: Db, affiliateId: string, month: string, { masked }: { masked: boolean }): Promise<Statement> {
  if (!(await findAffiliate(db, affiliateId))) throw new AppError('NOT_FOUND', `No affiliate ${affiliateId}.`);
  const { start, end } = chinaMonthBounds(month);
  const { openingOwed, entries } = await statementEntries(db, affiliateId, start, end);
  let owed = openingOwed;
  let earned = 0;
  let paid = 0;
  const lines = entries.map((e) => {
    if (e.bucket !== 'paid') owed += e.amountFen;
    else paid += e.amountFen;
    if (e.orderNo !== null) earned += e.amountFen;
    return {
      at: e.createdAt,
      kind: e.kind,
      bucket: e.bucket,
      amountFen: e.amountFen,
      reason: e.reason,
      orderNo: e.orderNo !== null && masked ? maskOrderNo(e.orderNo) : e.orderNo,
      payoutId: e.payoutId,
      owedFen: owed,
    };
  });
  return { affiliateId, month, openingOwedFen: openingOwed, closingOwedFen: owed, earnedFen: earned, paidFen: paid, lines };
}

/**
 * The statement as CSV: one row per ledger line, times in China time, yuan with two decimals. In Chinese each
 * line says what happened in words (as the wallet does); in English the ledger's own kind, bucket and reason.
 */
export function statementCsv(statement: Statement, lang: 'zh' | 'en'): string {
  const opening = fenToYuan(statement.openingOwedFen);
  if (lang === 'zh') {
    return toCsv(
      ['时间（北京时间）', '事项', '金额（元）', '订单号', '提现单号', '之后应付（元）'],
      [
        [`${statement.month} 月初`, '月初应付', '', '', '', opening],
        ...statement.lines.map((l) => [
          formatChinaTime(l.at),
          statementLineWords(l, 'zh'),
          fenToYuan(l.amountFen),
          l.orderNo,
          l.payoutId,
          fenToYuan(l.owedFen),
        ]),
      ],
    );
  }
  return toCsv(
    ['time_china', 'kind', 'bucket', 'amount_yuan', 'reason', 'order_no', 'payout_id', 'owed_yuan'],
    [
      [`${statement.month} opening`, '', '', '', 'owed at the start of the month', '', '', opening],
      ...statement.lines.map((l) => [formatChinaTime(l.at), l.kind, l.bucket, fenToYuan(l.amountFen), l.reason, l.orderNo, l.payoutId, fenToYuan(l.owedFen)]),
    ],
  );
}

/** Per affiliate: owed at the start of the month, earned, adjusted and paid in it, owed at its end. */
export async function getMonthSummary(db: Db, month: string): Promise<MonthSummaryRow[]> {
  const { start, end } = chinaMonthBounds(month);
  return (await monthSummarySums(db, start, end)).map((r) => ({
    affiliateId: r.affiliateId,
    name: r.name,
    openingOwedFen: r.openingOwed,
    earnedFen: r.earned,
    adjustedFen: r.adjusted,
    paidFen: r.paid,
    closingOwedFen: r.openingOwed + r.earned + r.adjusted - r.paid,
  }));
}

const MONTH_HEADERS = {
  zh: ['推客编号', '推客', '月初应付（元）', '本月佣金（元）', '调整（元）', '本月打款（元）', '月末应付（元）'],
  en: ['affiliate_id', 'name', 'opening_owed_yuan', 'earned_yuan', 'adjusted_yuan', 'paid_yuan', 'closing_owed_yuan'],
} as const;

/** The month's books per affiliate as CSV, headed in the reader's language. */
export function monthSummaryCsv(rows: readonly MonthSummaryRow[], lang: 'zh' | 'en'): string {
  return toCsv(
    MONTH_HEADERS[lang],
    rows.map((r) => [
      r.affiliateId,
      r.name,
      fenToYuan(r.openingOwedFen),
      fenToYuan(r.earnedFen),
      fenToYuan(r.adjustedFen),
      fenToYuan(r.paidFen),
      fenToYuan(r.closingOwedFen),
    ]),
  );
}
