import { findInShareText } from '../../shared/find-in-share-text';
import { toWebUrl } from '../../shared/platforms';
import { networkOfPlatform, type Network } from '../../shared/schemas/orders';
import type { ResolveResponse } from '../../shared/schemas';
import type { Db } from '../env';
import { AppError } from '../errors';
import { findLinkTarget } from '../db/queries/share-codes';
import type { Identification } from './networks/identify-through-network';
import { resolveShortLink } from './resolve-short-link';

export interface ResolveDeps {
  fetch: typeof fetch;
  /** Asks the operator's network which product a password or foreign link opens (转链). */
  identify(network: Network, material: string): Promise<Identification>;
}

const LINK_FAILED_NOTE = (reason: string) => `The short link in the text could not be opened (${reason}); the text's share password (口令) was used instead.`;

/**
 * Whatever an affiliate pasted — product URL, shop short link, 淘口令 / 京口令 text, or one of our own
 * links or passwords — as a product, or a clear UNRECOGNISED_TEXT / SHORT_LINK_UNRESOLVED. Passwords and
 * short links that do not redirect to a product page go through the network when it is connected.
 */
export async function resolveShareText(db: Db, text: string, ownOrigin: string, deps: ResolveDeps): Promise<ResolveResponse> {
  const findings = findInShareText(text, ownOrigin);
  let shortLinkError: AppError | null = null;
  let failedShortLink: { network: Network; url: string } | null = null;
  for (const finding of findings) {
    switch (finding.kind) {
      case 'product-url':
        return { ...finding.product, source: finding.kind };
      case 'daihuo-link':
      case 'daihuo-password': {
        const product = await findLinkTarget(db, finding.code);
        if (product) return { platform: product.platform, productId: product.externalId, url: product.url, source: finding.kind };
        break;
      }
      case 'short-link':
        try {
          // toWebUrl, not new URL: JD's share texts write `//3.cn/…` without a scheme.
          const start = toWebUrl(finding.url);
          if (!start) break;
          return { ...(await resolveShortLink(start, { fetch: deps.fetch })), source: finding.kind };
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          shortLinkError ??= err;
          failedShortLink ??= { network: networkOfPlatform(finding.platform), url: finding.url };
        }
        break;
      case 'taobao-password':
      case 'jd-password': {
        // Every signal in a text counts: a link that cannot be opened still leaves its password.
        const network = finding.kind === 'jd-password' ? 'jd' : 'taobao';
        const found = await deps.identify(network, network === 'taobao' ? `￥${finding.token}￥` : finding.token);
        if (found.product) return { ...found.product, source: finding.kind };
        return {
          platform: network,
          productId: null,
          url: null,
          source: finding.kind,
          reason: found.reason,
          note: shortLinkError ? `${LINK_FAILED_NOTE(shortLinkError.message)} ${found.note}` : found.note,
        };
      }
    }
  }
  // A shop short link that answers a page instead of a redirect (m.tb.cn does) can still be read by its network.
  if (failedShortLink) {
    const found = await deps.identify(failedShortLink.network, failedShortLink.url);
    if (found.product) return { ...found.product, source: 'short-link' };
  }
  throw shortLinkError ?? new AppError('UNRECOGNISED_TEXT', 'No product link, shop short link or share password (口令) was found in the text.');
}
