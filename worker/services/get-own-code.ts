import type { Bindings, Db } from '../env';
import { AppError } from '../errors';
import { findOwnCode, listOfflineCodes } from '../db/queries/share-codes';
import { codeViewFor } from './code-view-for';

/** One of the affiliate's codes with its link's life (GET /api/me/codes/:code); another's code is not found. */
export async function getOwnCode(db: Db, env: Bindings, affiliateId: string, code: string, baseUrl: string) {
  const row = await findOwnCode(db, affiliateId, code);
  if (!row) throw new AppError('NOT_FOUND', `No code ${code} of yours.`);
  return codeViewFor(db, env, affiliateId, row, baseUrl);
}

/** The affiliate's codes whose item the network withdrew, newest first. */
export async function listOwnOfflineCodes(db: Db, affiliateId: string) {
  return { codes: (await listOfflineCodes(db, { affiliateId })).map(({ affiliateId: _id, affiliateName: _name, ...code }) => code) };
}
