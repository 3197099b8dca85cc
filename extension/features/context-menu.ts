import { browser } from 'wxt/browser';
import { productPageMatches, shopRecords } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import { createApiClient } from '../api/client';
import { fail, type ApiResult } from '../api/result';
import { resolveLang, t } from '../i18n/messages';
import { lastMintedItem, selectionToConvertItem, settingsItem } from '../storage/items';

const MENU_ID = 'daihuo-create-from-link';
const SELECTION_MENU_ID = 'daihuo-convert-selection';

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

/**
 * The selected text with its line breaks: Chrome's `selectionText` folds them into spaces, and a 线报's
 * lines matter, so the page is asked first (activeTab allows it after the menu click); Chrome's copy is
 * the fallback where a page may not be scripted (the Web Store, another extension).
 */
export async function selectionOf(selectionText: string | undefined, readPage: () => Promise<unknown>): Promise<string> {
  const fromPage = await readPage().catch(() => null);
  return typeof fromPage === 'string' && fromPage.trim() !== '' ? fromPage : (selectionText ?? '');
}

async function menuTitles(): Promise<{ create: string; convert: string }> {
  const settings = await settingsItem.getValue();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  return { create: t(lang, 'menuCreate'), convert: t(lang, 'menuConvertSelection') };
}

async function openPopupOrBadge(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
  // Chrome 127+ and Firefox open the popup from a menu click; elsewhere the badge points to it.
  await browser.action.openPopup().catch(() => browser.action.setBadgeText({ text: '1' }));
}

async function onConvertSelection(selectionText: string | undefined, tabId: number | undefined, frameId: number | undefined): Promise<void> {
  const text = await selectionOf(selectionText, async () => {
    if (tabId === undefined) return null;
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, ...(frameId ? { frameIds: [frameId] } : {}) },
      func: () => getSelection()?.toString() ?? '',
    });
    return frame?.result;
  });
  if (!text.trim()) return;
  await selectionToConvertItem.setValue({ text, at: Date.now() });
  await openPopupOrBadge();
}

async function onMenuClick(linkUrl: string): Promise<void> {
  const result = await mintFromLink(createApiClient(await settingsItem.getValue()), linkUrl);
  if (result.ok) {
    await lastMintedItem.setValue({ code: result.data, at: Date.now() });
    await openPopupOrBadge();
  } else {
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setTitle({ title: result.error.message });
  }
}

/** "Create Daihuo share code" on every link to a product page or shop short link; "转链选中文字" on any selection. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    const titles = await menuTitles();
    browser.contextMenus.create({ id: MENU_ID, title: titles.create, contexts: ['link'], targetUrlPatterns: LINK_PATTERNS });
    browser.contextMenus.create({ id: SELECTION_MENU_ID, title: titles.convert, contexts: ['selection'] });
  });
  settingsItem.watch(async () => {
    const titles = await menuTitles();
    void browser.contextMenus.update(MENU_ID, { title: titles.create });
    void browser.contextMenus.update(SELECTION_MENU_ID, { title: titles.convert });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && info.linkUrl) void onMenuClick(info.linkUrl);
    if (info.menuItemId === SELECTION_MENU_ID) void onConvertSelection(info.selectionText, tab?.id, info.frameId);
  });
}
