import type { PlatformId } from '../../../shared/platforms/types';
import type { Network, OrderStatus } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import type { attributions } from '../schema';

// Lists for the dashboard: affiliates with tier and team, order lines with attribution and history,
// import batches. Indexed reads, bounded by limits.

export interface AffiliateListRow {
  id: string;
  name: string;
  tierId: string | null;
  tierName: string | null;
  inviterId: string | null;
  inviterName: string | null;
  disabledAt: number | null;
  createdAt: number;
  team: number;
  codes: number;
  /** Every bucket but `paid`: what the programme still owes them. */
  owedFen: number;
  paidFen: number;
  /** Taobao 渠道: the relation (or special) id that names them, or null when unbound. */
  taobaoRelation: string | null;
  /** 多多进宝 备案 finished (as last asked). */
  pddBound: number;
}

export async function listAffiliates(db: Db): Promise<AffiliateListRow[]> {
  const { results } = await db.$client
    .prepare(`SELECT a.id, a.name, a.tier_id AS tierId, t.name AS tierName, a.inviter_id AS inviterId, i.name AS inviterName,
        a.disabled_at AS disabledAt, a.created_at AS createdAt,
        (SELECT count(*) FROM affiliates x WHERE x.inviter_id = a.id) AS team,
        (SELECT count(*) FROM share_codes s WHERE s.affiliate_id = a.id) AS codes,
        (SELECT coalesce(sum(CASE WHEN l.bucket <> 'paid' THEN l.amount_fen END), 0) FROM ledger_entries l WHERE l.affiliate_id = a.id) AS owedFen,
        (SELECT coalesce(sum(CASE WHEN l.bucket = 'paid' THEN l.amount_fen END), 0) FROM ledger_entries l WHERE l.affiliate_id = a.id) AS paidFen,
        coalesce((SELECT b.external_id FROM network_bindings b WHERE b.affiliate_id = a.id AND b.network = 'taobao'),
          (SELECT substr(c.channel_id, instr(c.channel_id, ':') + 1) FROM channel_ids c WHERE c.affiliate_id = a.id AND c.network = 'taobao'
            AND (c.channel_id LIKE 'relation:%' OR c.channel_id LIKE 'special:%') ORDER BY c.created_at LIMIT 1)) AS taobaoRelation,
        EXISTS (SELECT 1 FROM network_bindings b WHERE b.affiliate_id = a.id AND b.network = 'pdd') AS pddBound
      FROM affiliates a LEFT JOIN tiers t ON t.id = a.tier_id LEFT JOIN affiliates i ON i.id = a.inviter_id
      ORDER BY a.created_at DESC LIMIT 1000`)
    .all<AffiliateListRow>();
  return results;
}

export interface OrderListRow {
  id: string;
  network: Network;
  platform: PlatformId;
  lineId: string;
  orderNo: string;
  productTitle: string | null;
  status: OrderStatus;
  statusReason: string | null;
  paidAmountFen: number;
  estimatedCommissionFen: number;
  actualCommissionFen: number | null;
  orderedAt: number;
  /** 0 plain, 1 flagged as an outlier, 2 confirmed. */
  outlier: number;
  /** The network's commission (settled: the actual one), and what affiliates get of it. */
  commissionFen: number;
  sharesFen: number;
  affiliateId: string | null;
  affiliateName: string | null;
  code: string | null;
  method: (typeof attributions.$inferSelect)['method'] | null;
  confidence: number | null;
}

export interface OrderEventRow {
  orderId: string;
  at: number;
  fromStatus: string | null;
  toStatus: string;
  reason: string;
  source: string;
}

/** What narrows the order list (all optional); times are epoch ms. */
export interface OrderFilter {
  q?: string | undefined;
  status?: string | undefined;
  outliersOnly?: boolean;
  from?: number | undefined;
  to?: number | undefined;
  affiliateId?: string | undefined;
  platform?: string | undefined;
  attribution?: 'attributed' | 'waiting' | 'contested' | undefined;
}

const COMMISSION = `CASE WHEN o.status = 'settled' THEN coalesce(o.actual_commission_fen, o.estimated_commission_fen) ELSE o.estimated_commission_fen END`;
// What affiliates get of a line: the own share and each override at the rates fixed with the attribution,
// each rounded half up to the fen as the ledger books them (shared/commission.ts); nothing on a dead line.
const SHARES = `CASE WHEN att.order_id IS NULL OR o.status IN ('unpaid', 'invalid', 'refunded') THEN 0 ELSE
  (${COMMISSION} * att.rate_bp + 5000) / 10000
  + (SELECT coalesce(sum((${COMMISSION} * (j.value ->> '$.rateBp') + 5000) / 10000), 0) FROM json_each(att.overrides) j) END`;
