import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { PageLang } from './page-lang';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The shell of every page a friend sees: mobile-first, in one language, no external assets. */
export const pageLayout = (title: string, head: Html | string, body: Html, lang: PageLang = 'zh') => html`<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${title}</title>
    ${head}
    <style>
      body { font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0;
        min-height: 100vh; display: grid; place-items: center; background: #fff7f0; color: #333; }
      main { max-width: 24rem; padding: 1.5rem; text-align: center; }
      h1 { font-size: 1.15rem; color: #e4393c; }
      p { line-height: 1.6; }
      img { max-width: 100%; border-radius: 12px; }
      .price { color: #e4393c; font-size: 1.3rem; font-weight: 700; }
      .price small { font-size: 0.8rem; }
      .price s { color: #999; font-size: 0.85rem; font-weight: 400; margin: 0 0.3em; }
      .price .coupon { font-size: 0.8rem; border: 1px solid #e4393c; border-radius: 4px; padding: 0 0.3em; }
      .password { font-size: 1.4rem; letter-spacing: .05em; background: #fff; border: 2px dashed #e4393c; border-radius: 10px; padding: .6rem; user-select: all; word-break: break-all; }
      button { font: inherit; font-size: 1.05rem; border: 0; border-radius: 999px; background: #e4393c; color: #fff; padding: .75rem 2rem; margin: .5rem 0; }
      ol { text-align: left; line-height: 1.8; }
    </style>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;
