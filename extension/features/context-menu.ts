import { browser } from 'wxt/browser';
import { productPageMatches, shopRecords } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import { createApiClient } from '../api/client';
import { fail, type ApiResult } from '../api/result';
import { resolveLang, t } from '../i18n/messages';
import { lastMintedItem, settingsItem } from '../storage/items';

const MENU_ID = 'daihuo-create-from-link';

// Product pages plus the shops' short links: anything /api/resolve can turn into a product.
const LINK_PATTERNS = [...productPageMatches, ...Object.values(shopRecords).flatMap((rule): string[] => rule.shortLinkHosts.map((host) => `*://${host}/*`))];

type Client = Pick<ReturnType<typeof createApiClient>, 'resolve' | 'createCode'>;

/** Resolves a link (product page or short link) and mints the affiliate's code for it. */
export async function mintFromLink(client: Client, linkUrl: string): Promise<ApiResult<ShareCode>> {
  const resolved = await client.resolve(linkUrl);
  if (!resolved.ok) return resolved;
  if (!resolved.data.url) return fail('UNRECOGNISED_TEXT', resolved.data.note ?? 'not a product link');
  return client.createCode({ url: resolved.data.url });
}

async function menuTitle(): Promise<string> {
  const settings = await settingsItem.getValue();
  return t(resolveLang(settings.language, browser.i18n.getUILanguage()), 'menuCreate');
}

async function onMenuClick(linkUrl: string): Promise<void> {
  const result = await mintFromLink(createApiClient(await settingsItem.getValue()), linkUrl);
  if (result.ok) {
    await lastMintedItem.setValue({ code: result.data, at: Date.now() });
    await browser.action.setBadgeText({ text: '' });
    // Chrome 127+ and Firefox open the popup from a menu click; elsewhere the badge points to it.
    await browser.action.openPopup().catch(() => browser.action.setBadgeText({ text: '1' }));
  } else {
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setTitle({ title: result.error.message });
  }
}

/** "Create Daihuo share code" on every link to a product page or shop short link. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: await menuTitle(), contexts: ['link'], targetUrlPatterns: LINK_PATTERNS });
  });
  settingsItem.watch(async () => void browser.contextMenus.update(MENU_ID, { title: await menuTitle() }));
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.linkUrl) void onMenuClick(info.linkUrl);
  });
}
