import { DAY_MS } from '../../../shared/china-time';
import { randomString } from '../../../shared/random';
import type { Invite } from '../../../shared/schemas/invites';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { insertInvite, listInvitesOf, revokeInvite, type InviteRow } from '../../db/queries/invites';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
/** Invites an affiliate may make a day: plenty for real use, a wall for a script. */
export const INVITES_PER_DAY = 20;

const toInvite = (row: InviteRow, baseUrl: string): Invite => ({
  code: row.code,
  url: `${baseUrl}/join/${row.code}`,
  joins: row.joins,
  createdAt: row.createdAt,
  revokedAt: row.revokedAt,
});

/** A new invite link for the affiliate; refused past INVITES_PER_DAY, however many ask at once. */
export async function createInvite(db: Db, affiliateId: string, baseUrl: string, now = Date.now()): Promise<Invite> {
  const code = randomString(CODE_ALPHABET, 10);
  if (!(await insertInvite(db, { code, affiliateId }, { since: now - DAY_MS, max: INVITES_PER_DAY }, now)))
    throw new AppError('RATE_LIMITED', `At most ${INVITES_PER_DAY} invite links a day; share one you already have.`);
  return toInvite({ code, affiliateId, joins: 0, createdAt: now, revokedAt: null }, baseUrl);
}

export async function listInvites(db: Db, affiliateId: string, baseUrl: string): Promise<Invite[]> {
  return (await listInvitesOf(db, affiliateId)).map((row) => toInvite(row, baseUrl));
}

/** Revokes one of the affiliate's invites (any invite, for the admin: `affiliateId` null). */
export async function revokeInviteLink(db: Db, code: string, affiliateId: string | null, now = Date.now()): Promise<{ code: string; revoked: true }> {
  if (!(await revokeInvite(db, code, affiliateId, now))) throw new AppError('NOT_FOUND', `No open invite ${code}.`);
  return { code, revoked: true };
}
