import { defineContentScript } from 'wxt/utils/define-content-script';
import { productPageMatches } from '@@/shared/platforms';
import { watchForProducts } from '../../features/watch-for-products';

// What runs on every page of the shops is only this: a URL check. The panel — Preact, the poster, the
// texts — is a script of its own (entrypoints/panel.ts) that the background injects once a product page
// is open, so a shop's search and list pages carry almost nothing of ours.
export default defineContentScript({
  matches: productPageMatches,
  runAt: 'document_idle',
  // The panel brings its own CSS into its shadow root.
  cssInjectionMode: 'manual',
  main: (ctx) => watchForProducts(ctx),
});
