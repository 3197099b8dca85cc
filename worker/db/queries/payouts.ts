import { newId } from '../../../shared/ids';
import type { PayoutMethod } from '../../../shared/schemas/payout-accounts';
import type { PayoutStatus } from '../../../shared/schemas/payouts';
import type { Db } from '../../env';
import type { payouts } from '../schema';

export type PayoutRow = typeof payouts.$inferSelect;

export interface BucketSums {
  pending: number;
  held: number;
  available: number;
  requested: number;
  paid: number;
}

// An order's settled commission is held until `payoutHoldDays` after the network settled it (its
// settlement time: 结算时间 / tk_earning_time / JD finishTime or payMonth / PDD order_settle_time), or after
// it was booked where the network gives no settlement time. A refund within the hold cancels inside the
// held amount, so a withdrawal is never made of money a refund is about to take back; a line settled
// long before it was imported (the month's settled report) is available at once. After the hold, later
// corrections of the order count at once. ?1 = affiliate, ?2 = the instant before which settlements are released.
const HELD_EXPR = `(SELECT coalesce(sum(max(net, 0)), 0) FROM (
    SELECT coalesce(o.settled_at, min(l.created_at)) AS heldFrom, sum(l.amount_fen) AS net FROM ledger_entries l
    LEFT JOIN orders o ON o.id = l.order_id
    WHERE l.affiliate_id = ?1 AND l.bucket = 'available' AND l.order_id IS NOT NULL GROUP BY l.order_id
  ) WHERE heldFrom > ?2)`;
const BUCKET_EXPR = (bucket: string) => `(SELECT coalesce(sum(amount_fen), 0) FROM ledger_entries WHERE affiliate_id = ?1 AND bucket = '${bucket}')`;
const AVAILABLE_EXPR = `(${BUCKET_EXPR('available')} - ${HELD_EXPR})`;

/** The affiliate's ledger summed per bucket; `heldSince`: orders settled after it are still held. */
export async function bucketSums(db: Db, affiliateId: string, heldSince: number): Promise<BucketSums> {
  const row = await db.$client
    .prepare(
      `SELECT ${BUCKET_EXPR('pending')} AS pending, ${HELD_EXPR} AS held, ${AVAILABLE_EXPR} AS available,
        ${BUCKET_EXPR('requested')} AS requested, ${BUCKET_EXPR('paid')} AS paid`,
    )
    .bind(affiliateId, heldSince)
    .first<BucketSums>();
  return {
    pending: Number(row?.pending ?? 0),
    held: Number(row?.held ?? 0),
    available: Number(row?.available ?? 0),
    requested: Number(row?.requested ?? 0),
    paid: Number(row?.paid ?? 0),
  };
}

/**
 * The ledger entries a payout step writes: the amount from one bucket to another, or — for a step that
 * moves no money (approval) — one 0-fen entry, so the affiliate's statement shows every step.
 */
type Move = { from: 'available' | 'requested'; to: 'requested' | 'available' | 'paid'; reason: string } | { note: string };

/**
 * The two entries of a move (out of `from`, into `to`) plus the audit line, each written only if the
 * payout row carries `token` — i.e. only if this step's own write to it took effect.
 */
function moveStatements(db: Db, payoutId: string, token: string, move: Move, audit: { actor: string; action: string; detail: string }, now: number) {
  const statements: D1PreparedStatement[] = [];
  if ('note' in move) {
    statements.push(
      db.$client
        .prepare(
          `INSERT INTO ledger_entries (id, affiliate_id, order_id, kind, role, bucket, amount_fen, reason, seq, payout_id, created_at)
          SELECT ?3, affiliate_id, NULL, 'payout', 'payout', 'requested', 0, ?4, NULL, id, ?5 FROM payouts WHERE id = ?1 AND step_token = ?2`,
        )
        .bind(payoutId, token, newId('led', now), move.note, now),
    );
  } else {
    statements.push(
      db.$client
        .prepare(
          `INSERT INTO ledger_entries (id, affiliate_id, order_id, kind, role, bucket, amount_fen, reason, seq, payout_id, created_at)
          SELECT ?3, affiliate_id, NULL, 'payout', 'payout', ?5, -amount_fen, ?7, NULL, id, ?8 FROM payouts WHERE id = ?1 AND step_token = ?2
          UNION ALL
          SELECT ?4, affiliate_id, NULL, 'payout', 'payout', ?6, amount_fen, ?7, NULL, id, ?8 FROM payouts WHERE id = ?1 AND step_token = ?2`,
        )
        .bind(payoutId, token, newId('led', now), newId('led', now), move.from, move.to, move.reason, now),
    );
  }
  statements.push(
    db.$client
      .prepare(`INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?3, ?4, ?5, ?6, ?7 FROM payouts WHERE id = ?1 AND step_token = ?2`)
      .bind(payoutId, token, newId('aud', now), now, audit.actor, audit.action, audit.detail),
  );
  return statements;
}

/**
 * Asks for a payout in one transaction: the request row is written only while the available balance
 * covers it (checked inside the INSERT, so two requests at once cannot both spend the same fen), and its
 * ledger move and audit line only with it. Answers whether it was written.
 */
