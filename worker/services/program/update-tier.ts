import type { z } from 'zod';
import type { programSettingsSchema, tierUpdateSchema } from '../../../shared/schemas/admin';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findTier, getNumberSettings, saveNumberSettings, saveTier } from '../../db/queries/program';

/** Changes a tier; existing attributions keep the rates they were made with. */
export async function updateTier(db: Db, id: string, input: z.infer<typeof tierUpdateSchema>, now = Date.now()) {
  const before = await findTier(db, id);
  if (!before) throw new AppError('NOT_FOUND', `No tier ${id}.`);
  const after = { ...before, ...input, updatedAt: now };
  await saveTier(db, before, after, now);
  return after;
}

/** Changes program settings (override depth, payout hold and minimum); answers them all. */
export async function updateSettings(db: Db, input: z.infer<typeof programSettingsSchema>, now = Date.now()) {
  await saveNumberSettings(db, input, now);
  return getNumberSettings(db);
}
