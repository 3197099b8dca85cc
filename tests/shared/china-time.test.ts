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

describe('parseChinaTime', () => {
  it('reads the networks’ forms as China time', async () => {
    const { parseChinaTime } = await import('../../shared/china-time');
    expect(parseChinaTime('2026-11-20 10:15:32')).toBe(Date.parse('2026-11-20T10:15:32+08:00'));
    expect(parseChinaTime('2026/11/20 9:05')).toBe(Date.parse('2026-11-20T09:05:00+08:00'));
    expect(parseChinaTime('20261120')).toBe(Date.parse('2026-11-20T00:00:00+08:00'));
    expect(parseChinaTime('1795000000')).toBe(1_795_000_000_000);
    expect(parseChinaTime('2026-11-20 23:59:59')).toBe(Date.parse('2026-11-20T23:59:59+08:00'));
  });

  it.each(['2026-02-30', '2026-11-20 10:99:00', '2026-11-20 25:00', '2026-11-20 10:00:61', '2026-11-20 24:00:00', '2026-13-01', '', '--'])(
    'refuses %j rather than rolling it over',
    async (text) => {
      const { parseChinaTime } = await import('../../shared/china-time');
      expect(parseChinaTime(text)).toBeNull();
    },
  );
});
