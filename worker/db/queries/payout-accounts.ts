import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../env';
import { payoutAccounts } from '../schema';
import { auditEntry } from './audit';

export type PayoutAccountRow = typeof payoutAccounts.$inferSelect;

export async function findPayoutAccount(db: Db, affiliateId: string): Promise<PayoutAccountRow | null> {
  const [row] = await db.select().from(payoutAccounts).where(eq(payoutAccounts.affiliateId, affiliateId));
  return row ?? null;
}

export async function findPayoutAccounts(db: Db, affiliateIds: readonly string[]): Promise<Map<string, PayoutAccountRow>> {
  const rows: PayoutAccountRow[] = [];
  // Under D1's 100 bound parameters a statement.
  for (let i = 0; i < affiliateIds.length; i += 90) {
    rows.push(
      ...(await db
        .select()
        .from(payoutAccounts)
        .where(inArray(payoutAccounts.affiliateId, affiliateIds.slice(i, i + 90)))),
    );
  }
  return new Map(rows.map((r) => [r.affiliateId, r]));
}

/** Saves the account (replacing any) with an audit line of what changed, masked, in one transaction. */
export async function savePayoutAccount(db: Db, row: PayoutAccountRow, before: string | null): Promise<void> {
  const { affiliateId, ...rest } = row;
  await db.batch([
    db.insert(payoutAccounts).values(row).onConflictDoUpdate({ target: payoutAccounts.affiliateId, set: rest }),
    auditEntry(db, 'payout-account.save', { affiliateId, method: row.method, before, after: row.masked }, row.updatedAt, 'affiliate'),
  ]);
}
