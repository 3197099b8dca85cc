import type { Db } from '../../env';
import { AppError } from '../../errors';
import { sha256Hex } from '../../crypto';
import { findAffiliate, replaceApiKeys, setDisabledAt } from '../../db/queries/affiliates';
import { generateApiKey } from '../create-affiliate';

async function existingOrThrow(db: Db, id: string) {
  const row = await findAffiliate(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No affiliate ${id}.`);
  return row;
}

/** Disables or re-enables an affiliate; a disabled affiliate's keys stop working at once. */
export async function setAffiliateDisabled(db: Db, id: string, disabled: boolean, now = Date.now()) {
  const before = await existingOrThrow(db, id);
  const disabledAt = disabled ? (before.disabledAt ?? now) : null;
  await setDisabledAt(db, id, disabledAt, now);
  return { id, disabledAt };
}

/** Replaces every key of the affiliate with a new one, shown once. */
export async function rotateApiKey(db: Db, id: string, now = Date.now()) {
  await existingOrThrow(db, id);
  const apiKey = generateApiKey();
  await replaceApiKeys(db, id, await sha256Hex(apiKey), now);
  return { id, apiKey };
}
