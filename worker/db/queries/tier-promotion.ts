import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { readJson } from '../json-column';
import { type TierMoveReason, tierMoveReasonSchema } from '../stored-shapes';

export interface PromotionCandidate {
  id: string;
  tierId: string | null;
  ownSales: number;
  ownCommission: number;
  teamSales: number;
}

// Own sales: settled lines attributed to the affiliate, settled since ?1 (unconfirmed outliers left out). Own commission: the affiliate's
// own settled commission booked since ?1 (the ledger's `own` role in `available`). Team sales: the same
// own sales of the people they invited directly — one level, never deeper.
const METRICS_CTE = `WITH own AS (
    SELECT att.affiliate_id AS id, sum(o.paid_amount_fen) AS sales FROM orders o JOIN attributions att ON att.order_id = o.id
    WHERE o.status = 'settled' AND o.settled_at >= ?1 AND o.outlier <> 1 GROUP BY att.affiliate_id),
  commission AS (
    SELECT affiliate_id AS id, sum(amount_fen) AS fen FROM ledger_entries
    WHERE role = 'own' AND bucket = 'available' AND created_at >= ?1 GROUP BY affiliate_id),
  team AS (
    SELECT m.inviter_id AS id, sum(own.sales) AS sales FROM affiliates m JOIN own ON own.id = m.id
    WHERE m.inviter_id IS NOT NULL GROUP BY m.inviter_id)`;

const METRICS_SELECT = `SELECT a.id, a.tier_id AS tierId, coalesce(own.sales, 0) AS ownSales, coalesce(commission.fen, 0) AS ownCommission,
    coalesce(team.sales, 0) AS teamSales
  FROM affiliates a LEFT JOIN own ON own.id = a.id LEFT JOIN commission ON commission.id = a.id LEFT JOIN team ON team.id = a.id`;

/** Every active affiliate the rules may move (not locked by the admin, not waiting), with their figures. */
export async function promotionCandidates(db: Db, since: number): Promise<PromotionCandidate[]> {
  const { results } = await db.$client
    .prepare(`${METRICS_CTE} ${METRICS_SELECT} WHERE a.disabled_at IS NULL AND a.awaiting_approval_since IS NULL AND a.tier_locked = 0`)
    .bind(since)
    .all<PromotionCandidate>();
  return results;
}

/** One affiliate's figures, for their own view. */
export async function promotionMetricsOf(db: Db, affiliateId: string, since: number): Promise<PromotionCandidate | null> {
  return db.$client.prepare(`${METRICS_CTE} ${METRICS_SELECT} WHERE a.id = ?2`).bind(since, affiliateId).first<PromotionCandidate>();
}

export interface TierMove {
  affiliateId: string;
  fromTierId: string | null;
  toTierId: string;
  /** The facts behind it. */
  reason: TierMoveReason;
}

/**
 * Moves affiliates to new tiers, each with its tier-change row and audit line. The move applies only
 * while the affiliate is still on `fromTierId` and unlocked — an admin's change in the meantime wins.
 */
export async function applyTierMoves(db: Db, moves: readonly TierMove[], now: number): Promise<number> {
  let applied = 0;
  for (let i = 0; i < moves.length; i += 30) {
    const statements = moves.slice(i, i + 30).flatMap((m) => {
      return [
        db.$client
          .prepare('UPDATE affiliates SET tier_id = ?2 WHERE id = ?1 AND tier_id IS ?3 AND tier_locked = 0')
          .bind(m.affiliateId, m.toTierId, m.fromTierId),
        db.$client
          .prepare('INSERT INTO tier_changes (id, affiliate_id, from_tier_id, to_tier_id, reason, at) SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE changes() > 0')
          .bind(newId('tch', now), m.affiliateId, m.fromTierId, m.toTierId, JSON.stringify(m.reason), now),
        db.$client
          .prepare(`INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?1, ?2, 'rules', 'tier.change', ?3 WHERE changes() > 0`)
          .bind(newId('aud', now), now, JSON.stringify(m)),
      ];
    });
    const results = await db.$client.batch(statements);
    applied += results.filter((_, k) => k % 3 === 0).reduce((n, r) => n + (r.meta.changes ?? 0), 0);
  }
  return applied;
}

export interface TierChangeRow {
  at: number;
  fromTierId: string | null;
  toTierId: string;
  reason: TierMoveReason;
}

export async function recentTierChanges(db: Db, affiliateId: string, limit: number): Promise<TierChangeRow[]> {
  const { results } = await db.$client
    .prepare(
      'SELECT at, from_tier_id AS fromTierId, to_tier_id AS toTierId, reason FROM tier_changes WHERE affiliate_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2',
    )
    .bind(affiliateId, limit)
    .all<Omit<TierChangeRow, 'reason'> & { reason: string }>();
  return results.map((r) => ({ ...r, reason: readJson(tierMoveReasonSchema, r.reason) }));
}
