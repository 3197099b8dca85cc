import { html } from 'hono/html';
import { shopRecords } from '../../shared/platforms';
import type { LinkTarget } from '../db/queries/share-codes';
import { pageLayout } from './layout';

/**
 * A code whose item the network withdrew (off the shelf, out of the programme): the friend learns so in
 * Chinese and can still look at the item in the shop — never the withdrawn link.
 */
export const offlinePage = (target: LinkTarget) => {
  const shop = shopRecords[target.platform];
  return pageLayout(
    '商品已下架或已停止推广',
    '',
    html`<h1 data-testid="offline">商品已下架或已停止推广</h1>
      ${target.title ? html`<p>${target.title}</p>` : ''}
      <p>这个分享链接对应的商品已经下架，或者${shop.names.zh}已停止推广它。可以去${shop.names.zh}看看还有没有：</p>
      <p><a href="${target.url}">在${shop.names.zh}打开</a></p>
      <p lang="en"><small>This item is off the shelf or no longer promoted. You can still look for it at ${shop.names.en}.</small></p>`,
  );
};
