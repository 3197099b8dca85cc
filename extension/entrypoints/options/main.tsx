import '../../components/page.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createApiClient } from '../../api/client';
import { copyOnMintItem, settingsItem, templatesItem } from '../../storage/items';
import { App, type OptionsActions } from './App';

const actions: OptionsActions = {
  saveConnection: (settings) => settingsItem.setValue(settings),
  savePreferences: async (language, templates, copyOnMint) => {
    const current = await settingsItem.getValue();
    await Promise.all([settingsItem.setValue({ ...current, language }), templatesItem.setValue(templates), copyOnMintItem.setValue(copyOnMint)]);
  },
  test: (settings) => createApiClient(settings).getSummary(),
  // The service answers the extension through CORS either way; the grant lets the browser skip preflights
  // and keeps working should the service tighten CORS. A refusal is the user's choice, not an error.
  requestOrigin: (origin) => void browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false),
};

void Promise.all([settingsItem.getValue(), templatesItem.getValue(), copyOnMintItem.getValue()]).then(([initial, initialTemplates, initialCopyOnMint]) => {
  render(
    <App initial={initial} initialTemplates={initialTemplates} initialCopyOnMint={initialCopyOnMint} browserLanguage={navigator.language} actions={actions} />,
    document.getElementById('app')!,
  );
});
