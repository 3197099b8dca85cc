import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

/** The affiliate's codes whose item the network withdrew. */
export async function getOfflineCodes(): Promise<ProtocolMap['getOfflineCodes']['response']> {
  return createApiClient(await settingsItem.getValue()).getOfflineCodes();
}
