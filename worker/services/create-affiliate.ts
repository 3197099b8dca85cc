import type { CreateAffiliateResponse } from '../../shared/schemas';
import { newId } from '../../shared/ids';
import { randomString } from '../../shared/random';
import type { Db } from '../env';
import { sha256Hex } from '../crypto';
import { insertAffiliateWithKey } from '../db/queries/affiliates';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `dh_` + 32 base62 chars (~190 bits). The prefix lets secret scanners and humans spot a leaked key. */
export function generateApiKey(): string {
  return `dh_${randomString(KEY_ALPHABET, 32)}`;
}

/** Creates an affiliate with one API key; the key is returned once and only its hash is kept. */
export async function createAffiliate(db: Db, name: string, now = Date.now()): Promise<CreateAffiliateResponse> {
  const id = newId('aff', now);
  const apiKey = generateApiKey();
  await insertAffiliateWithKey(db, { id, name }, await sha256Hex(apiKey), now);
  return { id, name, apiKey };
}
