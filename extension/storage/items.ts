import { storage } from 'wxt/utils/storage';
import type { PlatformId } from '@@/shared/platforms';
import type { ShareCode } from '@@/shared/schemas';
import type { PanelPlacement } from './placement';

export interface Settings {
  /** Base URL of the Daihuo Worker, without a trailing slash. */
  workerUrl: string;
  apiKey: string;
  language: 'auto' | 'zh' | 'en';
}

export const DEFAULT_SETTINGS: Settings = { workerUrl: '', apiKey: '', language: 'auto' };

// Every persisted value is declared here once, with its default.

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The affiliate's own share-text templates; a platform without one uses the shared default. */
export const templatesItem = storage.defineItem<Partial<Record<PlatformId, string>>>('local:templates', {
  fallback: {},
  version: 1,
});

/** Whether 生成分享码 also copies the share text (on unless the affiliate turned it off). */
export const copyOnMintItem = storage.defineItem<boolean>('local:copyOnMint', { fallback: true, version: 1 });

/** The code the context menu made last, for the popup to show; session-only. */
export const lastMintedItem = storage.defineItem<{ code: ShareCode; at: number } | null>('session:lastMinted', {
  fallback: null,
});

/** Text the affiliate chose "转链选中文字" on, for the popup's 转链 tab to convert; session-only. */
export const selectionToConvertItem = storage.defineItem<{ text: string; at: number } | null>('session:selectionToConvert', {
  fallback: null,
});

export function isConfigured(settings: Settings): boolean {
  return settings.workerUrl !== '' && settings.apiKey !== '';
}

/** Where the share panel sits on each shop (by host name), and whether it is minimised there. */
export const panelPlacementsItem = storage.defineItem<Record<string, PanelPlacement>>('local:panelPlacements', {
  fallback: {},
  version: 1,
});
