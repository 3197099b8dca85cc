import { findInShareText } from '../../shared/parse-share-text';
import type { ResolveResponse } from '../../shared/schemas';
import type { Db } from '../env';
import { AppError } from '../errors';
import { findLinkTarget } from '../db/queries/share-codes';
import { resolveShortLink } from './resolve-short-link';

const PASSWORD_NOTE =
  'This is a share password (口令). Turning it into a product needs the network’s API, which Daihuo does not call for passwords yet; paste the product link instead.';
const LINK_FAILED_NOTE = (reason: string) => `The short link in the text could not be opened (${reason}); the text's share password (口令) was used instead.`;

/**
 * Whatever an affiliate pasted — product URL, shop short link, 淘口令 / 京口令 text, or one of our own
 * links or passwords — as a product, or a clear UNRECOGNISED_TEXT / SHORT_LINK_UNRESOLVED.
 */
export async function resolveShareText(db: Db, text: string, ownOrigin: string, fetchImpl: typeof fetch): Promise<ResolveResponse> {
  const findings = findInShareText(text, ownOrigin);
  let shortLinkError: AppError | null = null;
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
          return { ...(await resolveShortLink(new URL(finding.url), { fetch: fetchImpl })), source: finding.kind };
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          shortLinkError ??= err;
        }
        break;
      case 'taobao-password':
      case 'jd-password':
        // Every signal in a text counts: a link that cannot be opened still leaves its password.
        return {
          platform: finding.kind === 'jd-password' ? 'jd' : 'taobao',
          productId: null,
          url: null,
          source: finding.kind,
          note: shortLinkError ? `${LINK_FAILED_NOTE(shortLinkError.message)} ${PASSWORD_NOTE}` : PASSWORD_NOTE,
        };
    }
  }
  throw shortLinkError ?? new AppError('UNRECOGNISED_TEXT', 'No product link, shop short link or share password (口令) was found in the text.');
}
