import { parseChinaTime } from '../../shared/china-time';
import type { OrderStatus } from '../../shared/schemas/orders';
import type { OrderNormaliser } from './types';
import { cell, channelIds, refuseRow, rateCell, sumYuanCells, unknownStatusReason, yuanCell } from './row-values';

// Alimama reports (docs/networks.md, Alimama): the 52-column .xls download, the legacy 30-column export,
// the newer CSV and the API's field names. Header names drift between versions, so every field lists its
// aliases; nothing is read by position.
const columns = {
  lineId: ['淘宝子订单号', '淘宝子订单编号', '子订单号', 'trade_id'],
  orderNo: ['淘宝订单编号', '订单编号', 'trade_parent_id', '淘宝子订单号'],
  productId: ['商品ID', 'item_id'],
  productTitle: ['商品标题', '商品信息', '商品名称', 'item_title'],
  status: ['订单状态', 'tk_status'],
  refundState: ['维权状态'],
  refundTag: ['维权标签', 'refund_tag'],
  paidAmount: ['付款金额', 'alipay_total_price'],
  settledAmount: ['结算金额', 'pay_price'],
  estimate: ['付款预估收入', '效果预估', 'pub_share_pre_fee'],
  settledIncome: ['结算预估收入', '预估收入', 'pub_share_fee'],
  // 专项服务费 (2020 on): charged on top of the income above, estimated while paid and fixed at settlement.
  contentFeePre: ['预估内容专项服务费', '预估专项服务费', 'tk_commission_pre_fee_for_media_platform'],
  channelFeePre: ['预估渠道专项服务费'],
  contentFee: ['结算内容专项服务费', '结算专项服务费', 'tk_commission_fee_for_media_platform'],
  channelFee: ['结算渠道专项服务费'],
  commissionRate: ['佣金比率', 'total_commission_rate'],
  clickAt: ['点击时间', 'click_time'],
  createdAt: ['创建时间', 'tk_create_time'],
  paidAt: ['付款时间', 'tk_paid_time', '淘宝付款时间', 'tb_paid_time'],
  settledAt: ['结算时间', 'tk_earning_time'],
  modifiedAt: ['订单更新时间', 'modified_time'],
  relationId: ['渠道关系ID', 'relation_id'],
  specialId: ['会员运营ID', 'special_id'],
  adzoneId: ['推广位ID', '广告位ID', 'adzone_id'],
  externalId: ['external_id', '外部ID'],
  koubeiParent: ['口碑父订单号'],
  // 天猫 / 淘宝 / 聚划算 / 天猫国际 …: the only place a report tells Tmall lines from Taobao ones.
  orderType: ['订单类型', 'order_type'],
} as const;

type Field = keyof typeof columns;

// API codes, legacy export words, new export words.
const STATUS: Record<string, OrderStatus> = {
  '12': 'paid',
  订单付款: 'paid',
  已付款: 'paid',
  '14': 'received',
  订单成功: 'received',
  已收货: 'received',
  '3': 'settled',
  订单结算: 'settled',
  已结算: 'settled',
  结算成功: 'settled',
  '13': 'invalid',
  订单失效: 'invalid',
  已失效: 'invalid',
  '11': 'unpaid',
  拍下未付款: 'unpaid',
};

/** 维权: upheld takes the commission back even after settlement; raised holds it; failed releases it. */
function refundOf(state: string | null, tag: string | null): 'upheld' | 'raised' | null {
  if (state === '维权成功') return 'upheld';
  if (state && ['维权创建', '等待处理', '维权中'].includes(state)) return 'raised';
  if (state === '维权失败') return null;
  return tag === '1' || tag === '维权订单' ? 'raised' : null;
}

export const taobaoOrders: OrderNormaliser<Field> = {
  network: 'taobao',
  columns,
  required: ['orderNo', 'status', 'createdAt'],
  normalise(row, { keepUnknownStatus = false } = {}) {
    const orderNo = cell(row.orderNo);
    const productId = cell(row.productId);
    const lineId = cell(row.lineId) ?? (orderNo && productId ? `${orderNo}-${productId}` : orderNo);
    const statusText = cell(row.status) ?? '';
    let status: OrderStatus = STATUS[statusText] ?? 'unknown';
    if (!orderNo || !lineId) return refuseRow('empty-id', '订单编号');
    if (status === 'unknown' && !keepUnknownStatus) return refuseRow('unknown-status', '订单状态', statusText);
    const orderedAt = parseChinaTime(row.createdAt);
    if (orderedAt === null) return refuseRow('bad-time', '创建时间', row.createdAt);
    const paid = yuanCell(row.paidAmount);
    const settledAmount = yuanCell(row.settledAmount);
    const estimate = yuanCell(row.estimate);
    const settledIncome = yuanCell(row.settledIncome);
    const feePre = sumYuanCells([row.contentFeePre, row.channelFeePre]);
    const fee = sumYuanCells([row.contentFee, row.channelFee]);
    const rate = rateCell(row.commissionRate);
    if ([paid, settledAmount, estimate, settledIncome, feePre, fee].includes(undefined)) {
      return refuseRow('bad-amount', '付款金额 / 结算金额 / 付款预估收入 / 结算预估收入 / 专项服务费');
    }
    const refund = refundOf(cell(row.refundState), cell(row.refundTag));
    let statusReason: string | null = null;
    if (refund === 'upheld') {
      status = 'refunded';
      statusReason = '维权成功 (refund claim upheld)';
    } else if (status === 'invalid') statusReason = '订单失效 (order closed or refunded before receipt)';
    else if (status === 'unknown') statusReason = unknownStatusReason('订单状态', statusText);
    const settled = status === 'settled' || status === 'refunded';
    const net = (income: number | null | undefined, fees: number | null | undefined) => Math.max(0, (income ?? 0) - (fees ?? 0));
    const estimatedCommissionFen = net(estimate ?? settledIncome, feePre);
    return {
      ok: true,
      // Without a sub-order number, two variants of one item are two rows under one key.
      keyMayRepeat: !cell(row.lineId),
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
        estimatedCommissionFen,
        // 结算预估收入 is 0.00 until settlement; after it, it is what the network pays, less its fees.
        actualCommissionFen: settled ? (settledIncome !== null && settledIncome !== undefined ? net(settledIncome, fee) : estimatedCommissionFen) : null,
        subId: cell(row.externalId),
        channelIds: channelIds([
          ['relation', row.relationId],
          ['special', row.specialId],
          ['adzone', row.adzoneId],
        ]),
        clickAt: parseChinaTime(row.clickAt),
        orderedAt,
        paidAt: parseChinaTime(row.paidAt),
        settledAt: parseChinaTime(row.settledAt),
        // Alimama's downloads carry no modification time: a later import of the same stage wins.
        sourceUpdatedAt: parseChinaTime(row.modifiedAt),
        parentOrderNo: cell(row.koubeiParent),
        settledAmountFen: settledAmount && settledAmount > 0 ? settledAmount : null,
        serviceFeeFen: settled ? (fee ?? feePre ?? null) : (feePre ?? null),
        commissionRateBp: rate ?? null,
        refundClaim: refund === 'raised',
      },
    };
  },
};
