import '../../components/page.css';
import { render } from 'preact';
import { createApiClient } from '../../api/client';
import { settingsItem, templatesItem } from '../../storage/items';
import { App, type OptionsActions } from './App';

const actions: OptionsActions = {
  save: async (settings, templates) => {
    await Promise.all([settingsItem.setValue(settings), templatesItem.setValue(templates)]);
  },
  test: (settings) => createApiClient(settings).getSummary(),
};

void Promise.all([settingsItem.getValue(), templatesItem.getValue()]).then(([initial, initialTemplates]) => {
  render(<App initial={initial} initialTemplates={initialTemplates} browserLanguage={navigator.language} actions={actions} />, document.getElementById('app')!);
});
