import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

/** Balance and the latest payout requests, in one answer for the popup's wallet. */
export async function getWallet(): Promise<ProtocolMap['getWallet']['response']> {
  const client = createApiClient(await settingsItem.getValue());
  const [balance, payouts] = await Promise.all([client.getBalance(), client.getPayouts()]);
  if (!balance.ok) return balance;
  if (!payouts.ok) return payouts;
  return { ok: true, data: { balance: balance.data, payouts: payouts.data.payouts } };
}
