import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../extension/share/wrap-text';

// One unit per character: easy to reason about line widths.
const measure = (s: string) => [...s].length;

describe('wrapText', () => {
  // Titles as shops write them; at every width each protected run stays on one line, and no line is too wide.
  it.each([
    ['Apple iPhone 15 Pro Max 256G/B 钛金属', ['256G/B', 'iPhone', 'Max']],
    ['限时特惠 截止31/6 速抢', ['31/6']],
    ['蓝月亮洗衣液深层洁净3kg×2瓶装', ['3kg×2']],
    ['小米14 徕卡光学镜头 12GB+256GB 黑色', ['12GB+256GB', '14']],
    ['买一送一，今天下单。', ['一，', '单。']],
  ])('%s keeps %j whole at every width', (text, whole) => {
    // From the width of the longest protected run: a run wider than a line can only be cut.
    for (let width = Math.max(6, ...whole.map(measure)); width <= 16; width++) {
      const lines = wrapText(text, width, 20, measure);
      for (const line of lines) expect(measure(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      for (const run of whole)
        expect(
          lines.some((l) => l.includes(run)),
          `${width}: ${JSON.stringify(lines)}`,
        ).toBe(true);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });

  it('breaks Chinese between words, not inside them', () => {
    expect(wrapText('纯棉短袖男夏季宽松', 4, 3, measure)).toEqual(['纯棉短袖', '男夏季', '宽松']);
  });

  it('ends the last allowed line with an ellipsis when text is left over', () => {
    expect(wrapText('一二三四五六七八九十', 4, 2, measure)).toEqual(['一二三四', '五六七…']);
  });

  it('cuts a run longer than a whole line by character, the only place it happens', () => {
    expect(wrapText('ABCDEFGHIJ', 4, 3, measure)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('returns nothing for empty text and one line for short text', () => {
    expect(wrapText('  ', 4, 2, measure)).toEqual([]);
    expect(wrapText('短', 4, 2, measure)).toEqual(['短']);
  });

  it('never returns more lines than allowed', () => {
    expect(wrapText('x '.repeat(100), 3, 3, measure)).toHaveLength(3);
  });
});

describe('words joined with U+2060', () => {
  it('keeps 已售 and its number on one line at every width, and draws no joiner', async () => {
    const { WORD_JOINER } = await import('../../../extension/share/wrap-text');
    const text = `京东自营 · 已售${WORD_JOINER}880`;
    // From the joined unit's own width (the test's measure counts the joiner, a canvas does not).
    for (let width = 7; width <= 14; width++) {
      const lines = wrapText(text, width, 4, measure);
      expect(
        lines.some((l) => l.includes('已售880')),
        `${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
      expect(lines.join('')).not.toContain(WORD_JOINER);
    }
    // After a space too: the number holds on to the word before it.
    for (let width = 11; width <= 14; width++) {
      const lines = wrapText(`Apple Store · Sold ${WORD_JOINER}3,200`, width, 4, measure);
      expect(
        lines.some((l) => l.includes('Sold 3,200')),
        `${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
    // Without the joiner the narrow line parts them: the joiner is what holds them.
    expect(wrapText('京东自营 · 已售880', 9, 4, measure).some((l) => l.includes('已售880'))).toBe(false);
  });
});
