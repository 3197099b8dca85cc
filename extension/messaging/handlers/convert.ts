import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

/** 文案转链 of a whole message. */
export async function convert(request: ProtocolMap['convert']['request']): Promise<ProtocolMap['convert']['response']> {
  return createApiClient(await settingsItem.getValue()).convert(request.text, request.prefer);
}
