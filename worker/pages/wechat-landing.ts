import { html, raw } from 'hono/html';
import { formatFen } from '../../shared/money';
import type { LinkTarget } from '../db/queries/share-codes';
import { pageLayout } from './layout';

// Copies without a round trip; falls back to a selected textarea where the async clipboard is missing.
const COPY_SCRIPT = raw(`<script>
document.getElementById('copy').addEventListener('click', function () {
  var text = this.getAttribute('data-copy'), button = this;
  function done() { button.textContent = '已复制，打开淘宝即可'; }
  if (navigator.clipboard && navigator.clipboard.writeText) { navigator.clipboard.writeText(text).then(done, fallback); } else { fallback(); }
  function fallback() { var a = document.createElement('textarea'); a.value = text; document.body.appendChild(a); a.select(); document.execCommand('copy'); a.remove(); done(); }
});
</script>`);

/**
 * WeChat and QQ block Taobao/Tmall links, so inside them a share link shows this page instead of a
 * redirect. With the network's 淘口令 (the operator connected 淘宝联盟), the page offers a one-tap copy of
 * it: the Taobao app opens the product from the clipboard. Without one, no password is shown — ours
 * would not open the app — and the page says how to open the link in a browser instead.
 */
export const wechatLandingPage = (target: LinkTarget, networkPassword: string | null) => {
  const title = target.title ?? '淘宝好物';
  return pageLayout(
    title,
    '',
    html`${target.imageUrl ? html`<img src="${target.imageUrl}" alt="" />` : ''}
      <h1>${title}</h1>
      ${target.priceFen === null ? '' : html`<p class="price">¥${formatFen(target.priceFen)}</p>`}
      ${
        networkPassword
          ? html`<p class="password" data-testid="password">${networkPassword}</p>
            <button id="copy" type="button" data-copy="${networkPassword}">一键复制淘口令</button>
            <ol>
              <li>点上面的「一键复制淘口令」，然后打开<strong>手机淘宝</strong>，会自动弹出商品；</li>
              <li>或者点右上角「···」，选「在浏览器打开」。</li>
            </ol>
            <p lang="en"><small>WeChat blocks Taobao links: copy the password, then open the Taobao app — or use “Open in browser”.</small></p>
            ${COPY_SCRIPT}`
          : html`<ol data-testid="open-in-browser">
              <li>点右上角「···」，选「在浏览器打开」，就能看到商品。</li>
            </ol>
            <p lang="en"><small>WeChat blocks Taobao links: tap “···” at the top right and choose “Open in browser”.</small></p>`
      }`,
  );
};