// instr, not LIKE: D1 refuses a LIKE pattern over 50 bytes (18 Chinese characters), and `%`/`_` are
// then plain characters the operator may search for.
const WHERE = `(?1 IS NULL OR instr(lower(o.order_no), ?1) > 0 OR instr(lower(o.line_id), ?1) > 0 OR instr(lower(o.product_title), ?1) > 0)
  AND (?2 IS NULL OR o.status = ?2) AND (?3 = 0 OR o.outlier = 1)
  AND (?4 IS NULL OR o.ordered_at >= ?4) AND (?5 IS NULL OR o.ordered_at < ?5)
  AND (?6 IS NULL OR att.affiliate_id = ?6) AND (?7 IS NULL OR o.platform = ?7)
  AND (?8 IS NULL OR (?8 = 'attributed' AND att.order_id IS NOT NULL) OR (?8 = 'waiting' AND o.waiting = 1 AND o.contest IS NULL)
    OR (?8 = 'contested' AND o.waiting = 1 AND o.contest IS NOT NULL))`;
const FROM = 'orders o LEFT JOIN attributions att ON att.order_id = o.id LEFT JOIN affiliates a ON a.id = att.affiliate_id';
const params = (f: OrderFilter) => [
  f.q ? f.q.toLowerCase() : null,
  f.status ?? null,
  f.outliersOnly ? 1 : 0,
  f.from ?? null,
  f.to ?? null,
  f.affiliateId ?? null,
  f.platform ?? null,
  f.attribution ?? null,
];

export async function searchOrders(db: Db, filter: OrderFilter, limit: number, offset: number): Promise<Array<OrderListRow & { history: OrderEventRow[] }>> {
  const { results } = await db.$client
    .prepare(`SELECT o.id, o.network, o.platform, o.line_id AS lineId, o.order_no AS orderNo, o.product_title AS productTitle, o.status,
        o.status_reason AS statusReason, o.paid_amount_fen AS paidAmountFen, o.estimated_commission_fen AS estimatedCommissionFen,
        o.actual_commission_fen AS actualCommissionFen, o.ordered_at AS orderedAt, o.outlier, ${COMMISSION} AS commissionFen, ${SHARES} AS sharesFen,
        att.affiliate_id AS affiliateId, a.name AS affiliateName, att.code, att.method, att.confidence
      FROM ${FROM} WHERE ${WHERE}
      ORDER BY o.ordered_at DESC, o.id DESC LIMIT ?9 OFFSET ?10`)
    .bind(...params(filter), limit, offset)
    .all<OrderListRow>();
  if (results.length === 0) return [];
  const events = await db.$client
    .prepare(`SELECT order_id AS orderId, at, from_status AS fromStatus, to_status AS toStatus, reason, source FROM order_events
      WHERE order_id IN (SELECT value FROM json_each(?1)) ORDER BY at, id`)
    .bind(JSON.stringify(results.map((r) => r.id)))
    .all<OrderEventRow>();
  return results.map((r) => ({ ...r, history: events.results.filter((e) => e.orderId === r.id) }));
}

/** The filtered set's count and sums (the table's totals row). */
export async function orderTotals(db: Db, filter: OrderFilter) {
  const row = await db.$client
    .prepare(`SELECT count(*) AS lines, coalesce(sum(o.paid_amount_fen), 0) AS paidFen, coalesce(sum(${COMMISSION}), 0) AS commissionFen,
        coalesce(sum(${SHARES}), 0) AS sharesFen FROM ${FROM} WHERE ${WHERE}`)
    .bind(...params(filter))
    .first<{ lines: number; paidFen: number; commissionFen: number; sharesFen: number }>();
  return { lines: row?.lines ?? 0, paidFen: row?.paidFen ?? 0, commissionFen: row?.commissionFen ?? 0, sharesFen: row?.sharesFen ?? 0 };
}

/** Active affiliates not yet bound at every network that binds (a Taobao relation id, a PDD 备案), as the affiliates page counts them. */
export async function countUnboundAffiliates(db: Db): Promise<number> {
  const row = await db.$client
    .prepare(`SELECT count(*) AS n FROM affiliates a WHERE a.disabled_at IS NULL AND (
        NOT (EXISTS (SELECT 1 FROM network_bindings b WHERE b.affiliate_id = a.id AND b.network = 'taobao')
          OR EXISTS (SELECT 1 FROM channel_ids c WHERE c.affiliate_id = a.id AND c.network = 'taobao' AND (c.channel_id LIKE 'relation:%' OR c.channel_id LIKE 'special:%')))
        OR NOT EXISTS (SELECT 1 FROM network_bindings b WHERE b.affiliate_id = a.id AND b.network = 'pdd'))`)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
