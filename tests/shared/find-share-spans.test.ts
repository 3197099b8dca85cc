import { describe, expect, it } from 'vitest';
import { findShareSpans, replaceSpans } from '../../shared/find-share-spans';

const OWN = 'https://dh.example';
const kinds = (text: string) => findShareSpans(text, OWN).map((s) => [s.kind, s.text]);

// Wrappings of share texts in the wild (docs/networks.md §1.13, §2.6): each is found whole, where it is.
describe('findShareSpans', () => {
  it.each([
    ['￥…￥', '复制￥dSvD2AUtV8a￥打开', [['taobao-password', '￥dSvD2AUtV8a￥']]],
    ['₳…₳', '₳dSvD2AUtV8a₳', [['taobao-password', '₳dSvD2AUtV8a₳']]],
    ['€…€', '€dSvD2AUtV8a€', [['taobao-password', '€dSvD2AUtV8a€']]],
    ['(…)', '(dSvD2AUtV8a)', [['taobao-password', '(dSvD2AUtV8a)']]],
    ['/…/', '/dSvD2AUtV8a/', [['taobao-password', '/dSvD2AUtV8a/']]],
    ['the newer app layout', '39￥ CZ3457 dSvD2AUtV8a￥ 纯棉T恤', [['taobao-password', '39￥ CZ3457 dSvD2AUtV8a￥']]],
    ['the newer layout with a short token', '9.9¥ MF168 AbCdEfGh¥', []],
    ['the newer layout, two-digit price', '12€ HU9527 AbCdEfGhIjK€', [['taobao-password', '12€ HU9527 AbCdEfGhIjK€']]],
    ['a protocol-relative JD link', '//3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@ CA1507 「耳机」', [['short-link', '//3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@']]],
    ['a 京口令', '1.0复制整段话 http:/JAbCdEfGh #AbCdEfGhIjKl@ 「耳机」', [['jd-password', '#AbCdEfGhIjKl@']]],
    ['a product URL ending a sentence', '看看 https://item.jd.com/100012043978.html。', [['product-url', 'https://item.jd.com/100012043978.html']]],
    [
      'our own link and password',
      'https://dh.example/s/Kx7mP3qa 或 ￥Kx7mP3qa￥',
      [
        ['daihuo-link', 'https://dh.example/s/Kx7mP3qa'],
        ['daihuo-password', '￥Kx7mP3qa￥'],
      ],
    ],
    ['an unrelated URL is left alone', 'https://example.com/a.html', []],
  ])('%s', (_, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('a whole 线报: links, short links and passwords in order, spans never overlapping', () => {
    const message = [
      '🔥今日好价',
      '1⃣ 蓝月亮洗衣液 券后59.9 👉 https://detail.tmall.com/item.htm?id=612345678901',
      '2⃣ 耳机 【京东】https://3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@ CA1507',
      '3⃣ T恤 复制₳dSvD2AUtV8a₳打开淘宝',
      '4⃣ 纸巾 https://p.pinduoduo.com/abcdEFGH 拍2件',
    ].join('\n');
    const spans = findShareSpans(message, OWN);
    expect(spans.map((s) => s.kind)).toEqual(['product-url', 'short-link', 'taobao-password', 'short-link']);
    for (const s of spans) expect(message.slice(s.start, s.end)).toBe(s.text);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});

// A seeded generator: reproducible, so a failure names its seed.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const PIECES = [
  'https://item.jd.com/100012043978.html',
  '￥dSvD2AUtV8a￥',
  '39￥ CZ3457 AbCdEfGhIjK￥',
  '//3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@',
  '#AbCdEfGhIjKl@',
  'https://m.tb.cn/h.5Bq2sXk?tk=dSvD2AUtV8a',
  '（券后 ¥9.9）',
  '\n',
  '🔥👉',
  '复制本条消息打开淘宝',
  ' ',
  '【京东】',
  'https://example.com/x?y=1',
  '₳',
  '¥',
  '//',
];

describe('replaceSpans keeps every other character', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))('seed %i: the text outside the replaced spans is unchanged', (seed) => {
    const next = random(seed);
    const message = Array.from({ length: 5 + Math.floor(next() * 30) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
    const spans = findShareSpans(message, OWN);
    const out = replaceSpans(
      message,
      spans.map((s, i) => ({ start: s.start, end: s.end, with: `<${i}>` })),
    );
    // Cutting both texts at the placeholders leaves the same pieces in the same order.
    const outside = (text: string, cuts: Array<[number, number]>) => {
      const parts: string[] = [];
      let at = 0;
      for (const [start, end] of cuts) {
        parts.push(text.slice(at, start));
        at = end;
      }
      return [...parts, text.slice(at)];
    };
    expect(out.split(/<\d+>/)).toEqual(
      outside(
        message,
        spans.map((s) => [s.start, s.end]),
      ),
    );
  });

  it('10,000 mutated share texts: never throws, spans always inside the text and in order', () => {
    const next = random(20261207);
    const chars = '￥¥₳€()/#@:. \nhttps:/item.jd.com3.cnm.tb.cnAbCdEfGhIjK0123456789【】「」?=&%\u202E\u0000😀';
    for (let n = 0; n < 10_000; n++) {
      const base = PIECES[Math.floor(next() * PIECES.length)]! + PIECES[Math.floor(next() * PIECES.length)]!;
      let text = base;
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(next() * (text.length + 1));
        text = text.slice(0, at) + chars[Math.floor(next() * chars.length)] + text.slice(at + Math.floor(next() * 2));
      }
      const spans = findShareSpans(text, OWN);
      let end = 0;
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(end);
        expect(text.slice(s.start, s.end)).toBe(s.text);
        end = s.end;
      }
    }
  });
});
