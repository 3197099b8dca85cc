/** China has no daylight saving: Asia/Shanghai is always UTC+08:00. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Epoch ms of 00:00 Asia/Shanghai on the day `daysAgo` days before the one holding `now`. */
export function chinaDayStart(now: number, daysAgo = 0): number {
  const local = now + CHINA_OFFSET_MS;
  return local - (local % DAY_MS) - CHINA_OFFSET_MS - daysAgo * DAY_MS;
}
