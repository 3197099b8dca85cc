import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../storage/items';

/** Current settings, following changes made on the options page; null until first read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((next) => setSettings(next ?? DEFAULT_SETTINGS));
  }, []);
  return settings;
}
