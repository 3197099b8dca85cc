// The networks give sales as a number (淘宝联盟 `volume`, 京东 `inOrderCount`) or as the shop's own words
// (多多进宝 `sales_tip`: "1万+", "10w+", "3000+", "已售1.2万件"); both read as the count they at least mean.
const SALES = /(\d+(?:\.\d+)?)\s*([万wW千kK])?/;
const UNIT: Record<string, number> = { 万: 10_000, w: 10_000, W: 10_000, 千: 1_000, k: 1_000, K: 1_000 };

/** Sales as a whole number (a lower bound where the network wrote "+"), or null when there is none. */
export function parseSalesCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.floor(value) : null;
  if (typeof value !== 'string') return null;
  const match = SALES.exec(value.replace(/,/g, ''));
  if (!match) return null;
  const count = Math.floor(Number(match[1]) * (match[2] ? UNIT[match[2]]! : 1));
  return Number.isSafeInteger(count) && count > 0 ? count : null;
}

/** Sales as a shop shows them: 880, 9,999, then 1万+, 1.2万+ (floored: never more than was sold). */
export function formatSalesCount(count: number): string {
  if (count < 10_000) return count.toLocaleString('zh-CN');
  return `${Math.floor(count / 1_000) / 10}万+`;
}
