import { describe, expect, it } from 'vitest';
import { chinaDayStart } from '../../shared/china-time';

describe('chinaDayStart', () => {
  it('starts the China day at 16:00 UTC of the previous UTC day', () => {
    expect(chinaDayStart(Date.parse('2026-11-26T03:00:00Z'))).toBe(Date.parse('2026-11-25T16:00:00Z'));
    expect(chinaDayStart(Date.parse('2026-11-25T15:59:59.999Z'))).toBe(Date.parse('2026-11-24T16:00:00Z'));
    expect(chinaDayStart(Date.parse('2026-11-25T16:00:00Z'))).toBe(Date.parse('2026-11-25T16:00:00Z'));
  });

  it('steps back whole days', () => {
    expect(chinaDayStart(Date.parse('2026-11-26T03:00:00Z'), 6)).toBe(Date.parse('2026-11-19T16:00:00Z'));
  });
});

describe('China day numbers', () => {
  it('round-trips between instants, day numbers and dates', async () => {
    const { chinaDayNumber, chinaDayStartOf, chinaDayOfDate, dateOfChinaDay } = await import('../../shared/china-time');
    const day = chinaDayNumber(Date.parse('2026-11-25T16:30:00Z')); // 00:30 on the 26th in Shanghai
    expect(dateOfChinaDay(day)).toBe('2026-11-26');
    expect(chinaDayOfDate('2026-11-26')).toBe(day);
    expect(chinaDayStartOf(day)).toBe(Date.parse('2026-11-25T16:00:00Z'));
  });
});
