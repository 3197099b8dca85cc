import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { tierUpdateSchema } from '../../../shared/schemas/admin';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { programSettings, tiers } from '../../db/schema';
import { auditEntry } from '../../db/queries/audit';

/** Changes a tier; existing attributions keep the rates they were made with. */
export async function updateTier(db: Db, id: string, input: z.infer<typeof tierUpdateSchema>, now = Date.now()) {
  const [before] = await db.select().from(tiers).where(eq(tiers.id, id));
  if (!before) throw new AppError('NOT_FOUND', `No tier ${id}.`);
  const after = { ...before, ...input, updatedAt: now };
  await db.batch([db.update(tiers).set(after).where(eq(tiers.id, id)), auditEntry(db, 'tier.update', { id, before, after }, now)]);
  return after;
}

export async function setOverrideDepth(db: Db, depth: 0 | 1 | 2, now = Date.now()) {
  const [before] = await db.select().from(programSettings).where(eq(programSettings.key, 'overrideDepth'));
  await db.batch([
    db
      .insert(programSettings)
      .values({ key: 'overrideDepth', value: String(depth), updatedAt: now })
      .onConflictDoUpdate({ target: programSettings.key, set: { value: String(depth), updatedAt: now } }),
    auditEntry(db, 'settings.overrideDepth', { before: before ? Number(before.value) : null, after: depth }, now),
  ]);
  return { overrideDepth: depth };
}
