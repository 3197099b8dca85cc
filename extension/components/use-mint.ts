import { useState } from 'preact/hooks';
import type { CreateCodeRequest, ShareCode } from '@@/shared/schemas';
import type { Lang } from '../i18n/messages';
import type { DetectedProduct } from '../platforms';
import { errorMessage } from './error-message';
import type { PanelActions } from './Panel';

export type MintState =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'done'; code: ShareCode }
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

/** Minting a share code for the product, or one the affiliate buys through (opened in a new tab). */
export function useMint(product: DetectedProduct, lang: Lang, actions: PanelActions) {
  const [state, setState] = useState<MintState>({ kind: 'idle' });
  async function create() {
    setState({ kind: 'creating' });
    const result = await actions.createCode(codeRequest(product));
    setState(result.ok ? { kind: 'done', code: result.data } : { kind: 'error', message: errorMessage(lang, result.error) });
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
