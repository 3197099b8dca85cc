import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../extension/share/wrap-text';

// One unit per character: easy to reason about line widths.
const measure = (s: string) => [...s].length;

describe('wrapText', () => {
  it('breaks Chinese text at any character', () => {
    expect(wrapText('纯棉短袖T恤男夏季宽松', 4, 3, measure)).toEqual(['纯棉短袖', 'T恤男夏', '季宽松']);
  });

  it('ends the last allowed line with an ellipsis when text is left over', () => {
    expect(wrapText('一二三四五六七八九十', 4, 2, measure)).toEqual(['一二三四', '五六七…']);
  });

  it('returns nothing for empty text and one line for short text', () => {
    expect(wrapText('  ', 4, 2, measure)).toEqual([]);
    expect(wrapText('短', 4, 2, measure)).toEqual(['短']);
  });

  it('never returns more lines than allowed', () => {
    expect(wrapText('x'.repeat(100), 3, 3, measure)).toHaveLength(3);
  });
});
