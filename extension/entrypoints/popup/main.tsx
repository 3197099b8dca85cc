import '../../components/page.css';
import '../../components/tracking.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useSettings } from '../../features/use-settings';
import { useStorageItem } from '../../features/use-storage-item';
import { resolveLang } from '../../i18n/messages';
import { sendMessage } from '../../messaging/protocol';
import { isConfigured, lastMintedItem, templatesItem } from '../../storage/items';
import { copyImage } from '../../utils/copy-image';
import { copyText } from '../../utils/copy-text';
import { App, type PopupActions } from './App';

// A code the context menu made counts as "just created" for this long.
const JUST_CREATED_MS = 2 * 60 * 1000;

const actions: PopupActions = {
  getSummary: () => sendMessage('getSummary', null),
  getEarnings: (range, ordersLimit) => sendMessage('getEarnings', { range, ...(ordersLimit ? { ordersLimit } : {}) }),
  resolve: (text) => sendMessage('resolve', { text }),
  createCode: (request) => sendMessage('createCode', request),
  fetchImage: (url) => sendMessage('fetchImage', { url }),
  getWallet: () => sendMessage('getWallet', null),
  requestPayout: (amountFen) => sendMessage('requestPayout', { amountFen }),
  getStatement: (month) => sendMessage('getStatement', { month }),
  getTeam: () => sendMessage('getTeam', null),
  createInvite: () => sendMessage('createInvite', null),
  getTier: () => sendMessage('getTier', null),
  getBindings: () => sendMessage('getBindings', null),
  getOfflineCodes: () => sendMessage('getOfflineCodes', null),
  convert: (text, prefer) => sendMessage('convert', { text, prefer }),
  bindTaobao: () => sendMessage('bindTaobao', null),
  openOptions: () => void browser.runtime.openOptionsPage(),
  copy: (text) => copyText(text),
  copyImage,
};

function Root() {
  const settings = useSettings();
  const templates = useStorageItem(templatesItem);
  const lastMinted = useStorageItem(lastMintedItem);
  if (!settings || !templates || lastMinted === undefined) return null;
  const justCreated = lastMinted && Date.now() - lastMinted.at < JUST_CREATED_MS ? lastMinted.code : null;
  return (
    <App
      lang={resolveLang(settings.language, navigator.language)}
      configured={isConfigured(settings)}
      templates={templates}
      justCreated={justCreated}
      actions={actions}
    />
  );
}

render(<Root />, document.getElementById('app')!);
