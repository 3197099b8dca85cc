import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function getPayoutAccount(): Promise<ProtocolMap['getPayoutAccount']['response']> {
  return createApiClient(await settingsItem.getValue()).getPayoutAccount();
}
