import { useEffect, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectProduct, type DetectedProduct } from '../platforms';

// Shops render title and price after load; keep re-reading for a while after each navigation.
const WATCH_MS = 20_000;
const THROTTLE_MS = 300;

const same = (a: DetectedProduct | null, b: DetectedProduct | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The product on the current page, kept current through single-page navigation (WXT's
 * `wxt:locationchange`) and through title/price that arrive late.
 */
export function useDetectedProduct(ctx: ContentScriptContext): DetectedProduct | null {
  const read = () => detectProduct(document, location.href);
  const [product, setProduct] = useState(read);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopAt = Date.now() + WATCH_MS;
    const refresh = () => {
      const next = read();
      setProduct((prev) => (same(prev, next) ? prev : next));
    };
    const observer = new MutationObserver(() => {
      if (Date.now() > stopAt) return observer.disconnect();
      timer ??= setTimeout(() => {
        timer = undefined;
        refresh();
      }, THROTTLE_MS);
    });
    const watch = () => {
      stopAt = Date.now() + WATCH_MS;
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    };
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      // With the Navigation API the event fires before the URL commits; read once it has.
      setTimeout(refresh, 0);
      watch();
    });
    watch();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);

  return product;
}
