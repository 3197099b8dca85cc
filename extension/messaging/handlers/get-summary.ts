import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function getSummary(): Promise<ProtocolMap['getSummary']['response']> {
  return createApiClient(await settingsItem.getValue()).getSummary();
}
