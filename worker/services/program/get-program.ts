import type { Db } from '../../env';
import { getNumberSettings, getOverrideDepth, listTiers } from '../../db/queries/program';

/** The programme as the dashboard edits it: tiers with their rates and thresholds, and every setting. */
export async function getProgram(db: Db) {
  const settings = await getNumberSettings(db);
  return { tiers: await listTiers(db), ...settings, overrideDepth: await getOverrideDepth(db) };
}
