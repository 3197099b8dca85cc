import { toCsv } from '../../../shared/csv';
import { formatFen } from '../../../shared/money';
import { BREAKDOWN_DIMENSION_WORDS } from '../../../shared/report-words';
import type { BreakdownDimension, BreakdownRow } from '../../../shared/schemas';

const HEADERS = {
  zh: ['名称', '点击', '订单', '成交额（元）', '佣金（元）'],
  en: ['label', 'clicks', 'orders', 'gmv_yuan', 'commission_yuan'],
} as const;

/** A breakdown as a spreadsheet, headed in the reader's language (in English the dimension's key, as scripts read it). */
export function breakdownCsv(dimension: BreakdownDimension, rows: readonly BreakdownRow[], lang: 'zh' | 'en'): string {
  return toCsv(
    [lang === 'zh' ? BREAKDOWN_DIMENSION_WORDS[dimension].zh : dimension, ...HEADERS[lang]],
    rows.map((r) => [r.key, r.label, r.clicks, r.orders, formatFen(r.gmvFen), formatFen(r.commissionFen)]),
  );
}
