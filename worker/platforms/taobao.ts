import { parseChinaTime } from '../../shared/china-time';
import type { OrderStatus } from '../../shared/schemas/orders';
import type { OrderNormaliser } from './types';
import { cell, channelIds, yuanCell } from './row-values';

// Alimama reports (networks.md §1.8–1.11): the legacy export, the newer CSV and the API's field names.
// Header names drift between versions, so every field lists its aliases; nothing is read by position.
const columns = {
  lineId: ['淘宝子订单号', '淘宝子订单编号', '子订单号', 'trade_id'],
  // The newer CSV carries only the sub-order number; it then stands for the order too.
  orderNo: ['订单编号', '淘宝订单编号', 'trade_parent_id', '淘宝子订单号'],
  productId: ['商品ID', 'item_id'],
  productTitle: ['商品信息', '商品标题', '商品名称', 'item_title'],
  status: ['订单状态', 'tk_status'],
  refund: ['维权状态', 'refund_tag'],
  paidAmount: ['付款金额', 'alipay_total_price'],
  estimate: ['付款预估收入', '效果预估', 'pub_share_pre_fee'],
  settledIncome: ['结算预估收入', '预估收入', 'pub_share_fee'],
  clickAt: ['点击时间', 'click_time'],
  createdAt: ['创建时间', 'tk_create_time'],
  paidAt: ['付款时间', 'tk_paid_time'],
  settledAt: ['结算时间', 'tk_earning_time'],
  modifiedAt: ['订单更新时间', 'modified_time'],
  relationId: ['渠道关系ID', 'relation_id'],
  specialId: ['会员运营ID', 'special_id'],
  adzoneId: ['广告位ID', '推广位ID', 'adzone_id'],
  externalId: ['external_id', '外部ID'],
  // 天猫 / 淘宝 / 聚划算 / 天猫国际 …: the only place a report tells Tmall lines from Taobao ones.
  orderType: ['订单类型', 'order_type'],
} as const;

type Field = keyof typeof columns;

// §1.9: API codes, legacy export words, new export words.
const STATUS: Record<string, OrderStatus> = {
  '12': 'paid', 订单付款: 'paid', 已付款: 'paid',
  '14': 'received', 订单成功: 'received', 已收货: 'received',
  '3': 'settled', 订单结算: 'settled', 已结算: 'settled', 结算成功: 'settled',
  '13': 'invalid', 订单失效: 'invalid', 已失效: 'invalid',
  '11': 'unpaid', 拍下未付款: 'unpaid',
};

export const taobaoOrders: OrderNormaliser<Field> = {
  network: 'taobao',
  columns,
  required: ['orderNo', 'status', 'createdAt'],
  normalise(row) {
    const orderNo = cell(row.orderNo);
    const productId = cell(row.productId);
    // The legacy export has no sub-order number: one row per item, so order + item identifies it.
    const lineId = cell(row.lineId) ?? (orderNo && productId ? `${orderNo}-${productId}` : orderNo);
    const statusText = cell(row.status) ?? '';
    let status = STATUS[statusText];
    if (!orderNo || !lineId) return { ok: false, code: 'INVALID_ROW', message: '订单编号 (order number) is empty' };
    if (!status) return { ok: false, code: 'INVALID_ROW', message: `unknown 订单状态 "${statusText}"` };
    const orderedAt = parseChinaTime(row.createdAt);
    if (orderedAt === null) return { ok: false, code: 'INVALID_ROW', message: `创建时间 "${row.createdAt ?? ''}" is not a date` };
    const paid = yuanCell(row.paidAmount);
    const estimate = yuanCell(row.estimate);
    const settledIncome = yuanCell(row.settledIncome);
    if (paid === undefined || estimate === undefined || settledIncome === undefined) {
      return { ok: false, code: 'INVALID_ROW', message: 'an amount (付款金额 / 付款预估收入 / 结算预估收入) is not a number' };
    }
    // A successful 维权 (refund claim) takes the commission back even after settlement.
    const refund = cell(row.refund);
    let statusReason: string | null = null;
    if (refund === '维权成功') {
      status = 'refunded';
      statusReason = '维权成功 (refund claim upheld)';
    } else if (status === 'invalid') statusReason = '订单失效 (order closed or refunded before receipt)';
    const settledAt = parseChinaTime(row.settledAt);
    const clickAt = parseChinaTime(row.clickAt);
    const times = [orderedAt, parseChinaTime(row.paidAt), settledAt].filter((t): t is number => t !== null);
    return {
      ok: true,
      line: {
        network: 'taobao',
        platform: cell(row.orderType)?.includes('天猫') ? 'tmall' : 'taobao',
        lineId,
        orderNo,
        productId,
        productTitle: cell(row.productTitle),
        status,
        statusReason,
        paidAmountFen: paid ?? 0,
        estimatedCommissionFen: estimate ?? settledIncome ?? 0,
        actualCommissionFen: status === 'settled' || status === 'refunded' ? (settledIncome ?? estimate ?? 0) : null,
        subId: cell(row.externalId),
        channelIds: channelIds([['relation', row.relationId], ['special', row.specialId], ['adzone', row.adzoneId]]),
        clickAt,
        orderedAt,
        settledAt,
        sourceUpdatedAt: parseChinaTime(row.modifiedAt) ?? Math.max(...times),
      },
    };
  },
};
