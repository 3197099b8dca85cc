import { DAY_MS } from '../../../shared/china-time';
import { newId } from '../../../shared/ids';
import type { JoinResponse } from '../../../shared/schemas/invites';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { sha256Hex } from '../../crypto';
import { countJoinsSince, findOpenInvite, insertJoiner } from '../../db/queries/invites';
import { getNumberSettings } from '../../db/queries/program';
import { generateApiKey } from '../create-affiliate';

/** Joins one inviter may bring in a day before the rest wait for tomorrow (a leaked link is no flood). */
export const JOINS_PER_INVITER_PER_DAY = 50;

/**
 * Someone joins through an invite: a new affiliate with the inviter set and a key shown once. When the
 * operator approves joiners first, the key waits until they do; when joining is off, nobody joins.
 */
export async function joinThroughInvite(db: Db, inviteCode: string, name: string, now = Date.now()): Promise<JoinResponse> {
  const { joinMode } = await getNumberSettings(db);
  if (joinMode === 0) throw new AppError('FORBIDDEN', 'This programme is not taking new members through invites right now.');
  const invite = await findOpenInvite(db, inviteCode);
  if (!invite) throw new AppError('NOT_FOUND', 'This invite link is not valid any more; ask for a new one.');
  if ((await countJoinsSince(db, invite.inviterId, now - DAY_MS)) >= JOINS_PER_INVITER_PER_DAY)
    throw new AppError('RATE_LIMITED', 'This invite has been used a lot today; try again tomorrow.');
  const id = newId('aff', now);
  const apiKey = generateApiKey();
  const waiting = joinMode === 2;
  const limit = { since: now - DAY_MS, max: JOINS_PER_INVITER_PER_DAY };
  const written = await insertJoiner(db, { id, name, inviteCode, keyHash: await sha256Hex(apiKey), waiting }, limit, now);
  if (!written) {
    // Refused inside the write: either the day's joins filled up meanwhile, or the invite was revoked.
    if ((await countJoinsSince(db, invite.inviterId, limit.since)) >= limit.max)
      throw new AppError('RATE_LIMITED', 'This invite has been used a lot today; try again tomorrow.');
    throw new AppError('NOT_FOUND', 'This invite link was just revoked; ask for a new one.');
  }
  return { id, name, apiKey, status: waiting ? 'waiting' : 'active', inviterName: invite.inviterName };
}

/** An open invite with its inviter's name (who must still be active), or null: what the join page greets with. */
export async function findInvite(db: Db, code: string) {
  return findOpenInvite(db, code);
}
