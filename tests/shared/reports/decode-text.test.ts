import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/reports/decode-text';

const utf8 = (s: string) => new TextEncoder().encode(s);
// GBK bytes of "订单编号,订单状态\n3012,订单付款" (from the gb18030 table).
const GBK = new Uint8Array([
  0xb6, 0xa9, 0xb5, 0xa5, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xb6, 0xa9, 0xb5, 0xa5, 0xd7, 0xb4, 0xcc, 0xac, 0x0a, 0x33, 0x30, 0x31, 0x32, 0x2c, 0xb6, 0xa9, 0xb5,
  0xa5, 0xb8, 0xb6, 0xbf, 0xee,
]);

describe('decodeText', () => {
  it('reads GBK as GBK', () => {
    expect(decodeText(GBK)).toEqual({ text: '订单编号,订单状态\n3012,订单付款', encoding: 'gbk' });
  });

  it('reads UTF-8 with one stray byte as UTF-8, spoiling only that cell', () => {
    const good = utf8('订单编号,商品标题\n3012,纯棉短袖T恤男夏季宽松\n3013,蓝月亮洗衣液 深层洁净\n');
    const spoiled = new Uint8Array([...good.subarray(0, good.length - 1), 0xff, 0x0a]);
    const { text, encoding } = decodeText(spoiled);
    expect(encoding).toBe('utf-8');
    expect(text).toContain('纯棉短袖T恤男夏季宽松');
    expect(text).toContain('\uFFFD');
  });

  // The hostile review's case: a small file (two short cells) with one stray byte was read as GBK.
  it.each([1, 2, 3])('a small UTF-8 file with %i stray byte(s) stays UTF-8', (strays) => {
    const good = utf8('订单编号,商品标题\n3012,保温杯\n');
    const spoiled = new Uint8Array([...good, ...Array(strays).fill(0xa0), ...utf8('\n')]);
    const { text, encoding } = decodeText(spoiled);
    expect(encoding).toBe('utf-8');
    expect(text).toContain('订单编号,商品标题\n3012,保温杯');
  });

  it('reads GBK as GBK at every size: a header alone, and 20,000 lines', () => {
    expect(decodeText(GBK.subarray(0, 17)).encoding).toBe('gbk'); // 订单编号,订单状态
    const many = new Uint8Array(GBK.length * 20_000 + 20_000);
    for (let i = 0; i < 20_000; i++) {
      many.set(GBK, i * (GBK.length + 1));
      many[i * (GBK.length + 1) + GBK.length] = 0x0a;
    }
    const { text, encoding } = decodeText(many);
    expect(encoding).toBe('gbk');
    expect(text.split('\n').at(-2)).toBe('3012,订单付款');
  });

  it.each([
    [new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('订单')]), 'utf-8-bom'],
    [new Uint8Array([0xff, 0xfe, 0xa2, 0x8b, 0x55, 0x53]), 'utf-16le'],
    [utf8('plain ascii,1'), 'utf-8'],
  ])('BOMs and plain text: %#', (bytes, encoding) => {
    expect(decodeText(bytes).encoding).toBe(encoding);
  });
});
