import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function createCode(request: ProtocolMap['createCode']['request']): Promise<ProtocolMap['createCode']['response']> {
  return createApiClient(await settingsItem.getValue()).createCode(request);
}
