import type { z } from 'zod';
import type { tierUpdateSchema } from '../../../shared/schemas/admin';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findTier, saveOverrideDepth, saveTier } from '../../db/queries/program';

/** Changes a tier; existing attributions keep the rates they were made with. */
export async function updateTier(db: Db, id: string, input: z.infer<typeof tierUpdateSchema>, now = Date.now()) {
  const before = await findTier(db, id);
  if (!before) throw new AppError('NOT_FOUND', `No tier ${id}.`);
  const after = { ...before, ...input, updatedAt: now };
  await saveTier(db, before, after, now);
  return after;
}

export async function setOverrideDepth(db: Db, depth: 0 | 1 | 2, now = Date.now()) {
  await saveOverrideDepth(db, depth, now);
  return { overrideDepth: depth };
}
