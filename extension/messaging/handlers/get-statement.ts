import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function getStatement({ month }: ProtocolMap['getStatement']['request']): Promise<ProtocolMap['getStatement']['response']> {
  return createApiClient(await settingsItem.getValue()).getStatement(month);
}
