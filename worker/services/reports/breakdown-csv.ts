import { toCsv } from '../../../shared/csv';
import { formatFen } from '../../../shared/money';
import type { BreakdownDimension, BreakdownRow } from '../../../shared/schemas';

const DIMENSION_WORDS: Record<BreakdownDimension, { zh: string; en: string }> = {
  affiliate: { zh: '推客', en: 'affiliate' },
  code: { zh: '分享码', en: 'code' },
  product: { zh: '商品', en: 'product' },
  platform: { zh: '平台', en: 'platform' },
  channel: { zh: '渠道标签', en: 'channel' },
  app: { zh: 'App', en: 'app' },
  country: { zh: '国家/地区', en: 'country' },
  device: { zh: '设备', en: 'device' },
};
const HEADERS = {
  zh: ['名称', '点击', '订单', '成交额（元）', '佣金（元）'],
  en: ['label', 'clicks', 'orders', 'gmv_yuan', 'commission_yuan'],
} as const;

/** A breakdown as a spreadsheet: the dimension's key, its name, and the figures, headed in the reader's language. */
export function breakdownCsv(dimension: BreakdownDimension, rows: readonly BreakdownRow[], lang: 'zh' | 'en'): string {
  return toCsv(
    [DIMENSION_WORDS[dimension][lang], ...HEADERS[lang]],
    rows.map((r) => [r.key, r.label, r.clicks, r.orders, formatFen(r.gmvFen), formatFen(r.commissionFen)]),
  );
}
