import { parseProductUrl, shortLinkPlatform, toWebUrl, type PlatformId, type ProductRef } from './platforms';
import { SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH } from './share-code';

/** What a pasted text turned out to hold, best interpretation first. */
export type ShareTextFinding =
  | { kind: 'product-url'; product: ProductRef }
  | { kind: 'daihuo-link'; code: string }
  | { kind: 'daihuo-password'; code: string }
  | { kind: 'short-link'; platform: PlatformId; url: string }
  | { kind: 'taobao-password'; token: string }
  | { kind: 'jd-password'; token: string };

// A URL runs until whitespace or the CJK punctuation share texts put right after it. Pages also link
// items protocol-relative (`//item.jd.com/…`).
const URL_PATTERN = /(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s「」【】《》<>"'，。！、（）]*/gi;
// Any non-space, non-word mark on each side of the token (docs/networks.md §1.13). JS `\w` is ASCII-only,
// so CJK characters count as marks too; the token itself must be plain base62.
const TAOBAO_TOKEN = /[^\s\w]([A-Za-z0-9]{11})[^\s\w]/g;
// The newer app layout: `39￥ CZ3457 {token}￥` — a price, the mark, a scene code, a space, the token.
const TAOBAO_NEW_LAYOUT = /\d{0,4}[^\s\w]\s?[A-Z]{2}\d{4}\s([A-Za-z0-9]{8,13})[^\s\w]/g;
// 京口令 `#{token}@` and the `@{token}@` in 3.cn share links (docs/networks.md §2.6).
const JD_TOKEN = /[#@]([A-Za-z0-9]{8,16})\s?@/;
const OWN_CODE = new RegExp(`[^\\s\\w]([${SHARE_CODE_ALPHABET}]{${SHARE_CODE_LENGTH}})[^\\s\\w]`, 'g');
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g;

/**
 * Every interpretation of a pasted text, in priority order: a product URL, one of our own short links
 * (`{ownOrigin}/s/{code}`) or passwords (`￥{code}￥`), a shop short link, a Taobao or JD password.
 * Pure: whether a code exists or a short link resolves is the caller's business.
 */
export function findInShareText(input: string, ownOrigin: string | null): ShareTextFinding[] {
  const text = input.replace(CONTROL_CHARS, ' ');
  const urls = [...text.matchAll(URL_PATTERN)]
    .filter((m) => m.index === 0 || !/[\w:/]/.test(text[m.index - 1]!) || m[0].startsWith('http'))
    .map((m) => m[0].replace(/[.,;:!?)\]]+$/, ''));
  const findings: ShareTextFinding[] = [];

  for (const raw of urls) {
    const product = parseProductUrl(raw);
    if (product) findings.push({ kind: 'product-url', product });
  }
  for (const raw of urls) {
    const url = toWebUrl(raw);
    const code = url && ownOrigin && url.origin === ownOrigin ? /^\/s\/([^/]+)$/.exec(url.pathname)?.[1] : undefined;
    if (code) findings.push({ kind: 'daihuo-link', code });
  }
  for (const match of text.matchAll(OWN_CODE)) findings.push({ kind: 'daihuo-password', code: match[1]! });
  for (const raw of urls) {
    const platform = shortLinkPlatform(raw);
    if (platform) findings.push({ kind: 'short-link', platform, url: raw });
  }
  // Tokens inside URLs (`?tk=…`, `?jkl=@…@`) are read through the short link first; they count as the
  // text's password only after the passwords written out in the text itself.
  const outsideUrls = urls.reduce((rest, url) => rest.replace(url, ' '), text);
  for (const match of outsideUrls.matchAll(TAOBAO_TOKEN)) findings.push({ kind: 'taobao-password', token: match[1]! });
  for (const match of outsideUrls.matchAll(TAOBAO_NEW_LAYOUT)) {
    if (!findings.some((f) => f.kind === 'taobao-password' && f.token === match[1])) findings.push({ kind: 'taobao-password', token: match[1]! });
  }
  const jd = JD_TOKEN.exec(outsideUrls);
  if (jd) findings.push({ kind: 'jd-password', token: jd[1]! });
  for (const raw of urls) {
    const url = toWebUrl(raw);
    const tk = url?.searchParams.get('tk');
    if (url && shortLinkPlatform(url) === 'taobao' && tk && /^[A-Za-z0-9]{11}$/.test(tk)) findings.push({ kind: 'taobao-password', token: tk });
    const jkl = url && shortLinkPlatform(url) === 'jd' ? /^@?([A-Za-z0-9]{8,16})\s?@?$/.exec(url.searchParams.get('jkl') ?? '') : null;
    if (jkl) findings.push({ kind: 'jd-password', token: jkl[1]! });
  }
  return findings;
}
