import type { OrderStatus } from '../../shared/schemas/orders';
import { parseChinaTime } from '../../shared/china-time';
import type { OrderNormaliser } from './types';
import { cell, channelIds, refuseRow, fenCell, unknownStatusReason } from './row-values';

// 多多进宝 order rows (docs/networks.md, Pinduoduo): API field names; amounts are already fen, rates
// per mille (千分比); times are Unix seconds.
const columns = {
  orderSn: ['order_sn', '订单编号'],
  goodsId: ['goods_id', '商品ID'],
  goodsName: ['goods_name', '商品名称'],
  status: ['order_status', '订单状态'],
  statusDesc: ['order_status_desc', '订单状态描述'],
  orderAmount: ['order_amount', '订单金额'],
  promotionAmount: ['promotion_amount', '佣金金额'],
  promotionRate: ['promotion_rate', '佣金比例'],
  createTime: ['order_create_time', '下单时间'],
  payTime: ['order_pay_time', '支付时间'],
  settleTime: ['order_settle_time', '结算时间'],
  modifyAt: ['order_modify_at', '更新时间'],
  pid: ['p_id', '推广位ID'],
  customParameters: ['custom_parameters', '自定义参数'],
  failReason: ['fail_reason'],
} as const;

type Field = keyof typeof columns;

// Codes and their words. 8 is 非多多进宝商品 (无佣金订单) in current lists, 6 in older ones: invalid, never rejected.
const STATUS: Record<string, OrderStatus> = {
  '-1': 'unpaid',
  未支付: 'unpaid',
  '0': 'paid',
  已支付: 'paid',
  '1': 'paid',
  已成团: 'paid',
  '2': 'received',
  确认收货: 'received',
  '3': 'received',
  审核成功: 'received',
  '5': 'settled',
  已结算: 'settled',
  已经结算: 'settled',
  '4': 'invalid',
  审核失败: 'invalid',
  '10': 'invalid',
  已处罚: 'invalid',
  '6': 'invalid',
  '8': 'invalid',
  非多多进宝商品: 'invalid',
  无佣金订单: 'invalid',
};

/** Our share code from custom_parameters: JSON `{"uid":…,"sid":"<code>"}` by convention, or the bare value (digits too). */
function subIdOf(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object') {
      const sid = (parsed as { sid?: unknown }).sid;
      return typeof sid === 'string' || typeof sid === 'number' ? String(sid) : null;
    }
  } catch {
    // not JSON: the bare code
  }
  return raw;
}

export const pddOrders: OrderNormaliser<Field> = {
  network: 'pdd',
  columns,
  required: ['orderSn', 'status', 'createTime'],
  normalise(row, { keepUnknownStatus = false } = {}) {
    const orderSn = cell(row.orderSn);
    if (!orderSn) return refuseRow('empty-id', 'order_sn');
    const code = cell(row.status) ?? '';
    const known = STATUS[code];
    if (!known && !keepUnknownStatus) return refuseRow('unknown-status', 'order_status', code);
    const status: OrderStatus = known ?? 'unknown';
    const orderedAt = parseChinaTime(row.createTime);
    if (orderedAt === null) return refuseRow('bad-time', 'order_create_time', row.createTime);
    const amount = fenCell(row.orderAmount);
    const promotion = fenCell(row.promotionAmount);
    const rate = fenCell(row.promotionRate);
    if (amount === undefined || promotion === undefined || rate === undefined) {
      return refuseRow('bad-amount', 'order_amount / promotion_amount / promotion_rate');
    }
    const settledAt = status === 'settled' ? parseChinaTime(row.settleTime) : null;
    const reason =
      status === 'invalid'
        ? [cell(row.statusDesc), cell(row.failReason)].filter(Boolean).join(': ') || `order_status ${code}`
        : known
          ? null
          : unknownStatusReason('order_status', code);
    return {
      ok: true,
      line: {
        network: 'pdd',
        platform: 'pdd',
        lineId: orderSn,
        orderNo: orderSn,
        productId: cell(row.goodsId),
        productTitle: cell(row.goodsName),
        status,
        statusReason: reason,
        paidAmountFen: amount ?? 0,
        estimatedCommissionFen: status === 'invalid' && code === '8' ? 0 : (promotion ?? 0),
        actualCommissionFen: status === 'settled' ? (promotion ?? 0) : null,
        subId: subIdOf(cell(row.customParameters)),
        channelIds: channelIds([['pid', row.pid]]),
        clickAt: null,
        orderedAt,
        paidAt: parseChinaTime(row.payTime),
        settledAt,
        sourceUpdatedAt: parseChinaTime(row.modifyAt),
        parentOrderNo: null,
        settledAmountFen: null,
        serviceFeeFen: null,
        // 千分比 → basis points.
        commissionRateBp: rate === null ? null : rate * 10,
        refundClaim: false,
      },
    };
  },
};
