import type { OrderStatus } from '../../shared/schemas/orders';
import { parseChinaTime } from '../../shared/china-time';
import type { OrderNormaliser } from './types';
import { cell, channelIds, fenCell } from './row-values';

// 多多进宝 order rows (networks.md §3): API field names; amounts are already fen; times are Unix seconds.
const columns = {
  orderSn: ['order_sn', '订单编号'],
  goodsId: ['goods_id', '商品ID'],
  goodsName: ['goods_name', '商品名称'],
  status: ['order_status', '订单状态'],
  statusDesc: ['order_status_desc', '订单状态描述'],
  orderAmount: ['order_amount', '订单金额'],
  promotionAmount: ['promotion_amount', '佣金金额'],
  createTime: ['order_create_time', '下单时间'],
  settleTime: ['order_settle_time', '结算时间'],
  modifyAt: ['order_modify_at', '更新时间'],
  pid: ['p_id', '推广位ID'],
  customParameters: ['custom_parameters', '自定义参数'],
  failReason: ['fail_reason'],
} as const;

type Field = keyof typeof columns;

const STATUS: Record<string, OrderStatus> = {
  '-1': 'unpaid', '0': 'paid', '1': 'paid', '2': 'received', '3': 'received', '5': 'settled', '4': 'invalid', '10': 'invalid',
};

/** Our share code from custom_parameters: JSON `{"uid":…,"sid":"<code>"}` by convention, or the bare code. */
function subIdOf(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { sid?: unknown };
    return typeof parsed.sid === 'string' ? parsed.sid : null;
  } catch {
    return raw;
  }
}

export const pddOrders: OrderNormaliser<Field> = {
  network: 'pdd',
  columns,
  required: ['orderSn', 'status', 'createTime'],
  normalise(row) {
    const orderSn = cell(row.orderSn);
    if (!orderSn) return { ok: false, code: 'INVALID_ROW', message: 'order_sn is empty' };
    const code = cell(row.status) ?? '';
    const status = STATUS[code];
    if (!status) return { ok: false, code: 'INVALID_ROW', message: `unknown order_status "${code}"` };
    const orderedAt = parseChinaTime(row.createTime);
    if (orderedAt === null) return { ok: false, code: 'INVALID_ROW', message: `order_create_time "${row.createTime ?? ''}" is not a time` };
    const amount = fenCell(row.orderAmount);
    const promotion = fenCell(row.promotionAmount);
    if (amount === undefined || promotion === undefined) return { ok: false, code: 'INVALID_ROW', message: 'order_amount / promotion_amount must be whole fen' };
    const settledAt = status === 'settled' ? parseChinaTime(row.settleTime) : null;
    const reason = status === 'invalid' ? [cell(row.statusDesc), cell(row.failReason)].filter(Boolean).join(': ') || `order_status ${code}` : null;
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
        estimatedCommissionFen: promotion ?? 0,
        actualCommissionFen: status === 'settled' ? (promotion ?? 0) : null,
        subId: subIdOf(cell(row.customParameters)),
        channelIds: channelIds([['pid', row.pid]]),
        clickAt: null,
        orderedAt,
        settledAt,
        sourceUpdatedAt: parseChinaTime(row.modifyAt) ?? Math.max(orderedAt, settledAt ?? 0),
      },
    };
  },
};
