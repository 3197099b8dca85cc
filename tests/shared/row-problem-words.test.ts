import { describe, expect, it } from 'vitest';
import { ROW_PROBLEMS } from '../../shared/schemas/orders';
import { rowProblemWords } from '../../shared/report-words';

describe('a refused row in words', () => {
  it('reads in Chinese with the file’s own column and cell, and nothing else in English', () => {
    for (const problem of ROW_PROBLEMS) {
      const zh = rowProblemWords(problem, '创建时间', '火星', 'zh');
      expect(zh, problem).not.toMatch(/[A-Za-z]/);
      expect(rowProblemWords(problem, '创建时间', '火星', 'en'), problem).toMatch(/[A-Za-z]/);
    }
    expect(rowProblemWords('unknown-status', '订单状态', '火星', 'zh')).toBe('不认识的订单状态 "火星"');
    expect(rowProblemWords('bad-time', 'orderTime', '2026-11-20 25:00:00', 'en')).toBe('orderTime "2026-11-20 25:00:00" is not a date');
  });

  it('names a broken line field in the reader’s words, not ours', () => {
    expect(rowProblemWords('bad-value', 'paidAmountFen', null, 'zh')).toBe('付款金额的值不符合要求');
    expect(rowProblemWords('bad-value', 'channelIds.2', null, 'zh')).toBe('渠道ID的值不符合要求');
    expect(rowProblemWords('bad-value', 'paidAmountFen', null, 'en')).toBe('the paid amount is not valid');
  });
});
