import { STATUS_RANK } from '../../../shared/commission';
import type { Network, OrderStatus } from '../../../shared/schemas/orders';
import type { Db } from '../../env';

// Order lines are written many at a time: one JSON parameter carries a whole chunk, expanded by
// json_each inside SQLite, so a 1,000-line part costs a handful of statements and never nears D1's
// 100 bound parameters per statement.

/** One line as the upsert writes it: the order columns, camelCased, plus what decides and records the write. */
export interface LineWrite {
  id: string;
  network: Network;
  platform: string;
  lineId: string;
  orderNo: string;
  productId: string | null;
  productTitle: string | null;
  status: OrderStatus;
  statusReason: string | null;
  paidAmountFen: number;
  estimatedCommissionFen: number;
  actualCommissionFen: number | null;
  subId: string | null;
  channelIds: string[];
  clickAt: number | null;
  orderedAt: number;
  settledAt: number | null;
  paidAt: number | null;
  sourceUpdatedAt: number;
  sourceTimeKnown: boolean;
  parentOrderNo: string | null;
  settledAmountFen: number | null;
  serviceFeeFen: number | null;
  commissionRateBp: number | null;
  refundClaim: boolean;
  contentHash: string;
  /** The event this write appends, with the status we believe it moves from. */
  eventId: string;
  fromStatus: OrderStatus | null;
  reason: string;
}

export interface HeldLine {
  id: string;
  network: Network;
  lineId: string;
  status: OrderStatus;
  sourceUpdatedAt: number;
  sourceTimeKnown: boolean;
  contentHash: string;
}

const COLUMNS: Array<[column: string, key: keyof LineWrite]> = [
  ['id', 'id'],
  ['network', 'network'],
  ['platform', 'platform'],
  ['line_id', 'lineId'],
  ['order_no', 'orderNo'],
  ['product_id', 'productId'],
  ['product_title', 'productTitle'],
  ['status', 'status'],
  ['status_reason', 'statusReason'],
  ['paid_amount_fen', 'paidAmountFen'],
  ['estimated_commission_fen', 'estimatedCommissionFen'],
  ['actual_commission_fen', 'actualCommissionFen'],
  ['sub_id', 'subId'],
  ['channel_ids', 'channelIds'],
  ['click_at', 'clickAt'],
  ['ordered_at', 'orderedAt'],
  ['settled_at', 'settledAt'],
  ['paid_at', 'paidAt'],
  ['source_updated_at', 'sourceUpdatedAt'],
  ['source_time_known', 'sourceTimeKnown'],
  ['parent_order_no', 'parentOrderNo'],
  ['settled_amount_fen', 'settledAmountFen'],
  ['service_fee_fen', 'serviceFeeFen'],
  ['commission_rate_bp', 'commissionRateBp'],
  ['refund_claim', 'refundClaim'],
  ['content_hash', 'contentHash'],
];

/** The lifecycle rank of a status column, from the one table in shared/commission.ts. */
const rankOf = (column: string) =>
  `(CASE ${column} ${Object.entries(STATUS_RANK)
    .map(([s, r]) => `WHEN '${s}' THEN ${r}`)
    .join(' ')} END)`;

// Same rule as `supersedes` (shared/commission.ts), applied inside the write so two imports racing on one
// line can never move it backwards.
const SUPERSEDES = `${rankOf('excluded.status')} > ${rankOf('orders.status')} OR (${rankOf('excluded.status')} = ${rankOf('orders.status')}
  AND excluded.content_hash <> orders.content_hash
  AND NOT (excluded.source_time_known AND orders.source_time_known AND excluded.source_updated_at < orders.source_updated_at))`;

const UPDATABLE = COLUMNS.map(([c]) => c).filter((c) => !['id', 'network', 'line_id', 'source_updated_at'].includes(c));

const UPSERT = `INSERT INTO orders (${COLUMNS.map(([c]) => c).join(', ')}, revision, ledger_revision, waiting, write_token, created_at, updated_at)
  SELECT ${COLUMNS.map(([, k]) => `j.value ->> '$.${k}'`).join(', ')}, 1, 0, 1, ?2, ?3, ?3 FROM json_each(?1) j WHERE true
  ON CONFLICT (network, line_id) DO UPDATE SET ${UPDATABLE.map((c) => `${c} = excluded.${c}`).join(', ')},
    source_updated_at = max(orders.source_updated_at, excluded.source_updated_at),
    revision = orders.revision + 1, write_token = excluded.write_token, updated_at = excluded.updated_at
  WHERE ${SUPERSEDES}
  RETURNING id, revision`;

// Events for exactly the rows this write changed (their write_token is this chunk's).
const EVENTS = `INSERT INTO order_events (id, order_id, at, from_status, to_status, reason, source)
  SELECT j.value ->> '$.eventId', o.id, ?3, j.value ->> '$.fromStatus', o.status, j.value ->> '$.reason', ?4
  FROM json_each(?1) j JOIN orders o ON o.network = j.value ->> '$.network' AND o.line_id = j.value ->> '$.lineId'
  WHERE o.write_token = ?2`;

/** What we hold of these lines, keyed `network|lineId`. */
export async function findHeldLines(db: Db, keys: ReadonlyArray<{ network: Network; lineId: string }>): Promise<Map<string, HeldLine>> {
  const { results } = await db.$client
    .prepare(`SELECT o.id, o.network, o.line_id AS lineId, o.status, o.source_updated_at AS sourceUpdatedAt,
        o.source_time_known AS sourceTimeKnown, o.content_hash AS contentHash
      FROM json_each(?1) j JOIN orders o ON o.network = j.value ->> '$.network' AND o.line_id = j.value ->> '$.lineId'`)
    .bind(JSON.stringify(keys.map((k) => ({ network: k.network, lineId: k.lineId }))))
    .all<HeldLine>();
  return new Map(results.map((r) => [`${r.network}|${r.lineId}`, { ...r, sourceTimeKnown: Boolean(r.sourceTimeKnown) }]));
}

/**
 * Upserts a chunk of lines and appends an event for each line the write changed, in one transaction.
 * Returns the ids written and whether each was new (revision 1).
 */
export async function writeOrderLines(db: Db, lines: readonly LineWrite[], writeToken: string, source: string, now: number) {
  const json = JSON.stringify(lines);
  const [written] = await db.$client.batch<{ id: string; revision: number }>([
    db.$client.prepare(UPSERT).bind(json, writeToken, now),
    db.$client.prepare(EVENTS).bind(json, writeToken, now, source),
  ]);
  return written!.results;
}
