import type { PayoutStatus, Statement } from './schemas/payouts';

type StatementLine = Statement['lines'][number];
import type { OrderStatus, RowProblem } from './schemas/orders';
import type { BreakdownDimension } from './schemas/reports';
import type { StoredClickKind } from './schemas/clicks';
import { IN_APP_BROWSER_NAMES, type InAppBrowser } from './platforms/types';

// Words the dashboard and its CSV downloads share, so a status or a dimension reads the same on the page and
// in the file.

/** An order line's status in the reader's language (the dashboard, its CSV). */
export const ORDER_STATUS_WORDS: Record<OrderStatus, { zh: string; en: string }> = {
  unpaid: { zh: '待付款', en: 'Awaiting payment' },
  paid: { zh: '已付款', en: 'Paid' },
  received: { zh: '已收货', en: 'Received' },
  settled: { zh: '已结算', en: 'Settled' },
  invalid: { zh: '已失效', en: 'Voided' },
  refunded: { zh: '已退款', en: 'Refunded' },
  unknown: { zh: '状态未知', en: 'Unknown status' },
};

/** How a line found its affiliate, in words. */
export const ATTRIBUTION_METHOD_WORDS: Record<'sub_id' | 'channel' | 'click_match' | 'manual', { zh: string; en: string }> = {
  sub_id: { zh: '链接里的推客码', en: 'code in the link' },
  channel: { zh: '渠道备案', en: 'registered channel' },
  click_match: { zh: '点击时间', en: 'click time' },
  manual: { zh: '人工分配', en: 'assigned by hand' },
};

/** A breakdown's dimension, in words. */
export const BREAKDOWN_DIMENSION_WORDS: Record<BreakdownDimension, { zh: string; en: string }> = {
  affiliate: { zh: '推客', en: 'Affiliate' },
  code: { zh: '分享码', en: 'Share code' },
  product: { zh: '商品', en: 'Product' },
  platform: { zh: '平台', en: 'Platform' },
  channel: { zh: '渠道标签', en: 'Channel tag' },
  app: { zh: 'App', en: 'App' },
  country: { zh: '国家/地区', en: 'Country' },
  device: { zh: '设备', en: 'Device' },
};

/** A payout's status, in words. */
export const PAYOUT_STATUS_WORDS: Record<PayoutStatus, { zh: string; en: string }> = {
  requested: { zh: '待审核', en: 'Awaiting review' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  paid: { zh: '已打款', en: 'Paid' },
};

/** A recorded click's kind, in words (the dashboard's click read-back). */
export const CLICK_KIND_WORDS: Record<StoredClickKind, { zh: string; en: string }> = {
  human: { zh: '真人', en: 'Person' },
  bot: { zh: '机器人', en: 'Bot' },
  preview: { zh: '链接预览', en: 'Link preview' },
  flood: { zh: '刷量', en: 'Flood' },
};

/** An in-app browser's name (a click's `app`), or the value itself when it is none we know. */
export const appWords = (app: string, lang: 'zh' | 'en'): string => (app in IN_APP_BROWSER_NAMES ? IN_APP_BROWSER_NAMES[app as InAppBrowser][lang] : app);

/** The device classes the redirect tells apart. */
export const DEVICE_WORDS: Record<string, { zh: string; en: string }> = {
  mobile: { zh: '手机', en: 'Phone' },
  tablet: { zh: '平板', en: 'Tablet' },
  desktop: { zh: '电脑', en: 'Computer' },
};

/** An order line's fields, where a row broke the line's own rules (the file's columns are named as the file names them). */
const LINE_FIELD_WORDS: Record<string, { zh: string; en: string }> = {
  lineId: { zh: '子订单号', en: 'line id' },
  orderNo: { zh: '订单号', en: 'order number' },
  productId: { zh: '商品ID', en: 'product id' },
  productTitle: { zh: '商品标题', en: 'product title' },
  paidAmountFen: { zh: '付款金额', en: 'paid amount' },
  estimatedCommissionFen: { zh: '预估佣金', en: 'estimated commission' },
  actualCommissionFen: { zh: '结算佣金', en: 'settled commission' },
  settledAmountFen: { zh: '结算金额', en: 'settlement amount' },
  serviceFeeFen: { zh: '专项服务费', en: 'service fee' },
  subId: { zh: '推客码', en: 'sub id' },
  channelIds: { zh: '渠道ID', en: 'channel ids' },
  clickAt: { zh: '点击时间', en: 'click time' },
  orderedAt: { zh: '下单时间', en: 'order time' },
  settledAt: { zh: '结算时间', en: 'settlement time' },
  paidAt: { zh: '付款时间', en: 'payment time' },
  parentOrderNo: { zh: '父订单号', en: 'parent order number' },
};

/** A refused report row's problem in words; `field` is the network's own column name, `value` the cell. */
export function rowProblemWords(problem: RowProblem, field: string, value: string | null, lang: 'zh' | 'en'): string {
  const cell = value === null ? '' : ` "${value}"`;
  const line = LINE_FIELD_WORDS[field.split('.')[0]!]?.[lang] ?? field;
  const words: Record<RowProblem, { zh: string; en: string }> = {
    'empty-id': { zh: `${field} 为空`, en: `${field} is empty` },
    'unknown-status': { zh: `不认识的${field}${cell}`, en: `unknown ${field}${cell}` },
    'bad-time': { zh: `${field}${cell} 不是有效的时间`, en: `${field}${cell} is not a date` },
    'bad-amount': { zh: `金额不是数字（${field}）`, en: `an amount (${field}) is not a number` },
    'bad-value': { zh: `${line}的值不符合要求`, en: `the ${line} is not valid` },
  };
  return words[problem][lang];
}

const STATEMENT_LINE_WORDS = {
  estimate: { zh: '预估佣金', en: 'Estimated commission' },
  settle: { zh: '结算佣金', en: 'Settled commission' },
  reverse: { zh: '扣回', en: 'Taken back' },
  adjustment: { zh: '调整', en: 'Adjustment' },
  payoutRequest: { zh: '申请提现（转出可提现）', en: 'Payout requested (out of available)' },
  payoutReview: { zh: '提现审核中', en: 'Payout under review' },
  payoutApproved: { zh: '提现已批准', en: 'Payout approved' },
  payoutReturned: { zh: '提现被驳回，退回可提现', en: 'Payout rejected, back to available' },
  payoutOut: { zh: '提现转出审核', en: 'Payout leaves review' },
  payoutPaid: { zh: '已打款', en: 'Paid out' },
} as const;

/** A statement line in the reader's words — what happened, from its kind, bucket and sign (the wallet and the statement CSV). */
export function statementLineWords(line: Pick<StatementLine, 'kind' | 'bucket' | 'amountFen' | 'reason'>, lang: 'zh' | 'en'): string {
  const words = (key: keyof typeof STATEMENT_LINE_WORDS) => STATEMENT_LINE_WORDS[key][lang];
  if (line.kind === 'adjustment') return `${words('adjustment')}${lang === 'zh' ? '：' : ': '}${line.reason}`;
  if (line.kind === 'estimate' || line.kind === 'settle' || line.kind === 'reverse') return words(line.kind);
  if (line.kind !== 'payout') return line.reason;
  if (line.bucket === 'paid') return words('payoutPaid');
  if (line.bucket === 'available') return words(line.amountFen < 0 ? 'payoutRequest' : 'payoutReturned');
  return words(line.amountFen === 0 ? 'payoutApproved' : line.amountFen > 0 ? 'payoutReview' : 'payoutOut');
}
