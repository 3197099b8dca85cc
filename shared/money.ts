/**
 * Money is integer fen (分). Parsing a yuan string rounds half away from zero to the nearest fen,
 * done on the decimal digits themselves so no binary floating point ever touches an amount.
 */
export function parseYuanToFen(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:\.(\d+))?\s*$/.exec(text.replace(/[,，]/g, ''));
  if (!match) return null;
  const [, whole = '0', frac = ''] = match;
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
  return fen + (Number(frac[2] ?? '0') >= 5 ? 1 : 0);
}

/** `1999` → `"19.99"`; `1900` → `"19"`. Trailing zero fen are dropped, as shops display prices. */
export function formatFen(fen: number): string {
  const yuan = Math.trunc(fen / 100);
  const rest = Math.abs(fen % 100);
  if (rest === 0) return String(yuan);
  return `${yuan}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** `-1230` → `"-12.30"`: always two decimals and the sign of the whole amount, as statements print money. */
export function fenToYuan(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
