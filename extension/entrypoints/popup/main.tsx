import '../../components/page.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useSettings } from '../../features/use-settings';
import { resolveLang } from '../../i18n/messages';
import { sendMessage } from '../../messaging/protocol';
import { isConfigured } from '../../storage/items';
import { copyText } from '../../utils/copy-text';
import { App, type PopupActions } from './App';

const actions: PopupActions = {
  getSummary: () => sendMessage('getSummary', null),
  openOptions: () => void browser.runtime.openOptionsPage(),
  copy: (text) => copyText(text),
};

function Root() {
  const settings = useSettings();
  if (!settings) return null;
  return <App lang={resolveLang(settings.language, navigator.language)} configured={isConfigured(settings)} actions={actions} />;
}

render(<Root />, document.getElementById('app')!);
