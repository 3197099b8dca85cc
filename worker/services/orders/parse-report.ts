import Papa from 'papaparse';
import { AppError } from '../../errors';
import type { MappedRow, OrderNormaliser } from '../../platforms/types';
import { orderNormalisers } from '../../platforms';

export interface ParsedReport<F extends string> {
  rows: Array<{ rowNumber: number; values: MappedRow<F> }>;
}

// Exports sometimes put a title or date-range line above the header.
const HEADER_SEARCH_ROWS = 5;
const normaliseHeader = (h: string) => h.replace(/^\uFEFF/, '').replace(/\s+/g, '').trim();

function headerIndex<F extends string>(header: readonly string[], normaliser: OrderNormaliser<F>): Map<F, number> {
  const positions = new Map(header.map((h, i) => [normaliseHeader(h), i] as const));
  const index = new Map<F, number>();
  for (const [field, aliases] of Object.entries(normaliser.columns) as Array<[F, readonly string[]]>) {
    const at = aliases.map((alias) => positions.get(alias)).find((i) => i !== undefined);
    if (at !== undefined) index.set(field, at);
  }
  return index;
}

const hasRequired = <F extends string>(index: Map<F, number>, normaliser: OrderNormaliser<F>) => normaliser.required.every((f) => index.has(f));

/**
 * Splits a decoded CSV/TSV report into rows keyed by our field names, mapping headers by name through
 * each field's aliases. A file whose header lacks the network's required columns is refused whole,
 * naming the network it does look like when there is one.
 */
export function parseReport<F extends string>(text: string, normaliser: OrderNormaliser<F>): ParsedReport<F> {
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';'] });
  const headerAt = data.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => hasRequired(headerIndex(row, normaliser), normaliser));
  if (headerAt < 0) {
    const firstRows = data.slice(0, HEADER_SEARCH_ROWS);
    const other = Object.values(orderNormalisers).find(
      (n) => n.network !== normaliser.network && firstRows.some((row) => hasRequired(headerIndex(row, n), n)),
    );
    const missing = normaliser.required.map((f) => normaliser.columns[f][0]).join(', ');
    throw new AppError(
      'WRONG_FILE_KIND',
      other
        ? `This looks like a ${other.network} order report, not ${normaliser.network}. Choose the right network and upload again.`
        : `This is not a ${normaliser.network} order report: the header needs the columns ${missing}.`,
    );
  }
  const index = headerIndex(data[headerAt]!, normaliser);
  return {
    rows: data.slice(headerAt + 1).map((cells, i) => {
      const values: MappedRow<F> = {};
      for (const [field, at] of index) values[field] = cells[at];
      // Row numbers as a spreadsheet shows them: the header is row headerAt + 1.
      return { rowNumber: headerAt + 2 + i, values };
    }),
  };
}
