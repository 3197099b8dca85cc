import { html, raw } from 'hono/html';
import { renderSVG } from 'uqr';
import { copyScript } from './copy-script';
import type { JoinResponse } from '../../shared/schemas/invites';
import { pageLayout } from './layout';
import { type PageLang, say } from './page-lang';

const FORM_STYLE = html`<style>
  form { display: grid; gap: .75rem; margin: 1rem 0; }
  input { font: inherit; font-size: 1.05rem; padding: .7rem; border: 1px solid #ddd; border-radius: 10px; }
  .key { font-family: ui-monospace, monospace; background: #fff; border: 2px dashed #e4393c; border-radius: 10px; padding: .6rem; user-select: all; word-break: break-all; }
  .error { color: #c00; }
  small { color: #777; }
  .qr svg { width: 180px; height: 180px; background: #fff; padding: 8px; border-radius: 8px; }
</style>`;

/** The page an invite link opens: who invites you, a name, and a button — phone-first, works without JS. */
export const joinPage = (code: string, inviterName: string, lang: PageLang, error: string | null = null, name = '') =>
  pageLayout(
    say(lang, '加入带货', 'Join Daihuo'),
    FORM_STYLE,
    html`<h1>${say(lang, `${inviterName} 邀请你加入带货`, `${inviterName} invites you to Daihuo`)}</h1>
      <p>${say(lang, '分享淘宝、天猫、京东、拼多多的商品，好友下单你赚佣金。', 'Share products from Taobao, Tmall, JD and Pinduoduo and earn commission when friends buy.')}</p>
      <form method="post" action="/join/${code}">
        <label for="name">${say(lang, '你的名字', 'Your name')}</label>
        <input id="name" name="name" required maxlength="40" autocomplete="nickname" value="${name}" />
        ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
        <button type="submit">${say(lang, '加入', 'Join')}</button>
      </form>
      <p><small>${say(lang, '加入即表示同意：佣金只来自真实成交，加入和升级都不收任何费用。', 'Commission comes only from real sales; joining and rising never cost anything.')}</small></p>`,
    lang,
  );

/** What the extension's settings take, as one text to carry from a phone to the computer. */
const setupText = (workerUrl: string, apiKey: string, lang: PageLang) =>
  lang === 'zh' ? `带货扩展设置\n服务地址：${workerUrl}\n密钥：${apiKey}` : `Daihuo extension settings\nService address: ${workerUrl}\nKey: ${apiKey}`;

/** After joining: the key, shown once, with copy buttons and a QR code of the settings, and the three steps to start. */
export const joinedPage = (joined: JoinResponse, workerUrl: string, lang: PageLang) =>
  pageLayout(
    say(lang, '欢迎加入', 'Welcome'),
    FORM_STYLE,
    html`<h1>${say(lang, `欢迎，${joined.name}！`, `Welcome, ${joined.name}!`)}</h1>
      ${
        joined.status === 'waiting'
          ? html`<p data-testid="waiting">${say(lang, '运营方审核后，你的密钥就能使用。', 'The operator approves new members first; your key works once they do.')}</p>`
          : ''
      }
      <p>${say(lang, '你的 API 密钥（只显示这一次，请马上保存）：', 'Your API key — shown once, save it now:')}</p>
      <p class="key" data-testid="api-key">${joined.apiKey}</p>
      <p>
        <button type="button" data-copy="${joined.apiKey}">${say(lang, '复制密钥', 'Copy the key')}</button>
        <button type="button" data-copy="${setupText(workerUrl, joined.apiKey, lang)}">${say(lang, '复制设置信息', 'Copy the settings')}</button>
      </p>
      <p><small>${say(
        lang,
        '在手机上打开的？把“设置信息”发到微信“文件传输助手”，在电脑上粘贴。在电脑上打开的？用手机扫下面的二维码，把设置信息存一份在手机上。',
        'Opened this on a phone? Send the settings to yourself (WeChat “File Transfer”) and paste them on the computer. On a computer? Scan the code below with your phone to keep a copy there.',
      )}</small></p>
      <div class="qr" data-testid="key-qr" role="img" aria-label="${say(lang, '设置信息二维码', 'Settings QR code')}">${raw(renderSVG(setupText(workerUrl, joined.apiKey, lang)))}</div>
      ${copyScript(say(lang, '已复制', 'Copied'))}
      <ol>
        <li>${say(lang, '在电脑上安装带货浏览器扩展（Chrome / Edge / Firefox）。', 'Install the Daihuo browser extension (Chrome, Edge or Firefox) on a computer.')}</li>
        <li>${say(lang, '打开扩展的设置，服务地址填', 'In its settings, enter the service address')} <strong>${workerUrl}</strong>${say(lang, '，密钥填上面这串。', ' and the key above.')}</li>
        <li>${say(lang, '打开任意商品页，点「生成分享码」，把文案发给好友。', 'Open a product page, make a share code and send it to friends.')}</li>
      </ol>`,
    lang,
  );

/** An invite link that does not exist or was revoked. */
export const inviteNotFoundPage = (lang: PageLang) =>
  pageLayout(
    say(lang, '邀请链接无效', 'Invite not valid'),
    '',
    html`<h1>${say(lang, '这个邀请链接无效或已停用', 'This invite link does not exist or was revoked')}</h1>
      <p>${say(lang, '请向邀请你的人再要一个新的链接。', 'Ask the person who invited you for a new one.')}</p>`,
    lang,
  );

/** Why joining failed, in the joiner's language. */
export const JOIN_FAILURES: Partial<Record<string, { zh: string; en: string }>> = {
  FORBIDDEN: { zh: '暂时不接受通过邀请加入。', en: 'This programme is not taking new members through invites right now.' },
  NOT_FOUND: { zh: '这个邀请链接已失效，请再要一个。', en: 'This invite is not valid any more; ask for a new one.' },
  RATE_LIMITED: { zh: '尝试太频繁，请稍后再试。', en: 'Too many attempts; try again later.' },
};

/** A name the form refused. */
export const BAD_NAME = { zh: '请填写 1–40 个字的名字（不含特殊控制字符）。', en: 'Enter a name of 1 to 40 characters (no control characters).' };
/** Anything else that went wrong. */
export const JOIN_FAILED = { zh: '没有加入成功，请稍后再试。', en: 'Joining did not work; try again later.' };
