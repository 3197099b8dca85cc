import { describe, expect, it } from 'vitest';
import { formatSalesCount, parseSalesCount } from '../../shared/sales-count';

describe('parseSalesCount', () => {
  it.each([
    [880, 880],
    ['880', 880],
    ['1万+', 10_000],
    ['1.2万', 12_000],
    ['10w+', 100_000],
    ['10W+', 100_000],
    ['3000+', 3_000],
    ['已售1.2万件', 12_000],
    ['月销 2,345', 2_345],
    ['5k+', 5_000],
    [0, null],
    ['0', null],
    ['', null],
    ['暂无', null],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
    ['9'.repeat(40), null],
  ])('%j → %j', (value, count) => {
    expect(parseSalesCount(value)).toBe(count);
  });
});

describe('formatSalesCount', () => {
  it.each([
    [880, '880'],
    [9_999, '9,999'],
    [10_000, '1万+'],
    [12_345, '1.2万+'],
    [19_999, '1.9万+'],
    [1_000_000, '100万+'],
  ])('%j → %j', (count, text) => {
    expect(formatSalesCount(count)).toBe(text);
  });
});
