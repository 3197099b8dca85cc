import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function resolve({ text }: ProtocolMap['resolve']['request']): Promise<ProtocolMap['resolve']['response']> {
  return createApiClient(await settingsItem.getValue()).resolve(text);
}
