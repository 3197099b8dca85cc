import { and, eq, isNull } from 'drizzle-orm';
import type { AuthedAffiliate, Db } from '../../env';
import { affiliates, apiKeys } from '../schema';

/** The active affiliate a key belongs to; `waiting` when they joined and wait for the admin's approval. */
export async function findAffiliateByKeyHash(db: Db, keyHash: string): Promise<(AuthedAffiliate & { waiting: boolean }) | null> {
  const [row] = await db
    .select({ id: affiliates.id, name: affiliates.name, waitingSince: affiliates.awaitingApprovalSince })
    .from(apiKeys)
    .innerJoin(affiliates, eq(apiKeys.affiliateId, affiliates.id))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(affiliates.disabledAt)))
    .limit(1);
  return row ? { id: row.id, name: row.name, waiting: row.waitingSince !== null } : null;
}
