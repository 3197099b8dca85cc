import { eq } from 'drizzle-orm';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { affiliates, tiers } from '../../db/schema';
import { auditEntry } from '../../db/queries/audit';

/** Sets an affiliate's tier and/or inviter (audited). An inviter chain may never loop back. */
export async function updateAffiliate(db: Db, id: string, input: { tierId?: string | null | undefined; inviterId?: string | null | undefined }, now = Date.now()) {
  const [before] = await db.select().from(affiliates).where(eq(affiliates.id, id));
  if (!before) throw new AppError('NOT_FOUND', `No affiliate ${id}.`);
  if (input.tierId) {
    const [tier] = await db.select({ id: tiers.id }).from(tiers).where(eq(tiers.id, input.tierId));
    if (!tier) throw new AppError('VALIDATION_FAILED', `tierId: no tier ${input.tierId}`);
  }
  if (input.inviterId) {
    // Walk up from the new inviter; meeting this affiliate would make a cycle.
    let cursor: string | null = input.inviterId;
    for (let hops = 0; cursor && hops < 50; hops++) {
      if (cursor === id) throw new AppError('CONFLICT', 'An affiliate cannot be invited by someone they invited.');
      const [row]: Array<{ inviterId: string | null }> = await db.select({ inviterId: affiliates.inviterId }).from(affiliates).where(eq(affiliates.id, cursor));
      if (!row && hops === 0) throw new AppError('VALIDATION_FAILED', `inviterId: no affiliate ${input.inviterId}`);
      cursor = row?.inviterId ?? null;
    }
  }
  const after = { ...before, ...(input.tierId !== undefined && { tierId: input.tierId }), ...(input.inviterId !== undefined && { inviterId: input.inviterId }) };
  await db.batch([db.update(affiliates).set(after).where(eq(affiliates.id, id)), auditEntry(db, 'affiliate.update', { id, before, after }, now)]);
  return { id: after.id, name: after.name, tierId: after.tierId, inviterId: after.inviterId };
}
