import { DAY_MS } from '../../../shared/china-time';
import type { TeamMember } from '../../../shared/schemas/invites';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { decideJoiner, listTeam, listWaitingJoiners } from '../../db/queries/invites';

/** The affiliate's direct members with their last 30 days — never anyone further down. */
export async function getTeam(db: Db, affiliateId: string, now = Date.now()): Promise<{ members: TeamMember[] }> {
  const rows = await listTeam(db, affiliateId, now - 30 * DAY_MS);
  return {
    members: rows.map((r) => ({
      id: r.id,
      name: r.name,
      joinedAt: r.joinedAt,
      waiting: Boolean(r.waiting),
      orders: Number(r.orders),
      salesFen: Number(r.salesFen),
    })),
  };
}

export const waitingJoiners = async (db: Db) => ({ joiners: await listWaitingJoiners(db) });

export async function decideWaitingJoiner(db: Db, id: string, approve: boolean, now = Date.now()) {
  if (!(await decideJoiner(db, id, approve, now))) throw new AppError('CONFLICT', `${id} is not waiting for approval.`);
  return { id, approved: approve };
}
