import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findAffiliate, findInviterId, saveAffiliate } from '../../db/queries/affiliates';
import { findTier } from '../../db/queries/program';

/**
 * Sets an affiliate's tier and/or inviter (audited). An inviter chain may never loop back. A tier the
 * admin picks is locked against the promotion rules; setting it to null (the base tier) hands it back.
 */
export async function updateAffiliate(
  db: Db,
  id: string,
  input: { tierId?: string | null | undefined; inviterId?: string | null | undefined },
  now = Date.now(),
) {
  const before = await findAffiliate(db, id);
  if (!before) throw new AppError('NOT_FOUND', `No affiliate ${id}.`);
  if (input.tierId && !(await findTier(db, input.tierId))) throw new AppError('VALIDATION_FAILED', `tierId: no tier ${input.tierId}`);
  if (input.inviterId) {
    // Walk up from the new inviter; meeting this affiliate would make a cycle.
    let cursor: string | null | undefined = input.inviterId;
    for (let hops = 0; cursor && hops < 50; hops++) {
      if (cursor === id) throw new AppError('CONFLICT', 'An affiliate cannot be invited by someone they invited.');
      const next = await findInviterId(db, cursor);
      if (next === undefined && hops === 0) throw new AppError('VALIDATION_FAILED', `inviterId: no affiliate ${input.inviterId}`);
      cursor = next;
    }
  }
  const after = {
    ...before,
    ...(input.tierId !== undefined && { tierId: input.tierId, tierLocked: input.tierId !== null }),
    ...(input.inviterId !== undefined && { inviterId: input.inviterId }),
  };
  await saveAffiliate(db, before, after, now);
  return { id: after.id, name: after.name, tierId: after.tierId, tierLocked: after.tierLocked, inviterId: after.inviterId };
}
