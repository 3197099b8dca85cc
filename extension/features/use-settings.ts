import { settingsItem, type Settings } from '../storage/items';
import { useStorageItem } from './use-storage-item';

/** Current settings, following changes made on the options page; null until first read. */
export function useSettings(): Settings | null {
  return useStorageItem(settingsItem) ?? null;
}
