import { parseProductUrl, shortLinkPlatform, toWebUrl, type PlatformId } from './platforms';
import { SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH } from './share-code';

/**
 * One thing in a message that stands for a product — a product link, a shop short link, one of our links,
 * a 淘口令 or 京口令 in any of the wrappings seen in the wild — with where it sits, so a converter can put
 * the affiliate's own in its place and leave every other character alone.
 */
export type ShareSpan = {
  start: number;
  end: number;
  /** The characters the span covers, exactly as in the message. */
  text: string;
} & (
  | { kind: 'product-url' | 'short-link'; platform: PlatformId; url: string }
  | { kind: 'daihuo-link' | 'daihuo-password'; code: string }
  | {
      kind: 'taobao-password';
      token: string;
      /** The span with the token taken out, `{token}` in its place: a new token goes back in the same style. */
      style: string;
    }
  | { kind: 'jd-password'; token: string }
);

// A URL runs until whitespace or the CJK punctuation share texts put right after it; pages and JD's share
// texts also write links protocol-relative (`//3.cn/…`).
const URL_PATTERN = /(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s「」【】《》<>"'，。！、（）]*/gi;
const TRAILING = /[.,;:!?)\]]+$/;
// The marks around a 淘口令 (docs/networks.md §1.13): any non-space, non-ASCII-word character; the newer app
// layout writes `39￥ CZ3457 {token}￥` — a price, the mark, a scene code, then the token.
const NEW_LAYOUT = /(\d{0,4}[^\s\w])(\s?[A-Z]{2}\d{4}\s)([A-Za-z0-9]{8,13})([^\s\w])/g;
const CLASSIC = /([^\s\w])([A-Za-z0-9]{11})([^\s\w])/g;
// 京口令 `#{token}@` (and the `@{token}@` of 3.cn links when written out of one).
const JD_TOKEN = /[#@]([A-Za-z0-9]{8,16})\s?@/g;
const OWN_CODE = new RegExp(`([^\\s\\w])([${SHARE_CODE_ALPHABET}]{${SHARE_CODE_LENGTH}})([^\\s\\w])`, 'g');

function urlSpans(text: string, ownOrigin: string | null): ShareSpan[] {
  const spans: ShareSpan[] = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    // `http:/J…` (a 2021 京口令's key) and `a//b` inside words are not links.
    if (m.index > 0 && /[\w:/]/.test(text[m.index - 1]!) && !m[0].startsWith('http')) continue;
    const raw = m[0].replace(TRAILING, '');
    const at = { start: m.index, end: m.index + raw.length, text: raw };
    const url = toWebUrl(raw);
    if (!url) continue;
    const product = parseProductUrl(url);
    const own = ownOrigin && url.origin === ownOrigin ? /^\/s\/([^/]+)$/.exec(url.pathname)?.[1] : undefined;
    const shop = shortLinkPlatform(url);
    if (product) spans.push({ ...at, kind: 'product-url', platform: product.platform, url: url.href });
    else if (own) spans.push({ ...at, kind: 'daihuo-link', code: own });
    else if (shop) spans.push({ ...at, kind: 'short-link', platform: shop, url: url.href });
  }
  return spans;
}

/**
 * Every product link, shop short link, one of our links or passwords, 淘口令 and 京口令 in a message, in
 * order and never overlapping (a link's own `?tk=` is part of the link). Pure: what each stands for is
 * the caller's business.
 */
export function findShareSpans(text: string, ownOrigin: string | null): ShareSpan[] {
  const spans = urlSpans(text, ownOrigin);
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  const add = (span: ShareSpan) => free(span.start, span.end) && spans.push(span);
  for (const m of text.matchAll(OWN_CODE)) {
    add({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'daihuo-password', code: m[2]! });
  }
  for (const m of text.matchAll(NEW_LAYOUT)) {
    const [whole, lead, scene, token, close] = m as unknown as [string, string, string, string, string];
    add({ start: m.index, end: m.index + whole.length, text: whole, kind: 'taobao-password', token, style: `${lead}${scene}{token}${close}` });
  }
  for (const m of text.matchAll(CLASSIC)) {
    const [whole, open, token, close] = m as unknown as [string, string, string, string];
    add({ start: m.index, end: m.index + whole.length, text: whole, kind: 'taobao-password', token, style: `${open}{token}${close}` });
  }
  for (const m of text.matchAll(JD_TOKEN)) add({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'jd-password', token: m[1]! });
  return spans.sort((a, b) => a.start - b.start);
}

/** The message with each span's text replaced (spans in order, not overlapping); every other character kept. */
export function replaceSpans(text: string, replacements: ReadonlyArray<{ start: number; end: number; with: string }>): string {
  let out = '';
  let at = 0;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, r.start) + r.with;
    at = r.end;
  }
  return out + text.slice(at);
}
