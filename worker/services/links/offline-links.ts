import type { Db } from '../../env';
import { listOfflineCodes } from '../../db/queries/share-codes';

/** How many withdrawn links the operator's list shows: the newest; the overview counts them all. */
export const OFFLINE_LIST_LIMIT = 200;

/** The programme's links whose item the network withdrew, newest first, each with its affiliate and the network's reason. */
export async function listOfflineLinks(db: Db) {
  return { codes: await listOfflineCodes(db, { limit: OFFLINE_LIST_LIMIT }) };
}
