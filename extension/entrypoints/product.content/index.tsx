import './style.css';
import '../../components/tracking.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { productPageMatches } from '@@/shared/platforms';
import { mountSharePanel } from '../../features/share-panel';

export default defineContentScript({
  matches: productPageMatches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // Mounted on every matching page: the panel shows itself only while the URL is a product page,
  // so single-page navigation into and out of products works without a reload.
  main: (ctx) => mountSharePanel(ctx).then(() => undefined),
});
