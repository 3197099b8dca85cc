import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import type { invites } from '../schema';

export type InviteRow = typeof invites.$inferSelect;

const INVITE_COLUMNS = 'code, affiliate_id AS affiliateId, joins, revoked_at AS revokedAt, created_at AS createdAt';

export async function listInvitesOf(db: Db, affiliateId: string): Promise<InviteRow[]> {
  const { results } = await db.$client
    .prepare(`SELECT ${INVITE_COLUMNS} FROM invites WHERE affiliate_id = ?1 ORDER BY created_at DESC LIMIT 100`)
    .bind(affiliateId)
    .all<InviteRow>();
  return results;
}

/**
 * A new invite with its audit line — only while the affiliate has made fewer than `limit` since `since`,
 * a condition inside the INSERT so that requests arriving together cannot pass it together. Answers
 * whether the invite was written.
 */
export async function insertInvite(
  db: Db,
  invite: { code: string; affiliateId: string },
  limit: { since: number; max: number },
  now: number,
): Promise<boolean> {
  const [inserted] = await db.$client.batch([
    db.$client
      .prepare(
        `INSERT INTO invites (code, affiliate_id, joins, created_at) SELECT ?1, ?2, 0, ?3
        WHERE (SELECT count(*) FROM invites WHERE affiliate_id = ?2 AND created_at >= ?4) < ?5`,
      )
      .bind(invite.code, invite.affiliateId, now, limit.since, limit.max),
    db.$client
      .prepare(`INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?1, ?2, ?3, 'invite.create', ?4 WHERE changes() > 0`)
      .bind(newId('aud', now), now, invite.affiliateId, JSON.stringify(invite)),
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}

/** Revokes an invite (of `affiliateId`, or anyone's when null — the admin); answers whether it was open. */
export async function revokeInvite(db: Db, code: string, affiliateId: string | null, now: number): Promise<boolean> {
  const [changed] = await db.$client.batch([
    db.$client
      .prepare('UPDATE invites SET revoked_at = ?3 WHERE code = ?1 AND (?2 IS NULL OR affiliate_id = ?2) AND revoked_at IS NULL')
      .bind(code, affiliateId, now),
    db.$client
      .prepare(`INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?1, ?2, ?3, 'invite.revoke', ?4 WHERE changes() > 0`)
      .bind(newId('aud', now), now, affiliateId ?? 'admin', JSON.stringify({ code })),
  ]);
  return (changed?.meta.changes ?? 0) > 0;
}

/** An open invite with its inviter (who must still be active), or null. */
export async function findOpenInvite(db: Db, code: string): Promise<{ code: string; inviterId: string; inviterName: string } | null> {
  return db.$client
    .prepare(
      `SELECT i.code, a.id AS inviterId, a.name AS inviterName FROM invites i JOIN affiliates a ON a.id = i.affiliate_id
      WHERE i.code = ?1 AND i.revoked_at IS NULL AND a.disabled_at IS NULL AND a.awaiting_approval_since IS NULL`,
    )
    .bind(code)
    .first();
}

export async function countJoinsSince(db: Db, inviterId: string, since: number): Promise<number> {
  const row = await db.$client
    .prepare('SELECT count(*) AS n FROM affiliates WHERE inviter_id = ?1 AND created_at >= ?2')
    .bind(inviterId, since)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * The joiner, their first key (its hash) and the invite's count, in one transaction — and only while the
 * invite is still open (a revoke that lands first wins) and its inviter has brought in fewer than
 * `limit.max` since `limit.since`: both conditions inside the INSERT, so joins arriving together cannot
 * pass them together. Answers whether the joiner was written.
 */
export async function insertJoiner(
  db: Db,
  joiner: { id: string; name: string; inviteCode: string; keyHash: string; waiting: boolean },
  limit: { since: number; max: number },
  now: number,
): Promise<boolean> {
  const [inserted] = await db.$client.batch([
    db.$client
      .prepare(
        `INSERT INTO affiliates (id, name, inviter_id, awaiting_approval_since, created_at)
        SELECT ?1, ?2, i.affiliate_id, ?3, ?4 FROM invites i WHERE i.code = ?5 AND i.revoked_at IS NULL
          AND (SELECT count(*) FROM affiliates j WHERE j.inviter_id = i.affiliate_id AND j.created_at >= ?6) < ?7`,
      )
      .bind(joiner.id, joiner.name, joiner.waiting ? now : null, now, joiner.inviteCode, limit.since, limit.max),
    db.$client
      .prepare('INSERT INTO api_keys (id, affiliate_id, key_hash, created_at) SELECT ?1, id, ?2, ?3 FROM affiliates WHERE id = ?4')
      .bind(newId('key', now), joiner.keyHash, now, joiner.id),
    db.$client
      .prepare('UPDATE invites SET joins = joins + 1 WHERE code = ?1 AND EXISTS (SELECT 1 FROM affiliates WHERE id = ?2)')
      .bind(joiner.inviteCode, joiner.id),
    db.$client
      .prepare(`INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?1, ?2, ?3, 'affiliate.join', ?4 FROM affiliates WHERE id = ?3`)
      .bind(newId('aud', now), now, joiner.id, JSON.stringify({ id: joiner.id, name: joiner.name, inviteCode: joiner.inviteCode, waiting: joiner.waiting })),
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}

export interface TeamRow {
  id: string;
  name: string;
  joinedAt: number;
  waiting: number;
  orders: number;
  salesFen: number;
}

/** Direct members only (never a deeper downline), with their valid orders and sales since `since`. */
export async function listTeam(db: Db, inviterId: string, since: number): Promise<TeamRow[]> {
  const { results } = await db.$client
    .prepare(
      `SELECT a.id, a.name, a.created_at AS joinedAt, a.awaiting_approval_since IS NOT NULL AS waiting,
        count(o.id) AS orders, coalesce(sum(o.paid_amount_fen), 0) AS salesFen
      FROM affiliates a
      LEFT JOIN attributions att ON att.affiliate_id = a.id
      LEFT JOIN orders o ON o.id = att.order_id AND o.ordered_at >= ?2 AND o.status NOT IN ('invalid', 'refunded', 'unpaid')
      WHERE a.inviter_id = ?1 AND a.disabled_at IS NULL
      GROUP BY a.id ORDER BY salesFen DESC, a.created_at DESC LIMIT 500`,
    )
    .bind(inviterId, since)
    .all<TeamRow>();
  return results;
}

/** Joiners waiting for the admin, oldest first, with who invited them. */
export async function listWaitingJoiners(
  db: Db,
): Promise<Array<{ id: string; name: string; since: number; inviterId: string | null; inviterName: string | null }>> {
  const { results } = await db.$client
    .prepare(
      `SELECT a.id, a.name, a.awaiting_approval_since AS since, a.inviter_id AS inviterId, i.name AS inviterName
      FROM affiliates a LEFT JOIN affiliates i ON i.id = a.inviter_id
      WHERE a.awaiting_approval_since IS NOT NULL AND a.disabled_at IS NULL ORDER BY a.awaiting_approval_since LIMIT 1000`,
    )
    .all<{ id: string; name: string; since: number; inviterId: string | null; inviterName: string | null }>();
  return results;
}

/** Approves (lets the key work) or declines (disables) a waiting joiner; answers whether one was waiting. */
export async function decideJoiner(db: Db, id: string, approve: boolean, now: number): Promise<boolean> {
  const [changed] = await db.$client.batch([
    db.$client
      .prepare(
        approve
          ? 'UPDATE affiliates SET awaiting_approval_since = NULL WHERE id = ?1 AND awaiting_approval_since IS NOT NULL AND disabled_at IS NULL'
          : 'UPDATE affiliates SET disabled_at = ?2 WHERE id = ?1 AND awaiting_approval_since IS NOT NULL AND disabled_at IS NULL',
      )
      .bind(...(approve ? [id] : [id, now])),
    db.$client
      .prepare(`INSERT INTO audit_log (id, at, actor, action, detail) SELECT ?1, ?2, 'admin', ?3, ?4 WHERE changes() > 0`)
      .bind(newId('aud', now), now, approve ? 'affiliate.approve' : 'affiliate.decline', JSON.stringify({ id })),
  ]);
  return (changed?.meta.changes ?? 0) > 0;
}
