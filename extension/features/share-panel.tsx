import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, type PanelActions } from '../components/Panel';
import { resolveLang } from '../i18n/messages';
import { sendMessage } from '../messaging/protocol';
import type { DetectedProduct } from '../platforms';
import { isConfigured } from '../storage/items';
import { copyText } from '../utils/copy-text';
import { useSettings } from './use-settings';

function SharePanel({ product, actions }: { product: DetectedProduct; actions: PanelActions }) {
  const settings = useSettings();
  const [open, setOpen] = useState(true);
  if (!settings || !open) return null;
  return (
    <Panel
      product={product}
      lang={resolveLang(settings.language, navigator.language)}
      configured={isConfigured(settings)}
      actions={actions}
      onClose={() => setOpen(false)}
    />
  );
}

/** Mounts the share panel for `product` in a shadow root so the shop's CSS and ours never meet. */
export async function mountSharePanel(ctx: ContentScriptContext, product: DetectedProduct) {
  const ui = await createShadowRootUi(ctx, {
    name: 'daihuo-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow) {
      const actions: PanelActions = {
        createCode: (request) => sendMessage('createCode', request),
        openOptions: () => void sendMessage('openOptions', null),
        copy: (text) => copyText(text, shadow),
      };
      render(<SharePanel product={product} actions={actions} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
