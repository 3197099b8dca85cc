import { parseChinaTime } from '../../shared/china-time';
import type { OrderStatus } from '../../shared/schemas/orders';
import type { OrderNormaliser } from './types';
import { cell, channelIds, refuseRow, rateCell, unknownStatusReason, yuanCell } from './row-values';

// JD Union order rows (docs/networks.md, JD Union): the API's field names are the source of truth; the
// labels of the union web list are accepted as aliases. Amounts are yuan.
const columns = {
  rowId: ['id', '订单行ID'],
  orderNo: ['orderId', '订单号'],
  parentId: ['parentId', '主单号', '父单号'],
  skuId: ['skuId', '商品ID', 'SKU'],
  title: ['skuName', '商品名称'],
  validCode: ['validCode', '订单状态'],
  cosPrice: ['estimateCosPrice', '预估计佣金额'],
  actualCosPrice: ['actualCosPrice', '实际计佣金额'],
  estimateFee: ['estimateFee', '预估佣金'],
  actualFee: ['actualFee', '实际佣金'],
  commissionRate: ['commissionRate', '佣金比例'],
  orderTime: ['orderTime', '下单时间'],
  finishTime: ['finishTime', '完成时间'],
  modifyTime: ['modifyTime', '更新时间'],
  payMonth: ['payMonth', '结算时间', '预估结算日'],
  subUnionId: ['subUnionId', '子渠道标识'],
  positionId: ['positionId', '推广位', '推广位ID'],
  pid: ['pid'],
  channelId: ['channelId', '渠道关系ID'],
} as const;

type Field = keyof typeof columns;

// validCode: 15/24 await payment, 16 paid, 17 complete, 18 settled; everything else is void.
const VALID: Record<string, OrderStatus> = { '15': 'unpaid', '24': 'unpaid', '16': 'paid', '17': 'received', '18': 'settled' };
const LABELS: Record<string, OrderStatus> = { 待付款: 'unpaid', 已付定金: 'unpaid', 已付款: 'paid', 已完成: 'received', 已结算: 'settled' };
const INVALID_REASONS: Record<string, string> = {
  '-1': '未知',
  '2': '无效-拆单',
  '3': '无效-取消',
  '4': '无效-京东帮帮主订单',
  '5': '无效-账号异常',
  '6': '无效-赠品类目不返佣',
  '7': '无效-校园订单',
  '8': '无效-企业订单',
  '9': '无效-团购订单',
  '10': '无效-开增值税专用发票订单',
  '11': '无效-乡村推广员下单',
  '12': '无效-自己推广自己下单',
  '13': '无效-违规订单',
  '14': '无效-来源与备案网址不符',
  '19': '无效-佣金比例为0',
  '20': '无效-此复购订单对应的首购订单无效',
  '21': '无效-云店订单',
  '22': '无效-PLUS会员佣金比例为0',
  '23': '无效-支付有礼',
  '25': '违规订单-流量劫持',
  '26': '违规订单-流量异常',
  '27': '违规订单-违反京东平台规则',
  '28': '违规订单-多笔交易异常',
};

function statusOf(code: string): { status: OrderStatus; reason: string | null } | null {
  const status = VALID[code] ?? LABELS[code];
  if (status) return { status, reason: null };
  if (INVALID_REASONS[code]) return { status: 'invalid', reason: `validCode ${code}: ${INVALID_REASONS[code]}` };
  if (code.startsWith('无效') || code.startsWith('违规')) return { status: 'invalid', reason: code };
  return null;
}

/**
 * One JD line is one (order, sku): `id` is that pair, so files keyed either way name the same line.
 * With only `id` and `orderId`, the sku is what follows the order number in `id`.
 */
function lineKey(orderNo: string | null, skuId: string | null, rowId: string | null): { lineId: string; skuId: string | null } | null {
  if (orderNo && skuId) return { lineId: `${orderNo}-${skuId}`, skuId };
  if (orderNo && rowId?.startsWith(orderNo)) {
    const sku = rowId.slice(orderNo.length).replace(/^[-_]/, '');
    if (/^\d+$/.test(sku)) return { lineId: `${orderNo}-${sku}`, skuId: sku };
  }
  return rowId ? { lineId: rowId, skuId } : null;
}

export const jdOrders: OrderNormaliser<Field> = {
  network: 'jd',
  columns,
  required: ['orderNo', 'validCode', 'orderTime'],
  normalise(row, { keepUnknownStatus = false } = {}) {
    const orderNo = cell(row.orderNo);
    const key = lineKey(orderNo, cell(row.skuId), cell(row.rowId));
    if (!orderNo || !key) return refuseRow('empty-id', 'orderId / skuId');
    const code = cell(row.validCode) ?? '';
    const parsed = statusOf(code) ?? (keepUnknownStatus ? { status: 'unknown' as const, reason: unknownStatusReason('validCode', code) } : null);
    if (!parsed) return refuseRow('unknown-status', 'validCode', code);
    const orderedAt = parseChinaTime(row.orderTime);
    if (orderedAt === null) return refuseRow('bad-time', 'orderTime', row.orderTime);
    const cos = yuanCell(row.cosPrice);
    const actualCos = yuanCell(row.actualCosPrice);
    const estimate = yuanCell(row.estimateFee);
    const actual = yuanCell(row.actualFee);
    const rate = rateCell(row.commissionRate);
    if ([cos, actualCos, estimate, actual, rate].includes(undefined)) {
      return refuseRow('bad-amount', 'estimateCosPrice / actualCosPrice / estimateFee / actualFee / commissionRate');
    }
    // payMonth is the planned settlement day; validCode 18 is no longer written back.
    const payDay = parseChinaTime(row.payMonth);
    const settled = parsed.status === 'received' && payDay !== null && payDay <= Date.now();
    const status: OrderStatus = settled ? 'settled' : parsed.status;
    const parentId = cell(row.parentId);
    return {
      ok: true,
      line: {
        network: 'jd',
        platform: 'jd',
        lineId: key.lineId,
        orderNo,
        productId: key.skuId,
        productTitle: cell(row.title),
        status,
        statusReason: parsed.reason,
        paidAmountFen: cos ?? 0,
        estimatedCommissionFen: estimate ?? 0,
        actualCommissionFen: status === 'settled' ? (actual ?? estimate ?? 0) : null,
        subId: cell(row.subUnionId),
        channelIds: channelIds([
          ['position', row.positionId],
          ['pid', row.pid],
          ['channel', row.channelId],
        ]),
        clickAt: null,
        orderedAt,
        paidAt: null,
        settledAt: settled ? payDay : null,
        sourceUpdatedAt: parseChinaTime(row.modifyTime),
        // parentId 0 means the order was never split.
        parentOrderNo: parentId && parentId !== '0' ? parentId : null,
        settledAmountFen: actualCos ? actualCos : null,
        serviceFeeFen: null,
        commissionRateBp: rate ?? null,
        refundClaim: false,
      },
    };
  },
};
