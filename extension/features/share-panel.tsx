import panelCss from '../components/panel.css?inline';
import trackingCss from '../components/tracking.css?inline';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelActions } from '../components/Panel';
import { resolveLang } from '../i18n/messages';
import { sendMessage } from '../messaging/protocol';
import { copyOnMintItem, isConfigured, panelPlacementsItem, templatesItem } from '../storage/items';
import { DEFAULT_PLACEMENT } from '../storage/placement';
import { copyImage } from '../utils/copy-image';
import { copyText } from '../utils/copy-text';
import { useDetectedProduct } from './use-detected-product';
import { useSettings } from './use-settings';
import { useStorageItem } from './use-storage-item';

function SharePanel({ ctx, actions }: { ctx: ContentScriptContext; actions: PanelActions }) {
  const settings = useSettings();
  const templates = useStorageItem(templatesItem);
  const copyOnMint = useStorageItem(copyOnMintItem);
  const placements = useStorageItem(panelPlacementsItem);
  const product = useDetectedProduct(ctx);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  if (!settings || !templates || !placements || copyOnMint === undefined || !product || closedFor === product.url) return null;
  const site = location.hostname;
  return (
    <Panel
      // A new product (single-page navigation) starts from a fresh panel.
      key={product.url}
      product={product}
      lang={resolveLang(settings.language, navigator.language)}
      configured={isConfigured(settings)}
      templates={templates}
      copyOnMint={copyOnMint}
      actions={actions}
      onClose={() => setClosedFor(product.url)}
      placement={placements[site] ?? DEFAULT_PLACEMENT}
      onPlacement={(placement) => void panelPlacementsItem.setValue({ ...placements, [site]: placement })}
    />
  );
}

/** Mounts the share panel in a shadow root so the shop's CSS and ours never meet. */
export async function mountSharePanel(ctx: ContentScriptContext) {
  const ui = await createShadowRootUi(ctx, {
    name: 'daihuo-panel',
    // The panel's script is not a content script of its own, so its CSS comes with it as text.
    css: `${panelCss}\n${trackingCss}`,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow) {
      const actions: PanelActions = {
        createCode: (request) => sendMessage('createCode', request),
        getOffer: (url, priceFen) => sendMessage('getOffer', { url, priceFen }),
        openOptions: () => void sendMessage('openOptions', null),
        openTab: (url) => void window.open(url, '_blank', 'noopener'),
        copy: (text) => copyText(text, shadow),
        copyImage,
        fetchImage: (url) => sendMessage('fetchImage', { url }),
      };
      render(<SharePanel ctx={ctx} actions={actions} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
