import '../../components/page.css';
import { render } from 'preact';
import { createApiClient } from '../../api/client';
import { settingsItem } from '../../storage/items';
import { App, type OptionsActions } from './App';

const actions: OptionsActions = {
  save: (settings) => settingsItem.setValue(settings),
  test: (settings) => createApiClient(settings).getSummary(),
};

void settingsItem.getValue().then((initial) => {
  render(<App initial={initial} browserLanguage={navigator.language} actions={actions} />, document.getElementById('app')!);
});