export async function insertPayoutRequest(
  db: Db,
  request: { id: string; affiliateId: string; amountFen: number; token: string },
  heldSince: number,
  now: number,
): Promise<boolean> {
  const insert = db.$client
    .prepare(
      `INSERT INTO payouts (id, affiliate_id, amount_fen, status, step_token, requested_at, updated_at)
      SELECT ?3, ?1, ?4, 'requested', ?5, ?6, ?6
      WHERE ${AVAILABLE_EXPR} >= ?4`,
    )
    .bind(request.affiliateId, heldSince, request.id, request.amountFen, request.token, now);
  const [written] = await db.$client.batch([
    insert,
    ...moveStatements(
      db,
      request.id,
      request.token,
      { from: 'available', to: 'requested', reason: `payout ${request.id} requested` },
      {
        actor: 'affiliate',
        action: 'payout.request',
        detail: JSON.stringify({ id: request.id, affiliateId: request.affiliateId, amountFen: request.amountFen }),
      },
      now,
    ),
  ]);
  return (written?.meta.changes ?? 0) > 0;
}

export interface PayoutStep {
  to: PayoutStatus;
  /** The statuses this step may start from. */
  from: readonly PayoutStatus[];
  move: Move;
  reason?: string;
  reference?: string;
}

/** Takes a step on a payout (approve, reject, mark paid) in one transaction; answers whether it applied. */
export async function applyPayoutStep(db: Db, payoutId: string, step: PayoutStep, token: string, now: number): Promise<boolean> {
  const update = db.$client
    .prepare(
      `UPDATE payouts SET status = ?3, step_token = ?2, reason = coalesce(?4, reason), reference = coalesce(?5, reference),
        decided_at = CASE WHEN ?3 IN ('approved', 'rejected') THEN ?6 ELSE decided_at END,
        paid_at = CASE WHEN ?3 = 'paid' THEN ?6 ELSE paid_at END, updated_at = ?6
      WHERE id = ?1 AND status IN (SELECT value FROM json_each(?7))`,
    )
    .bind(payoutId, token, step.to, step.reason ?? null, step.reference ?? null, now, JSON.stringify(step.from));
  const [changed] = await db.$client.batch([
    update,
    ...moveStatements(
      db,
      payoutId,
      token,
      step.move,
      { actor: 'admin', action: `payout.${step.to}`, detail: JSON.stringify({ id: payoutId, reason: step.reason, reference: step.reference }) },
      now,
    ),
  ]);
  return (changed?.meta.changes ?? 0) > 0;
}

// With where the affiliate is paid now (`pa`, joined by the reads that list payouts), masked.
const PAYOUT_COLUMNS = `p.id, p.affiliate_id AS affiliateId, a.name AS affiliateName, p.amount_fen AS amountFen, p.status, p.reason,
  p.reference, p.requested_at AS requestedAt, p.decided_at AS decidedAt, p.paid_at AS paidAt, pa.method AS accountMethod, pa.masked AS accountMasked`;
const PAYOUTS_FROM = 'payouts p JOIN affiliates a ON a.id = p.affiliate_id LEFT JOIN payout_accounts pa ON pa.affiliate_id = p.affiliate_id';

export type PayoutListRow = Pick<PayoutRow, 'id' | 'affiliateId' | 'amountFen' | 'status' | 'reason' | 'reference' | 'requestedAt' | 'decidedAt' | 'paidAt'> & {
  affiliateName: string;
  accountMethod: PayoutMethod | null;
  accountMasked: string | null;
};

export async function findPayout(db: Db, id: string): Promise<PayoutListRow | null> {
  return db.$client.prepare(`SELECT ${PAYOUT_COLUMNS} FROM ${PAYOUTS_FROM} WHERE p.id = ?1`).bind(id).first<PayoutListRow>();
}

/** Payouts newest first, optionally of one status or affiliate, a page at a time; with the total. */
export async function listPayouts(
  db: Db,
  filter: { status?: PayoutStatus | undefined; affiliateId?: string | undefined },
  limit: number,
  offset: number,
): Promise<{ rows: PayoutListRow[]; total: number }> {
  const where = `(?1 IS NULL OR p.status = ?1) AND (?2 IS NULL OR p.affiliate_id = ?2)`;
  const [page, count] = await db.$client.batch([
    db.$client
      .prepare(`SELECT ${PAYOUT_COLUMNS} FROM ${PAYOUTS_FROM} WHERE ${where} ORDER BY p.requested_at DESC, p.id DESC LIMIT ?3 OFFSET ?4`)
      .bind(filter.status ?? null, filter.affiliateId ?? null, limit, offset),
    db.$client.prepare(`SELECT count(*) AS n FROM payouts p WHERE ${where}`).bind(filter.status ?? null, filter.affiliateId ?? null),
  ]);
  return { rows: (page?.results ?? []) as PayoutListRow[], total: Number((count?.results[0] as { n: number } | undefined)?.n ?? 0) };
}

/** Approved payouts, oldest first: the next bank file. */
export async function listApprovedPayouts(db: Db, limit: number): Promise<PayoutListRow[]> {
  const { results } = await db.$client
    .prepare(
      `SELECT ${PAYOUT_COLUMNS} FROM ${PAYOUTS_FROM}
      WHERE p.status = 'approved' ORDER BY p.requested_at, p.id LIMIT ?1`,
    )
    .bind(limit)
    .all<PayoutListRow>();
  return results;
}
