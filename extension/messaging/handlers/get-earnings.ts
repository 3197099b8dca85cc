import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function getEarnings({ range, ordersLimit }: ProtocolMap['getEarnings']['request']): Promise<ProtocolMap['getEarnings']['response']> {
  return createApiClient(await settingsItem.getValue()).getEarnings(range, ordersLimit);
}
