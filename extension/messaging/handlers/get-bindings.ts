import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

/** Where the affiliate stands at each network (Taobao 渠道, 多多进宝 备案, JD). */
export async function getBindings(): Promise<ProtocolMap['getBindings']['response']> {
  return createApiClient(await settingsItem.getValue()).getBindings();
}
