import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseProductUrl } from '@@/shared/platforms';
import { sendMessage } from '../messaging/protocol';

/** What entrypoints/panel.ts leaves on the content scripts' shared global once the background injected it. */
export interface PanelModule {
  mount(ctx: ContentScriptContext): Promise<unknown>;
}

const KEY = '__daihuoPanel';
export const setPanelModule = (module: PanelModule) => {
  (globalThis as Record<string, unknown>)[KEY] = module;
};
const panelModule = () => (globalThis as Record<string, unknown>)[KEY] as PanelModule | undefined;

/**
 * Loads and mounts the panel the first time this page (or a single-page navigation within it) is a
 * product page. The panel then follows navigation itself.
 */
export function watchForProducts(ctx: ContentScriptContext): void {
  let mounting: Promise<unknown> | null = null;
  const check = () => {
    if (mounting || !parseProductUrl(location.href)) return;
    mounting = (async () => {
      if (!panelModule()) await sendMessage('loadPanel', null);
      return panelModule()?.mount(ctx);
    })().catch(() => {
      mounting = null; // the extension was reloaded or the page is going away; try on the next navigation
    });
  };
  // With the Navigation API the event fires before the URL commits; check once it has.
  ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(check, 0));
  check();
}
