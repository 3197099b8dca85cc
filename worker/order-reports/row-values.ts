import { parseYuanToFen } from '../../shared/money';
import type { RowProblem } from '../../shared/schemas/orders';
import { rowProblemWords } from '../../shared/report-words';
import type { RowRefusal } from './types';

/** Trimmed cell text; export placeholders (`--`, `-`, `null`) count as empty. */
export function cell(value: string | undefined): string | null {
  const v = value?.trim().replace(/^="?|"$/g, ''); // Excel's ="123" guard against number mangling
  return v && v !== '--' && v !== '-' && v.toLowerCase() !== 'null' ? v : null;
}

/** A yuan amount (`12.34`, `¥1,234.5`) in fen; null when empty; undefined when unreadable. */
export function yuanCell(value: string | undefined): number | null | undefined {
  const v = cell(value)?.replace(/^[¥￥]\s*/, '');
  if (v === null || v === undefined) return null;
  return parseYuanToFen(v) ?? undefined;
}

/** A whole number of fen (PDD reports amounts in fen). */
export function fenCell(value: string | undefined): number | null | undefined {
  const v = cell(value);
  if (v === null) return null;
  return /^\d{1,12}$/.test(v) ? Number(v) : undefined;
}

/** `kind:value` channel ids for the non-empty cells, skipping JD/Taobao's `0` placeholders. */
export function channelIds(pairs: ReadonlyArray<[kind: string, value: string | undefined]>): string[] {
  return pairs.flatMap(([kind, value]) => {
    const v = cell(value);
    return v && v !== '0' && /^[\w.-]{1,80}$/.test(v) ? [`${kind}:${v}`] : [];
  });
}

/** A percentage (`2.70%`, `30.01 %`, `5.00`) in basis points; null when empty, undefined when unreadable. */
export function rateCell(value: string | undefined): number | null | undefined {
  const v = cell(value)?.replace(/\s*%$/, '');
  if (v === null || v === undefined) return null;
  const bp = parseYuanToFen(v); // hundredths of the number: 2.70 → 270, as 2.70 % is 270 bp
  return bp === null || bp > 1_000_000 ? undefined : bp;
}

/** The sum of the readable amounts among `values` (null when all are empty); undefined when one is unreadable. */
export function sumYuanCells(values: ReadonlyArray<string | undefined>): number | null | undefined {
  let total: number | null = null;
  for (const value of values) {
    const fen = yuanCell(value);
    if (fen === undefined) return undefined;
    if (fen !== null) total = (total ?? 0) + fen;
  }
  return total;
}

/** How much of a cell a row error may quote: a hostile 8 MB cell is not stored or sent back whole. */
export const QUOTED_CELL_CHARS = 200;

/** A cell cut to QUOTED_CELL_CHARS with an ellipsis, for a row error. */
const cutCell = (value: string | undefined): string => {
  const v = value ?? '';
  return v.length > QUOTED_CELL_CHARS ? `${v.slice(0, QUOTED_CELL_CHARS)}…` : v;
};

/** A cell in quotes for a row error, cut to QUOTED_CELL_CHARS with an ellipsis. */
export const quoted = (value: string | undefined): string => `"${cutCell(value)}"`;

/** A row that cannot be a line: the problem, the network's column and the cell (cut), worded in English for scripts. */
export function refuseRow(problem: RowProblem, field: string, text?: string): RowRefusal {
  const value = text === undefined ? null : cutCell(text);
  return { ok: false, code: 'INVALID_ROW', problem, field, value, message: rowProblemWords(problem, field, value, 'en') };
}

/**
 * A status code we do not know (the network added one): the line is kept as `unknown` — pending, never
 * paid out — with the network's own code in its reason, for a person to review.
 */
export function unknownStatusReason(field: string, code: string): string {
  return `未知状态 ${field} ${quoted(code)}，待核实 (unknown status, kept for review)`;
}
