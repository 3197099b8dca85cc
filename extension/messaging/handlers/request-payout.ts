import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function requestPayout({ amountFen }: ProtocolMap['requestPayout']['request']): Promise<ProtocolMap['requestPayout']['response']> {
  return createApiClient(await settingsItem.getValue()).requestPayout(amountFen);
}
