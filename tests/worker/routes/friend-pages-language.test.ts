import { describe, expect, it } from 'vitest';
import { call, makeAffiliate } from '../client';

// The pages a friend or a joiner sees speak one language: Chinese, or English when the browser puts it first.
const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2f) NetType/WIFI Language/zh_CN';
const ZH = { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8' };
const EN = { 'Accept-Language': 'en-US,en;q=0.9' };

/** The words a reader sees: the body's text without tags, scripts, styles, links or the product's own title. */
const visible = (page: string, ...own: string[]) =>
  own
    .reduce((text, word) => text.replaceAll(word, ''), page)
    .replace(/<(script|style|title)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, '');
const english = /[A-Za-z]{4,}/;
const han = /\p{Script=Han}/u;

async function inviteCode(): Promise<{ code: string; inviter: string }> {
  const inviter = '王姐';
  const boss = await makeAffiliate(inviter);
  const made = (await (await call('/api/me/invites', { token: boss.apiKey, json: {} })).json()) as { code: string };
  return { code: made.code, inviter };
}

describe('pages friends and joiners see', () => {
  it('a missing share link: Chinese only for a Chinese browser, English only for an English one', async () => {
    const zh = await (await call('/s/NoSuch123', { headers: ZH })).text();
    expect(zh).toContain('<html lang="zh-CN">');
    expect(visible(zh)).not.toMatch(english);
    const en = await (await call('/s/NoSuch123', { headers: EN })).text();
    expect(en).toContain('<html lang="en">');
    expect(visible(en)).not.toMatch(han);
  });

  it('the WeChat landing of a Taobao code', async () => {
    const { apiKey } = await makeAffiliate();
    const { code } = (await (
      await call('/api/codes', { token: apiKey, json: { url: 'https://item.taobao.com/item.htm?id=612345678901', title: '保温杯' } })
    ).json()) as {
      code: string;
    };
    const zh = await (await call(`/s/${code}`, { headers: { ...ZH, 'User-Agent': WECHAT_UA } })).text();
    expect(visible(zh, '保温杯')).toContain('在浏览器打开');
    expect(visible(zh, '保温杯')).not.toMatch(english);
    const en = await (await call(`/s/${code}`, { headers: { ...EN, 'User-Agent': WECHAT_UA } })).text();
    expect(visible(en, '保温杯')).toContain('Open in browser');
    expect(visible(en, '保温杯')).not.toMatch(han);
  });

  it('the join page, its refusal and the welcome with the key', async () => {
    for (const [headers, lang] of [
      [ZH, 'zh'],
      [EN, 'en'],
    ] as const) {
      const { code, inviter } = await inviteCode();
      const page = await (await call(`/join/${code}`, { headers })).text();
      const refused = await (
        await call(`/join/${code}`, { headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ name: ' ' }) })
      ).text();
      const welcome = await (
        await call(`/join/${code}`, {
          headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ name: '小周' }),
        })
      ).text();
      const missing = await (await call('/join/NoSuchCode', { headers })).text();
      for (const [name, text] of Object.entries({ page, refused, welcome, missing })) {
        // Browser names are names in Chinese too.
        const words = visible(text, inviter, '小周', 'Chrome', 'Edge', 'Firefox').replace(/dh_\w+/g, '');
        if (lang === 'zh') expect(words, name).not.toMatch(english);
        else expect(words, name).not.toMatch(han);
      }
      expect(welcome).toMatch(/data-testid="api-key">dh_\w{32}</);
    }
  });
});
