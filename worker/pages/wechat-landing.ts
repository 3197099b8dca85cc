import { html } from 'hono/html';
import { dealPrice, type DealPrice } from '../../shared/deal-price';
import { formatFen } from '../../shared/money';
import { shopRecords } from '../../shared/platforms';
import type { LinkTarget } from '../db/queries/share-codes';
import { copyScript } from './copy-script';
import { pageLayout } from './layout';
import { type PageLang, say } from './page-lang';

const PASSWORD_NAME = { taobao: '淘口令', jd: '京口令' } as const;
const DONE = { zh: (app: string) => `已复制，打开${app}即可`, en: (app: string) => `Copied — now open ${app}` };

/** The one 到手价 (shared/deal-price.ts), with the coupon and the price before it when there is one. */
function priceLine(deal: DealPrice, lang: PageLang) {
  if (deal.finalFen === null) return '';
  if (deal.couponFen === null || deal.listFen === null) return html`<p class="price" data-testid="price">¥${formatFen(deal.finalFen)}</p>`;
  return html`<p class="price" data-testid="price">
    <small>${say(lang, '券后价', 'After coupon')}</small> ¥${formatFen(deal.finalFen)}
    <s>${say(lang, '原价', 'Was')} ¥${formatFen(deal.listFen)}</s>
    <span class="coupon">${say(lang, '券', 'Coupon')} ¥${formatFen(deal.couponFen)}</span>
  </p>`;
}

/**
 * Some in-app browsers (WeChat and QQ for Taobao and Tmall: each shop's record says which) block a
 * shop's links, so inside them a share link shows this page instead of a redirect. With the network's
 * password (淘口令 when the operator connected 淘宝联盟), the page offers a one-tap copy of it: the shop's app
 * opens the product from the clipboard. Without one, no password is shown — ours would not open the app —
 * and the page says how to open the link in a browser instead. Every word comes from the shop's record.
 */
export const wechatLandingPage = (target: LinkTarget, networkPassword: string | null, lang: PageLang = 'zh') => {
  const shop = shopRecords[target.platform];
  const passwordName = say(lang, shop.passwordKind ? PASSWORD_NAME[shop.passwordKind] : '口令', 'password');
  const appName = shop.appName[lang];
  const title = target.title ?? say(lang, `${shop.names.zh}好物`, `At ${shop.names.en}`);
  return pageLayout(
    title,
    '',
    html`${target.imageUrl ? html`<img src="${target.imageUrl}" alt="" />` : ''}
      <h1>${title}</h1>
      ${priceLine(dealPrice(target.priceFen, target.offer), lang)}
      ${
        networkPassword
          ? html`<p class="password" data-testid="password">${networkPassword}</p>
            <button id="copy" type="button" data-copy="${networkPassword}">${say(lang, `一键复制${passwordName}`, 'Copy the password')}</button>
            <ol>
              ${
                lang === 'zh'
                  ? html`<li>点上面的「一键复制${passwordName}」，然后打开<strong>${appName}</strong>，会自动弹出商品；</li>
                      <li>或者点右上角「···」，选「在浏览器打开」。</li>`
                  : html`<li>This app blocks ${shop.names.en} links: copy the password above, then open <strong>${appName}</strong>;</li>
                      <li>or tap “···” at the top right and choose “Open in browser”.</li>`
              }
            </ol>
            ${copyScript(DONE[lang](appName))}`
          : html`<ol data-testid="open-in-browser">
              <li>${say(lang, '点右上角「···」，选「在浏览器打开」，就能看到商品。', `This app blocks ${shop.names.en} links: tap “···” at the top right and choose “Open in browser”.`)}</li>
            </ol>`
      }`,
    lang,
  );
};
