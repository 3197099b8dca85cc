import { describe, expect, it } from 'vitest';
import { findInShareText } from '../../shared/find-in-share-text';

const OWN = 'https://dh.example';
const first = (text: string) => findInShareText(text, OWN)[0] ?? null;

// Real-looking share texts from docs/networks.md §1.13 and §2.8.
describe('findInShareText', () => {
  it.each([
    ['a bare product URL', 'https://item.jd.com/100012043978.html', { kind: 'product-url', product: { platform: 'jd', productId: '100012043978' } }],
    [
      'a product URL inside text',
      '看看这个 https://detail.tmall.com/item.htm?id=612345678901。很好用',
      { kind: 'product-url', product: { platform: 'tmall', productId: '612345678901' } },
    ],
    ['a PDD goods URL', '拼多多 https://mobile.yangkeduo.com/goods.html?goods_id=123456789012', { kind: 'product-url', product: { platform: 'pdd' } }],
    [
      'the current Taobao app layout',
      '【淘宝】7天无理由退货 https://m.tb.cn/h.5Bq2sXk?tk=dSvD2AUtV8a CZ3457 「纯棉短袖T恤男夏季宽松」\n点击链接直接打开 或者 淘宝搜索直接打开',
      { kind: 'short-link', platform: 'taobao', url: 'https://m.tb.cn/h.5Bq2sXk?tk=dSvD2AUtV8a' },
    ],
    ['an e.tb.cn link', '【淘宝】https://e.tb.cn/h.gXyZ12345abcdEF?tk=AbCdEfGhIjK MF168 「洗衣液」', { kind: 'short-link', platform: 'taobao' }],
    [
      'the JD app layout',
      '【京东】https://3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@ CA1507 「Apple AirPods Pro」\n点击链接直接打开 或者复制文案打开京东',
      { kind: 'short-link', platform: 'jd', url: 'https://3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@' },
    ],
    ['a JD union short link', 'https://u.jd.com/AbCdEfG', { kind: 'short-link', platform: 'jd' }],
    ['a PDD short link', 'https://p.pinduoduo.com/abcdEFGH', { kind: 'short-link', platform: 'pdd' }],
    ['a classic ￥ password', '复制这段描述￥dSvD2AUtV8a￥后到淘宝', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['a ¥ password', '¥dSvD2AUtV8a¥', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['a ₤ password', '₤dSvD2AUtV8a₤', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['a ¤ password', '¤dSvD2AUtV8a¤', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['a $ password', '$dSvD2AUtV8a$', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['a / closing mark', '€dSvD2AUtV8a/', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['a bracketed password', '(dSvD2AUtV8a)', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['homoglyph junk around it', '復·制这段描述₳dSvD2AUtV8a₳咑閞👉淘♂寳♀👈', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['the iOS-14 model text', '97¥ CZ3457 dSvD2AUtV8a¥ https://m.tb.cn/h.5Bq2sXk 纯棉T恤', { kind: 'short-link', platform: 'taobao' }],
    ['the newer app layout without a link', '39￥ CZ3457 dSvD2AUtV8a￥ 纯棉短袖T恤', { kind: 'taobao-password', token: 'dSvD2AUtV8a' }],
    ['a 2021 京口令', '1.0复制整段话 http:/JAbCdEfGh #AbCdEfGhIjKl@ 「耳机」', { kind: 'jd-password', token: 'AbCdEfGhIjKl' }],
    ['our own short link', '好物 https://dh.example/s/Kx7mP3qa', { kind: 'daihuo-link', code: 'Kx7mP3qa' }],
    ['our own password', '【淘宝】纯棉T恤 ¥39.9\n复制本条消息 ￥Kx7mP3qa￥ 打开淘宝APP即可查看', { kind: 'daihuo-password', code: 'Kx7mP3qa' }],
  ])('%s', (_, text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it('prefers a product URL over anything else in the same text', () => {
    const kinds = findInShareText('￥dSvD2AUtV8a￥ https://m.tb.cn/h.5Bq2sXk https://item.taobao.com/item.htm?id=678901234567', OWN).map((f) => f.kind);
    expect(kinds).toEqual(['product-url', 'short-link', 'taobao-password']);
  });

  it('reads the ?tk= and jkl=@…@ tokens of a short link as its password, after the link itself', () => {
    expect(findInShareText('https://m.tb.cn/h.5Bq2sXk?tk=dSvD2AUtV8a', OWN)).toEqual([
      { kind: 'short-link', platform: 'taobao', url: 'https://m.tb.cn/h.5Bq2sXk?tk=dSvD2AUtV8a' },
      { kind: 'taobao-password', token: 'dSvD2AUtV8a' },
    ]);
    expect(findInShareText('【京东】https://3.cn/-2WCEI8M?jkl=@AbCdEfGhIjKl@ CA1507', OWN).map((f) => f.kind)).toEqual(['short-link', 'jd-password']);
  });

  it.each([
    ['🎵…📲', '【淘宝】🎵dSvD2AUtV8a📲 纯棉T恤'],
    ['(…)/', '(dSvD2AUtV8a)/ 打开手淘'],
    ['digit-prefixed', '3￥dSvD2AUtV8a￥ 纯棉T恤'],
    ['¢…¢', '¢dSvD2AUtV8a¢'],
    ['₳…₳', '₳dSvD2AUtV8a₳'],
  ])('a 淘口令 in any wrapping: %s', (_, text) => {
    expect(findInShareText(text, OWN)).toContainEqual({ kind: 'taobao-password', token: 'dSvD2AUtV8a' });
  });

  it('finds protocol-relative item links as pages write them', () => {
    expect(first('<a href="//item.jd.com/100012043978.html">')).toMatchObject({ kind: 'product-url', product: { platform: 'jd', productId: '100012043978' } });
  });

  it('ignores links of other sites, including look-alike and our link on another host', () => {
    expect(findInShareText('https://evil.example/s/Kx7mP3qa https://item.jd.com.evil.example/1.html https://t.cn/abc', OWN)).toEqual([]);
  });

  it('survives control characters and zero-width joiners inside the text', () => {
    expect(first('\u0000【淘宝】\u200Bhttps://item.taobao.com/item.htm?id=678901234567\u0007')).toMatchObject({ kind: 'product-url' });
  });

  it('finds nothing in ordinary text', () => {
    expect(findInShareText('今天天气不错，一起去吃饭吧 (OK)', OWN)).toEqual([]);
  });
});
