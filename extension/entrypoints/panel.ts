import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setPanelModule } from '../features/load-panel';
import { mountSharePanel } from '../features/share-panel';

// Injected by the background into a product page's content-script world (messaging/handlers/load-panel.ts)
// and handed to the content script through their shared global.
export default defineUnlistedScript(() => {
  setPanelModule({ mount: mountSharePanel });
});
