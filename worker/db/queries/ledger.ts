import type { Beneficiary, Position } from '../../../shared/commission';
import type { OrderStatus } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { readJson } from '../json-column';
import type { ledgerEntries } from '../schema';
import { overridesSchema, type RollupShare, rollupShareSchema } from '../stored-shapes';

/** An order line whose ledger does not yet reflect its latest revision, with what booking it needs. */
export interface UnbookedLine {
  id: string;
  revision: number;
  status: OrderStatus;
  estimatedCommissionFen: number;
  actualCommissionFen: number | null;
  refundClaim: boolean;
  statusReason: string | null;
  orderedAt: number;
  platform: string;
  productId: string | null;
  paidAmountFen: number;
  /** The attribution, if any: who earns, at what rate, and the overrides fixed with it. */
  affiliateId: string | null;
  rateBp: number | null;
  overrides: Beneficiary[] | null;
  code: string | null;
  /** The attributed code's channel tag. */
  channel: string | null;
  /** The line's current share of the order rollups (null: none)… */
  rolledUp: RollupShare | null;
  /** …and its stored text, which the move compares so a concurrent bookkeeper's move is not made twice. */
  rolledUpText: string | null;
  outlier: number;
}

const UNBOOKED_COLUMNS = `o.id, o.revision, o.status, o.estimated_commission_fen AS estimatedCommissionFen,
  o.actual_commission_fen AS actualCommissionFen, o.refund_claim AS refundClaim, o.status_reason AS statusReason,
  o.ordered_at AS orderedAt, o.platform, o.product_id AS productId, o.paid_amount_fen AS paidAmountFen, o.rolled_up AS rolledUpText, o.outlier,
  a.affiliate_id AS affiliateId, a.rate_bp AS rateBp, a.overrides, a.code, s.channel`;
const UNBOOKED_FROM = 'orders o LEFT JOIN attributions a ON a.order_id = o.id LEFT JOIN share_codes s ON s.code = a.code';

type UnbookedRow = Omit<UnbookedLine, 'overrides' | 'rolledUp'> & { overrides: string | null };

const asUnbooked = (rows: UnbookedRow[]): UnbookedLine[] =>
  rows.map((r) => ({
    ...r,
    refundClaim: Boolean(r.refundClaim),
    overrides: r.overrides === null ? null : readJson(overridesSchema, r.overrides),
    rolledUp: r.rolledUpText === null ? null : readJson(rollupShareSchema, r.rolledUpText),
  }));

/** Of these lines, those whose ledger is behind. */
export async function findUnbookedAmong(db: Db, ids: readonly string[]): Promise<UnbookedLine[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${UNBOOKED_COLUMNS} FROM ${UNBOOKED_FROM}
      WHERE o.id IN (SELECT value FROM json_each(?1)) AND o.ledger_revision < o.revision`)
    .bind(JSON.stringify(ids))
    .all<UnbookedRow>();
  return asUnbooked(results);
}

/** The next lines whose ledger is behind, oldest first (a partial index holds only those). */
export async function findUnbookedPage(db: Db, afterId: string, limit: number): Promise<UnbookedLine[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${UNBOOKED_COLUMNS} FROM ${UNBOOKED_FROM}
      WHERE o.ledger_revision < o.revision AND o.id > ?1 ORDER BY o.id LIMIT ?2`)
    .bind(afterId, limit)
    .all<UnbookedRow>();
  return asUnbooked(results);
}

/** What is booked so far per order line, summed by (affiliate, role, bucket), and how many entries it has. */
export async function bookedPositions(db: Db, orderIds: readonly string[]): Promise<{ positions: Map<string, Position[]>; entries: Map<string, number> }> {
  const { results } = await db.$client
    .prepare(`SELECT order_id AS orderId, affiliate_id AS affiliateId, role, bucket, sum(amount_fen) AS amountFen, count(*) AS n
      FROM ledger_entries WHERE order_id IN (SELECT value FROM json_each(?1)) GROUP BY order_id, affiliate_id, role, bucket`)
    .bind(JSON.stringify(orderIds))
    .all<Position & { orderId: string; n: number }>();
  const positions = new Map<string, Position[]>();
  const entries = new Map<string, number>();
  for (const { orderId, n, ...position } of results) {
    entries.set(orderId, (entries.get(orderId) ?? 0) + n);
    if (position.role === ('adjustment' as string)) continue;
    positions.set(orderId, [...(positions.get(orderId) ?? []), { ...position, amountFen: Number(position.amountFen) }]);
  }
  return { positions, entries };
}

export type LedgerRow = typeof ledgerEntries.$inferInsert & { seq: number; orderId: string };

const INSERT_ENTRIES = `INSERT INTO ledger_entries (id, affiliate_id, order_id, kind, role, bucket, amount_fen, reason, seq, created_at)
  SELECT j.value ->> '$.id', j.value ->> '$.affiliateId', j.value ->> '$.orderId', j.value ->> '$.kind', j.value ->> '$.role',
    j.value ->> '$.bucket', j.value ->> '$.amountFen', j.value ->> '$.reason', j.value ->> '$.seq', j.value ->> '$.createdAt'
  FROM json_each(?1) j`;

