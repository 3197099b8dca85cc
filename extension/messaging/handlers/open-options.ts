import { browser } from 'wxt/browser';

// Content scripts cannot open the options page themselves.
export async function openOptions(): Promise<null> {
  await browser.runtime.openOptionsPage();
  return null;
}
