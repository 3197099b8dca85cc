import { formatChinaTime } from '../../../shared/china-time';
import { toCsv } from '../../../shared/csv';
import { formatFen } from '../../../shared/money';
import { ATTRIBUTION_METHOD_WORDS, ORDER_STATUS_WORDS } from '../../../shared/report-words';
import { shopRecords } from '../../../shared/platforms';
import type { OrderListRow } from '../../db/queries/admin-lists';

const HEADERS = {
  zh: ['下单时间', '订单号', '商品', '平台', '状态', '付款（元）', '佣金（元）', '推客', '归因方式', '推客分成（元）'],
  en: ['Ordered at', 'Order', 'Product', 'Shop', 'Status', 'Paid (yuan)', 'Commission (yuan)', 'Affiliate', 'Attributed by', 'Affiliates’ share (yuan)'],
} as const;

/** The orders table as a spreadsheet, in the reader's language: times in China time, yuan from fen. */
export function ordersCsv(rows: readonly OrderListRow[], lang: 'zh' | 'en'): string {
  return toCsv(
    HEADERS[lang],
    rows.map((r) => [
      formatChinaTime(r.orderedAt),
      r.orderNo,
      r.productTitle,
      shopRecords[r.platform].names[lang],
      ORDER_STATUS_WORDS[r.status][lang],
      formatFen(r.paidAmountFen),
      formatFen(r.commissionFen),
      r.affiliateName,
      r.method ? ATTRIBUTION_METHOD_WORDS[r.method][lang] : lang === 'zh' ? '未归因' : 'unattributed',
      formatFen(r.sharesFen),
    ]),
  );
}