// Rollup moves apply only for lines whose share is still the one that was read (`was`): a concurrent
// bookkeeper that moved it first makes this one skip the line instead of moving it twice.
const MOVE_ROLLUPS = `INSERT INTO order_rollups (day, platform, affiliate_id, channel, code, product, orders, gmv_fen, commission_fen)
  SELECT * FROM (
    SELECT d.value ->> '$.day' AS day, d.value ->> '$.platform', d.value ->> '$.affiliateId', d.value ->> '$.channel', d.value ->> '$.code',
      d.value ->> '$.product', sum(d.value ->> '$.orders'), sum(d.value ->> '$.gmvFen'), sum(d.value ->> '$.commissionFen')
    FROM json_each(?1) j JOIN orders o ON o.id = j.value ->> '$.id' AND o.rolled_up IS j.value ->> '$.was', json_each(j.value -> '$.deltas') d
    GROUP BY 1, 2, 3, 4, 5, 6
  ) WHERE true
  ON CONFLICT (day, platform, affiliate_id, channel, code, product) DO UPDATE SET orders = orders + excluded.orders,
    gmv_fen = gmv_fen + excluded.gmv_fen, commission_fen = commission_fen + excluded.commission_fen`;
// The same deltas per day and shop (before SAVE_SHARES, while `was` still matches).
const MOVE_DAY_ROLLUPS = `INSERT INTO order_day_rollups (day, platform, orders, gmv_fen, commission_fen, settled_fen, own_fen, overrides_fen)
  SELECT * FROM (
    SELECT d.value ->> '$.day' AS day, d.value ->> '$.platform', sum(d.value ->> '$.orders'), sum(d.value ->> '$.gmvFen'),
      sum(d.value ->> '$.commissionFen'), sum(coalesce(d.value ->> '$.settledFen', 0)), sum(coalesce(d.value ->> '$.ownFen', 0)),
      sum(coalesce(d.value ->> '$.overridesFen', 0))
    FROM json_each(?1) j JOIN orders o ON o.id = j.value ->> '$.id' AND o.rolled_up IS j.value ->> '$.was', json_each(j.value -> '$.deltas') d
    GROUP BY 1, 2
  ) WHERE true
  ON CONFLICT (day, platform) DO UPDATE SET orders = orders + excluded.orders, gmv_fen = gmv_fen + excluded.gmv_fen,
    commission_fen = commission_fen + excluded.commission_fen, settled_fen = settled_fen + excluded.settled_fen,
    own_fen = own_fen + excluded.own_fen, overrides_fen = overrides_fen + excluded.overrides_fen`;
const DROP_EMPTY_ROLLUPS = `DELETE FROM order_rollups WHERE orders = 0 AND (day, platform, affiliate_id, channel, code, product) IN (
  SELECT d.value ->> '$.day', d.value ->> '$.platform', d.value ->> '$.affiliateId', d.value ->> '$.channel', d.value ->> '$.code', d.value ->> '$.product'
  FROM json_each(?1) j, json_each(j.value -> '$.deltas') d)`;
// `->>` of an object is its JSON text, of a null SQL NULL.
const SAVE_SHARES = `UPDATE orders SET rolled_up = j.value ->> '$.now' FROM json_each(?1) j
  WHERE orders.id = j.value ->> '$.id' AND orders.rolled_up IS j.value ->> '$.was'`;
// A line changed again since it was read keeps its debt: the next pass books the rest.
const MARK_BOOKED = `UPDATE orders SET ledger_revision = revision FROM json_each(?1) j
  WHERE orders.id = j.value ->> '$.id' AND orders.revision = j.value ->> '$.revision'`;

/** A line's move in the order rollups: its share as read, its share now, and the row changes between. */
export interface ShareMove {
  id: string;
  /** The stored text as read. */
  was: string | null;
  now: RollupShare | null;
  deltas: unknown[];
}

/**
 * In one transaction: the new ledger entries, each line's share of the order rollups moved, and the
 * lines marked booked at the revision that was read. A concurrent bookkeeper that appended to the same
 * line first makes (order, seq) collide and this whole batch fail, so nothing is booked twice.
 */
export async function bookLines(db: Db, entries: readonly LedgerRow[], moves: readonly ShareMove[], booked: ReadonlyArray<{ id: string; revision: number }>) {
  const d1 = db.$client;
  const moving = moves.filter((m) => m.deltas.length > 0);
  const movesJson = JSON.stringify(moving);
  await d1.batch([
    ...(entries.length ? [d1.prepare(INSERT_ENTRIES).bind(JSON.stringify(entries))] : []),
    ...(moving.length
      ? [
          d1.prepare(MOVE_ROLLUPS).bind(movesJson),
          d1.prepare(MOVE_DAY_ROLLUPS).bind(movesJson),
          d1.prepare(DROP_EMPTY_ROLLUPS).bind(movesJson),
          d1.prepare(SAVE_SHARES).bind(movesJson),
        ]
      : []),
    d1.prepare(MARK_BOOKED).bind(JSON.stringify(booked)),
  ]);
}
