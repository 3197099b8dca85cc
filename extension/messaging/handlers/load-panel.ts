import { browser, type Browser } from 'wxt/browser';
import type { ProtocolMap } from '../protocol';

/** Injects the share panel's script into the product page (the frame) that asked for it. */
export async function loadPanel(_: ProtocolMap['loadPanel']['request'], sender?: Browser.runtime.MessageSender): Promise<ProtocolMap['loadPanel']['response']> {
  const tabId = sender?.tab?.id;
  if (tabId === undefined) return null;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender?.frameId ?? 0] }, files: ['/panel.js'] });
  return null;
}
