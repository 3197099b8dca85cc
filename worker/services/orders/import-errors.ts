import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findBatch, listRowErrors } from '../../db/queries/imports';

/** An import batch's stored row errors (the first 1,000), a page at a time, with how many rows it refused in all. */
export async function listImportErrors(db: Db, batchId: string, limit: number, offset: number) {
  const batch = await findBatch(db, batchId);
  if (!batch) throw new AppError('NOT_FOUND', `No import batch ${batchId}.`);
  return { batchId: batch.id, rejected: batch.rejected, errors: await listRowErrors(db, batch.id, limit, offset) };
}
