import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function savePayoutAccount(input: ProtocolMap['savePayoutAccount']['request']): Promise<ProtocolMap['savePayoutAccount']['response']> {
  return createApiClient(await settingsItem.getValue()).savePayoutAccount(input);
}
