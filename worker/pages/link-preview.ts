import { html } from 'hono/html';
import { formatFen } from '../../shared/money';
import type { LinkTarget } from '../db/queries/share-codes';
import { pageLayout } from './layout';

/** For link-preview fetchers and crawlers: title and image as Open Graph meta, and a plain link. */
export const linkPreviewPage = (target: LinkTarget, shortUrl: string) => {
  const title = target.title ?? '好物分享';
  const description = target.priceFen === null ? title : `¥${formatFen(target.priceFen)} ${title}`;
  return pageLayout(
    title,
    html`<meta property="og:type" content="product" />
      <meta property="og:title" content="${title}" />
      <meta property="og:description" content="${description}" />
      <meta property="og:url" content="${shortUrl}" />
      ${target.imageUrl ? html`<meta property="og:image" content="${target.imageUrl}" />` : ''}`,
    html`<h1>${title}</h1>
      ${target.imageUrl ? html`<img src="${target.imageUrl}" alt="" />` : ''}
      <p><a href="${target.destinationUrl}">${target.destinationUrl}</a></p>`,
  );
};
