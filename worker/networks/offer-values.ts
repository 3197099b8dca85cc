import { rateCell, yuanCell } from '../order-reports/row-values';

// Values in the networks' answers, read with the same decimal-digit rules as their order reports
// (worker/order-reports/row-values.ts): no binary floating point touches an amount.

/** A yuan amount (string or JSON number) in fen; null when absent or unreadable. */
export const yuanToFen = (value: unknown): number | null => (typeof value === 'number' || typeof value === 'string' ? (yuanCell(String(value)) ?? null) : null);

/** A percentage (`5.00`, `3`) in basis points; null when absent or unreadable. */
export const percentToBp = (value: unknown): number | null =>
  typeof value === 'number' || typeof value === 'string' ? (rateCell(String(value)) ?? null) : null;

/** The value of the affiliate's channel id of one kind (`relation:123` → `123`), if they registered one. */
export const channelIdValue = (ids: readonly string[], kind: string): string | undefined => ids.find((id) => id.startsWith(`${kind}:`))?.slice(kind.length + 1);
