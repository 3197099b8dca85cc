import { html } from 'hono/html';
import { pageLayout } from './layout';

/** Shown to a friend who followed a share link that does not exist (typo, truncated paste, removed code). */
export const notFoundPage = () =>
  pageLayout(
    '链接无效 · Link not found',
    '',
    html`<h1>这个分享链接无效</h1>
      <p>链接可能输错了，或者没有复制完整。请向分享给你的朋友再要一次。</p>
      <p lang="en">This share link doesn't exist. It may be mistyped or cut off — ask your friend to send it again.</p>`,
  );
