import { AppError } from '../../errors';
import type { MappedRow, OrderNormaliser } from '../../order-reports/types';
import { orderNormalisers } from '../../order-reports';

/** Exports sometimes put a title or date-range line above the header: look this far down for it. */
export const HEADER_SEARCH_ROWS = 5;

const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .trim();

function headerIndex<F extends string>(header: readonly string[], normaliser: OrderNormaliser<F>): Map<F, number> {
  const positions = new Map<string, number>();
  for (const [i, h] of header.entries()) if (!positions.has(normaliseHeader(h))) positions.set(normaliseHeader(h), i);
  const index = new Map<F, number>();
  for (const [field, aliases] of Object.entries(normaliser.columns) as Array<[F, readonly string[]]>) {
    const at = aliases.map((alias) => positions.get(alias)).find((i) => i !== undefined);
    if (at !== undefined) index.set(field, at);
  }
  return index;
}

const hasRequired = <F extends string>(index: Map<F, number>, normaliser: OrderNormaliser<F>) => normaliser.required.every((f) => index.has(f));

/**
 * Finds the header among a report's first rows: the first row that names every column the network's
 * report must have, mapped by name through each field's aliases. A file without one is refused whole,
 * naming the network it does look like when there is one. Returns the header's 0-based position.
 */
export function findHeader<F extends string>(firstRows: readonly string[][], normaliser: OrderNormaliser<F>): number {
  const rows = firstRows.slice(0, HEADER_SEARCH_ROWS);
  const headerAt = rows.findIndex((row) => hasRequired(headerIndex(row, normaliser), normaliser));
  if (headerAt >= 0) return headerAt;
  const other = Object.values(orderNormalisers).find((n) => n.network !== normaliser.network && rows.some((row) => hasRequired(headerIndex(row, n), n)));
  const missing = normaliser.required.map((f) => normaliser.columns[f][0]).join(', ');
  throw new AppError(
    'WRONG_FILE_KIND',
    other
      ? `This looks like a ${other.network} order report, not ${normaliser.network}. Choose the right network and upload again.`
      : `This is not a ${normaliser.network} order report: the header needs the columns ${missing}.`,
    other ? { network: other.network } : {},
  );
}

/** Data rows keyed by our field names; `firstRow` is the spreadsheet row number of `rows[0]`. */
export function mapRows<F extends string>(header: readonly string[], rows: readonly string[][], firstRow: number, normaliser: OrderNormaliser<F>) {
  const index = headerIndex(header, normaliser);
  return rows.map((cells, i) => {
    const values: MappedRow<F> = {};
    for (const [field, at] of index) values[field] = cells[at];
    return { rowNumber: firstRow + i, values };
  });
}
