import { useState } from 'preact/hooks';
import type { CreateCodeRequest, ShareCode } from '@@/shared/schemas';
import type { Lang } from '../i18n/messages';
import type { DetectedProduct } from '../platforms';
import { errorMessage } from './error-message';
import type { PanelActions } from './Panel';

export type MintState =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'done'; code: ShareCode; copied: boolean }
  | { kind: 'self-opened'; code: ShareCode }
  | { kind: 'error'; message: string };

// The channel tag of a code the affiliate buys through themselves (自购省钱): its sales show apart.
export const SELF_CHANNEL = 'self';

/** What the page says about the product, sent with the request (the Worker checks it). */
export function codeRequest(product: DetectedProduct, channel?: string): CreateCodeRequest {
  return {
    url: product.pageUrl,
    ...(channel ? { channel } : {}),
    ...(product.title ? { title: product.title.slice(0, 200) } : {}),
    ...(product.priceFen !== null ? { priceFen: product.priceFen } : {}),
    ...(product.imageUrl ? { imageUrl: product.imageUrl } : {}),
    ...(product.shopName ? { shopName: product.shopName.slice(0, 100) } : {}),
  };
}

/** Minting a share code for the product (its share text copied at once), or one the affiliate buys through (opened in a new tab). */
/** `shareTextOf` gives the code's share text, copied as soon as the code is made (one tap to share); null: not copied. */
export function useMint(product: DetectedProduct, lang: Lang, actions: PanelActions, shareTextOf: ((code: ShareCode) => string) | null) {
  const [state, setState] = useState<MintState>({ kind: 'idle' });
  async function create() {
    setState({ kind: 'creating' });
    const result = await actions.createCode(codeRequest(product));
    if (!result.ok) return setState({ kind: 'error', message: errorMessage(lang, result.error) });
    setState({ kind: 'done', code: result.data, copied: shareTextOf ? await actions.copy(shareTextOf(result.data)) : false });
  }
  async function buyForSelf() {
    setState({ kind: 'creating' });
    const result = await actions.createCode(codeRequest(product, SELF_CHANNEL));
    if (!result.ok) return setState({ kind: 'error', message: errorMessage(lang, result.error) });
    actions.openTab(result.data.shortUrl);
    setState({ kind: 'self-opened', code: result.data });
  }
  return { state, create, buyForSelf };
}
