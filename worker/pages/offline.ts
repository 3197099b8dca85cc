import { html } from 'hono/html';
import { shopRecords } from '../../shared/platforms';
import type { LinkTarget } from '../db/queries/share-codes';
import { pageLayout } from './layout';
import { type PageLang, say } from './page-lang';

/**
 * A code whose item the network withdrew (off the shelf, out of the programme): the friend learns so and
 * can still look at the item in the shop — never the withdrawn link.
 */
export const offlinePage = (target: LinkTarget, lang: PageLang = 'zh') => {
  const shop = shopRecords[target.platform];
  const heading = say(lang, '商品已下架或已停止推广', 'This item is off the shelf or no longer promoted');
  return pageLayout(
    heading,
    '',
    html`<h1 data-testid="offline">${heading}</h1>
      ${target.title ? html`<p>${target.title}</p>` : ''}
      <p>${say(
        lang,
        `这个分享链接对应的商品已经下架，或者${shop.names.zh}已停止推广它。可以去${shop.names.zh}看看还有没有：`,
        `You can still look for it at ${shop.names.en}:`,
      )}</p>
      <p><a href="${target.url}">${say(lang, `在${shop.names.zh}打开`, `Open at ${shop.names.en}`)}</a></p>`,
    lang,
  );
};
