import { eq } from 'drizzle-orm';
import type { Db } from '../../env';
import { affiliates } from '../schema';

export type AffiliateRow = typeof affiliates.$inferSelect;

export async function findAffiliate(db: Db, id: string): Promise<AffiliateRow | null> {
  const [row] = await db.select().from(affiliates).where(eq(affiliates.id, id));
  return row ?? null;
}
