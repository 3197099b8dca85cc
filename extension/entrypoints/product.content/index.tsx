import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { productPageMatches } from '@@/shared/platforms';
import { detectProduct } from '../../platforms';
import { mountSharePanel } from '../../features/share-panel';

export default defineContentScript({
  matches: productPageMatches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const product = detectProduct(document, location.href);
    if (product) await mountSharePanel(ctx, product);
  },
});
