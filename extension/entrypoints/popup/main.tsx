import '../../components/page.css';
import '../../components/tracking.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSettings } from '../../features/use-settings';
import { useStorageItem } from '../../features/use-storage-item';
import { resolveLang } from '../../i18n/messages';
import { sendMessage } from '../../messaging/protocol';
import { isConfigured, lastMintedItem, selectionToConvertItem, templatesItem } from '../../storage/items';
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
  getPayoutAccount: () => sendMessage('getPayoutAccount', null),
  savePayoutAccount: (input) => sendMessage('savePayoutAccount', input),
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
  const [toConvert, setToConvert] = useState<string | null>();
  // A selection is taken once, when the popup opens, and cleared so the next opening starts afresh.
  useEffect(() => {
    void selectionToConvertItem.getValue().then((selection) => {
      setToConvert(selection && Date.now() - selection.at < JUST_CREATED_MS ? selection.text : null);
      if (selection) void selectionToConvertItem.setValue(null);
    });
  }, []);
  if (!settings || !templates || lastMinted === undefined || toConvert === undefined) return null;
  const justCreated = lastMinted && Date.now() - lastMinted.at < JUST_CREATED_MS ? lastMinted.code : null;
  return (
    <App
      lang={resolveLang(settings.language, navigator.language)}
      configured={isConfigured(settings)}
      templates={templates}
      justCreated={justCreated}
      toConvert={toConvert}
      actions={actions}
    />
  );
}

render(<Root />, document.getElementById('app')!);
