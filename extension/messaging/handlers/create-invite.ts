import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function createInvite(): Promise<ProtocolMap['createInvite']['response']> {
  return createApiClient(await settingsItem.getValue()).createInvite();
}
