import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function getTier(): Promise<ProtocolMap['getTier']['response']> {
  return createApiClient(await settingsItem.getValue()).getTier();
}
