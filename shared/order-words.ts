import type { OrderStatus } from './schemas/orders';

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
