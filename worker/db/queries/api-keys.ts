import { and, eq, isNull } from 'drizzle-orm';
import type { AuthedAffiliate, Db } from '../../env';
import { affiliates, apiKeys } from '../schema';

export async function findAffiliateByKeyHash(db: Db, keyHash: string): Promise<AuthedAffiliate | null> {
  const [row] = await db
    .select({ id: affiliates.id, name: affiliates.name })
    .from(apiKeys)
    .innerJoin(affiliates, eq(apiKeys.affiliateId, affiliates.id))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(affiliates.disabledAt)))
    .limit(1);
  return row ?? null;
}
