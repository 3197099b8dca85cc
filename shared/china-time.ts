/** China has no daylight saving: Asia/Shanghai is always UTC+08:00. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Epoch ms of 00:00 Asia/Shanghai on the day `daysAgo` days before the one holding `now`. */
export function chinaDayStart(now: number, daysAgo = 0): number {
  const local = now + CHINA_OFFSET_MS;
  return local - (local % DAY_MS) - CHINA_OFFSET_MS - daysAgo * DAY_MS;
}

/**
 * A report time as epoch ms. Networks write China time without a zone (`2026-11-20 14:03:05`,
 * `2026/11/20 14:03`, `20261120`); Unix seconds (PDD) and ms (older JD) pass through. Null when empty
 * or unreadable.
 */
export function parseChinaTime(text: string | null | undefined): number | null {
  const value = text?.trim();
  if (!value || value === '--' || value === '0') return null;
  if (/^\d{12,13}$/.test(value)) return Number(value);
  if (/^\d{9,10}$/.test(value)) return Number(value) * 1000;
  const m = /^(\d{4})[-/]?(\d{1,2})[-/]?(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  // Date.UTC would roll 10:99 over to 11:39 and 25:00 into the next day: a time that does not exist is unreadable.
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - CHINA_OFFSET_MS;
  const check = new Date(ms + CHINA_OFFSET_MS);
  // Date.UTC rolls 2026-02-30 over to March; a date that does not exist is unreadable.
  return check.getUTCDate() === Number(d) && check.getUTCMonth() === Number(mo) - 1 ? ms : null;
}

/** The Asia/Shanghai day number of an instant: whole days since 1970-01-01 in China. */
export function chinaDayNumber(at: number): number {
  return Math.floor((at + CHINA_OFFSET_MS) / DAY_MS);
}

/** Epoch ms of 00:00 Asia/Shanghai on China day number `day`. */
export function chinaDayStartOf(day: number): number {
  return day * DAY_MS - CHINA_OFFSET_MS;
}

/** `YYYY-MM-DD` (a China calendar day) → its day number, and back. */
export const chinaDayOfDate = (date: string): number => Math.floor(Date.parse(date) / DAY_MS);
export const dateOfChinaDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** SQL for the China day number of an epoch-ms column; CAST because D1 binds numbers as REAL. */
export const chinaDaySql = (column: string): string => `CAST((${column} + ${CHINA_OFFSET_MS}) / ${DAY_MS} AS INTEGER)`;

/** [start, end) of a calendar month in China time (`2026-11`), as epoch ms. */
export function chinaMonthBounds(month: string): { start: number; end: number } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { start: Date.UTC(year, m - 1, 1) - CHINA_OFFSET_MS, end: Date.UTC(year, m, 1) - CHINA_OFFSET_MS };
}

/** `yyyy-MM-dd HH:mm:ss` in China time — how the networks write times, and how exports print them. */
export const formatChinaTime = (ms: number): string => new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
