import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

export async function getOffer(request: ProtocolMap['getOffer']['request']): Promise<ProtocolMap['getOffer']['response']> {
  return createApiClient(await settingsItem.getValue()).getOffer(request.url, request.priceFen);
}
