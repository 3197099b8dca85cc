import { html } from 'hono/html';
import { pageLayout } from './layout';
import { type PageLang, say } from './page-lang';

/** Shown to a friend who followed a share link that does not exist (typo, truncated paste, removed code). */
export const notFoundPage = (lang: PageLang = 'zh') =>
  pageLayout(
    say(lang, '链接无效', 'Link not found'),
    '',
    html`<h1>${say(lang, '这个分享链接无效', 'This share link does not exist')}</h1>
      <p>${say(lang, '链接可能输错了，或者没有复制完整。请向分享给你的朋友再要一次。', 'It may be mistyped or cut off — ask your friend to send it again.')}</p>`,
    lang,
  );
