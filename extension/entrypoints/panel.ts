import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setPanelModule } from '../features/watch-for-products';
import { mountSharePanel } from '../features/share-panel';

// Injected by the background into a product page's content-script world (messaging/handlers/load-panel.ts)
// and handed to the content script through their shared global.
export default defineUnlistedScript(() => {
  setPanelModule({ mount: mountSharePanel });
});
