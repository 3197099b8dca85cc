import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Base URL of the Daihuo Worker, without a trailing slash. */
  workerUrl: string;
  apiKey: string;
  language: 'auto' | 'zh' | 'en';
}

export const DEFAULT_SETTINGS: Settings = { workerUrl: '', apiKey: '', language: 'auto' };

/** Every persisted value is declared here once, with its default. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export function isConfigured(settings: Settings): boolean {
  return settings.workerUrl !== '' && settings.apiKey !== '';
}
