import { browser } from 'wxt/browser';
import type { ProtocolMap } from '../protocol';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';

/**
 * One tap to 渠道备案: the Worker makes a single-use state and Taobao's authorise URL; the background
 * opens it in a new tab (the popup would close under it), where the person signs in with their own Taobao
 * account and lands back on the Worker's page that says how it went.
 */
export async function bindTaobao(): Promise<ProtocolMap['bindTaobao']['response']> {
  const started = await createApiClient(await settingsItem.getValue()).startTaobaoBinding();
  if (!started.ok) return started;
  await browser.tabs.create({ url: started.data.authorizeUrl });
  return { ok: true, data: { authorizeUrl: started.data.authorizeUrl } };
}
