import { html } from 'hono/html';

/** Shown to a friend who followed a share link that does not exist (typo, truncated paste, removed code). */
export const notFoundPage = () => html`<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>链接无效 · Link not found</title>
    <style>
      body { font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0;
        min-height: 100vh; display: grid; place-items: center; background: #fff7f0; color: #333; }
      main { max-width: 22rem; padding: 2rem; text-align: center; }
      h1 { font-size: 1.25rem; color: #e4393c; }
      p { line-height: 1.6; }
    </style>
  </head>
  <body>
    <main>
      <h1>这个分享链接无效</h1>
      <p>链接可能输错了，或者没有复制完整。请向分享给你的朋友再要一次。</p>
      <p lang="en">This share link doesn't exist. It may be mistyped or cut off — ask your friend to send it again.</p>
    </main>
  </body>
</html>`;
