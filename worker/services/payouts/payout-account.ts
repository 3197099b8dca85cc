import { maskAccount, maskName, type PayoutAccount, type PayoutAccountInput } from '../../../shared/schemas/payout-accounts';
import type { Bindings, Db } from '../../env';
import { findPayoutAccount, savePayoutAccount as writePayoutAccount, type PayoutAccountRow } from '../../db/queries/payout-accounts';
import { openCredentials, sealCredentials } from '../networks/credentials-box';
import { z } from 'zod';

// Sealed with the key that seals network credentials, bound to the affiliate: one row cannot be moved onto another.
const purpose = (affiliateId: string) => `payout-account|${affiliateId}`;
const sealedSchema = z.object({ account: z.string(), realName: z.string() });

const view = (row: PayoutAccountRow): PayoutAccount => ({ method: row.method, masked: row.masked, updatedAt: row.updatedAt });

export async function getPayoutAccount(db: Db, affiliateId: string): Promise<PayoutAccount | null> {
  const row = await findPayoutAccount(db, affiliateId);
  return row && view(row);
}

/** Saves where the affiliate is paid (replacing any): sealed, shown masked, the change audited masked. */
export async function savePayoutAccount(db: Db, env: Bindings, affiliateId: string, input: PayoutAccountInput, now = Date.now()): Promise<PayoutAccount> {
  const before = await findPayoutAccount(db, affiliateId);
  const row: PayoutAccountRow = {
    affiliateId,
    method: input.method,
    sealed: await sealCredentials(env.CREDENTIALS_KEY, purpose(affiliateId), { account: input.account, realName: input.realName }),
    masked: `${maskAccount(input.account)} · ${maskName(input.realName)}`,
    updatedAt: now,
  };
  await writePayoutAccount(db, row, before?.masked ?? null);
  return view(row);
}

/** The whole account and name, for the operator's payout file only. */
export async function openPayoutAccount(env: Bindings, row: PayoutAccountRow) {
  return openCredentials(env.CREDENTIALS_KEY, purpose(row.affiliateId), row.sealed, sealedSchema);
}
