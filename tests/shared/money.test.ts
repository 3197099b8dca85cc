import { describe, expect, it } from 'vitest';
import { formatFen, parseYuanToFen } from '../../shared/money';

describe('parseYuanToFen', () => {
  it.each([
    ['19.99', 1999],
    ['19.9', 1990],
    ['19', 1900],
    ['0.01', 1],
    ['1,299.00', 129900],
    ['0.005', 1],
    ['0.004', 0],
    ['2.675', 268], // binary floats would give 267
    [' 8.5 ', 850],
  ])('%j → %d fen', (text, fen) => expect(parseYuanToFen(text)).toBe(fen));

  it.each(['', 'abc', '-1', '1.2.3', '¥19'])('refuses %j', (text) => expect(parseYuanToFen(text)).toBeNull());
});

describe('formatFen', () => {
  it.each([
    [1999, '19.99'],
    [1990, '19.9'],
    [1900, '19'],
    [1, '0.01'],
    [0, '0'],
    [149900, '1499'],
  ])('%d → %s', (fen, text) => expect(formatFen(fen)).toBe(text));
});
