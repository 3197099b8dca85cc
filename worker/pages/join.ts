import { html } from 'hono/html';
import type { JoinResponse } from '../../shared/schemas/invites';
import { pageLayout } from './layout';

const FORM_STYLE = html`<style>
  form { display: grid; gap: .75rem; margin: 1rem 0; }
  input { font: inherit; font-size: 1.05rem; padding: .7rem; border: 1px solid #ddd; border-radius: 10px; }
  .key { font-family: ui-monospace, monospace; background: #fff; border: 2px dashed #e4393c; border-radius: 10px; padding: .6rem; user-select: all; word-break: break-all; }
  .error { color: #c00; }
  small { color: #777; }
</style>`;

/** The page an invite link opens: who invites you, a name, and a button — phone-first, works without JS. */
export const joinPage = (code: string, inviterName: string, error: string | null = null, name = '') =>
  pageLayout(
    '加入带货 · Join Daihuo',
    FORM_STYLE,
    html`<h1>${inviterName} 邀请你加入带货</h1>
      <p>分享淘宝、天猫、京东、拼多多的商品，好友下单你赚佣金。</p>
      <p lang="en"><small>${inviterName} invites you to Daihuo: share products from Taobao, Tmall, JD and Pinduoduo and earn commission when friends buy.</small></p>
      <form method="post" action="/join/${code}">
        <label for="name">你的名字 <small lang="en">Your name</small></label>
        <input id="name" name="name" required maxlength="40" autocomplete="nickname" value="${name}" />
        ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
        <button type="submit">加入 Join</button>
      </form>
      <p><small>加入即表示同意：佣金只来自真实成交，加入和升级都不收任何费用。</small><br /><small lang="en">Commission comes only from real sales; joining and rising never cost anything.</small></p>`,
  );

/** After joining: the key, shown once, and the three steps to start. */
export const joinedPage = (joined: JoinResponse, workerUrl: string) =>
  pageLayout(
    '欢迎加入 · Welcome',
    FORM_STYLE,
    html`<h1>欢迎，${joined.name}！</h1>
      ${
        joined.status === 'waiting'
          ? html`<p data-testid="waiting">运营方审核后，你的密钥就能使用。<br /><small lang="en">The operator approves new members first; your key works once they do.</small></p>`
          : ''
      }
      <p>你的 API 密钥（只显示这一次，请马上保存）：<br /><small lang="en">Your API key — shown once, save it now:</small></p>
      <p class="key" data-testid="api-key">${joined.apiKey}</p>
      <ol>
        <li>在电脑上安装带货浏览器扩展（Chrome / Edge / Firefox）。<small lang="en">Install the Daihuo browser extension.</small></li>
        <li>打开扩展的设置，服务地址填 <strong>${workerUrl}</strong>，密钥填上面这串。<small lang="en">In its settings, enter the service address above and this key.</small></li>
        <li>打开任意商品页，点「生成分享码」，把文案发给好友。<small lang="en">Open a product page, make a share code and send it to friends.</small></li>
      </ol>`,
  );

/** An invite link that does not exist or was revoked. */
export const inviteNotFoundPage = () =>
  pageLayout(
    '邀请链接无效 · Invite not valid',
    '',
    html`<h1>这个邀请链接无效或已停用</h1>
      <p>请向邀请你的人再要一个新的链接。</p>
      <p lang="en">This invite link does not exist or was revoked — ask for a new one.</p>`,
  );

/** Why joining failed, Chinese first. */
export const JOIN_FAILURES: Partial<Record<string, string>> = {
  FORBIDDEN: '暂时不接受通过邀请加入。This programme is not taking new members through invites right now.',
  NOT_FOUND: '这个邀请链接已失效，请再要一个。This invite is not valid any more; ask for a new one.',
  RATE_LIMITED: '尝试太频繁，请稍后再试。Too many attempts; try again later.',
};
