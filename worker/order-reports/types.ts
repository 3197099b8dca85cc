import type { Network, OrderLine, RowProblem } from '../../shared/schemas/orders';

/** A report row keyed by our field names, after the header row was mapped through the aliases. */
export type MappedRow<F extends string> = Partial<Record<F, string>>;

/**
 * `keyMayRepeat` marks a line keyed by something two distinct lines can share (Alimama's legacy export has
 * no sub-order number: two variants of one item are two rows of one order and item). The importer then
 * numbers repeats within a file (`key`, `key#2`, …) instead of merging them.
 */
export type RowRefusal = { ok: false; code: 'INVALID_ROW'; problem: RowProblem; field: string; value: string | null; message: string };
export type RowResult = { ok: true; line: OrderLine; keyMayRepeat?: boolean } | RowRefusal;

/**
 * `keepUnknownStatus`: a status code the reader does not know becomes a line of status `unknown` instead
 * of a refused row. Order pulls ask for it (nobody watches a pull, and the line must not vanish); a file
 * import reports the row to the person who uploaded it instead.
 */
export interface NormaliseOptions {
  keepUnknownStatus?: boolean;
}

/** One affiliate program's report format: which headers mean what, and how a row becomes an order line. */
export interface OrderNormaliser<F extends string = string> {
  network: Network;
  /** Our field → every header name seen for it (Chinese export headers, API field names), first wins. */
  columns: Record<F, readonly string[]>;
  /** Fields without which the file is not this network's report at all. */
  required: readonly F[];
  normalise(row: MappedRow<F>, options?: NormaliseOptions): RowResult;
}
