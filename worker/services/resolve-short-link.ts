import { isShopHost, parseProductUrl, type ProductRef } from '../../shared/platforms';
import { AppError } from '../errors';

export interface ResolveOptions {
  fetch: typeof fetch;
  maxHops?: number;
  timeoutMs?: number;
}

// Some short-link services answer differently to desktop browsers; ask like the shop's mobile app page would.
const MOBILE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

const fail = (message: string) => new AppError('SHORT_LINK_UNRESOLVED', message);

/**
 * Follows a shop short link (m.tb.cn, u.jd.com, 3.cn, …) hop by hop until it names a product page.
 * Reads headers only — bodies are cancelled unread — stays on shop hosts, and gives up after
 * `maxHops` redirects or `timeoutMs` in total.
 */
export async function resolveShortLink(start: URL, { fetch: fetchImpl, maxHops = 6, timeoutMs = 5000 }: ResolveOptions): Promise<ProductRef> {
  const signal = AbortSignal.timeout(timeoutMs);
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; hop <= maxHops; hop++) {
    if (!isShopHost(url.hostname)) throw fail(`The link leads to ${url.hostname}, which is not a shop Daihuo supports.`);
    if (seen.has(url.href)) throw fail('The short link redirects in a loop.');
    seen.add(url.href);

    let res: Response;
    try {
      res = await fetchImpl(url.href, { method: 'GET', redirect: 'manual', signal, headers: { 'User-Agent': MOBILE_UA } });
    } catch {
      throw fail(signal.aborted ? `The short link did not answer within ${timeoutMs / 1000} s.` : `The short link could not be opened (${url.hostname}).`);
    }
    await res.body?.cancel();
    const location = res.headers.get('Location');
    if (res.status < 300 || res.status > 399 || !location) {
      throw fail(`The short link answered ${res.status} without a redirect; open it in the browser and copy the product page address instead.`);
    }
    url = new URL(location, url);
    const product = parseProductUrl(url);
    if (product) return product;
  }
  throw fail(`The short link redirects more than ${maxHops} times.`);
}
