import { DAY_MS } from '../../../shared/china-time';
import { newId } from '../../../shared/ids';
import { DAMAGED_FILE_MESSAGE, DamagedFileError, readReportTable } from '../../../shared/reports/read-table';
import { IMPORT_PART_ROWS, type ImportPartResult, type ImportResult, type ImportRowError, type Network, type OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { sha256Hex } from '../../crypto';
import { AppError } from '../../errors';
import {
  countPartWrites,
  findBatch,
  findPart,
  insertBatch,
  IMPORT_ERRORS_KEPT,
  pruneRepeatRows,
  recordPart,
  recordRepeatRows,
  type RepeatRow,
} from '../../db/queries/imports';
import { orderNormalisers } from '../../order-reports';
import { ingestOrderLines } from './ingest-order-lines';
import { toOrderLine } from './to-order-line';
import { findHeader, mapRows, HEADER_SEARCH_ROWS } from './map-report-rows';

export interface ImportStart {
  network: Network;
  fileName: string;
  fileSha256?: string | undefined;
  format: string;
  totalRows: number;
  head: string[][];
}

/**
 * Opens an import batch: finds the header among the report's first rows (refusing a file of the wrong
 * kind before any row is read) and records it, so each part can be sent on its own.
 */
export async function startImport(db: Db, input: ImportStart, now = Date.now()) {
  const headerAt = findHeader(input.head, orderNormalisers[input.network]);
  const batchId = newId('bat', now);
  await insertBatch(db, {
    id: batchId,
    network: input.network,
    fileName: input.fileName,
    fileSha256: input.fileSha256 ?? '',
    format: input.format,
    header: input.head[headerAt]!,
    headerRow: headerAt + 1,
    totalRows: input.totalRows,
    createdAt: now,
  });
  return { batchId, headerRow: headerAt + 1 };
}

/** An import's answer stays under 64 KiB however many rows fail: row errors past this size are in the batch's error list. */
const ANSWER_ERRORS_CHARS = 48 * 1024;
/** A row error's message is cut here, whatever a normaliser or the shared contract put in it. */
const ERROR_MESSAGE_CHARS = 400;

/** The first row errors that fit in an answer; every one is still counted in `rejected` and stored up to the batch's cap. */
function boundErrors(errors: readonly ImportRowError[]): ImportRowError[] {
  const out: ImportRowError[] = [];
  let size = 0;
  for (const error of errors) {
    size += JSON.stringify(error).length + 1;
    if (size > ANSWER_ERRORS_CHARS) break;
    out.push(error);
  }
  return out;
}

/** Rows → order lines held to the shared contract, the rows whose key can repeat, and the bad ones by spreadsheet row. */
function normaliseRows(network: Network, header: string[], rows: string[][], firstRow: number) {
  const normaliser = orderNormalisers[network];
  const lines: OrderLine[] = [];
  const repeatable: RepeatRow[] = [];
  const errors: ImportRowError[] = [];
  for (const { rowNumber, values } of mapRows(header, rows, firstRow, normaliser)) {
    if (Object.values(values).every((v) => !v?.trim())) continue; // a blank row is no row
    const result = toOrderLine(normaliser, values);
    if (!result.ok) {
      const { code, problem, field, value } = result;
      errors.push({ row: rowNumber, code, message: result.message.slice(0, ERROR_MESSAGE_CHARS), problem, field, value });
    } else if (result.keyMayRepeat) repeatable.push({ lineKey: result.line.lineId, row: rowNumber, line: result.line });
    else lines.push(result.line);
  }
  return { lines, repeatable, errors };
}

/**
 * The lines of rows whose key can repeat, numbered over the whole batch: the first row of a key (by
 * spreadsheet row) is `key`, the next `key#2`, and so on. Rows of other parts that share a key come back
 * too — when this part brings an earlier row of their key, their number moves, and ingesting them again
 * puts each line right (the ingest path changes only what differs).
 */
async function numberRepeatRows(db: Db, batchId: string, repeatable: readonly RepeatRow[]) {
  if (repeatable.length === 0) return { lines: [], own: [] };
  const ownRows = new Set(repeatable.map((r) => r.row));
  const lines: OrderLine[] = [];
  const own: string[] = [];
  let previous = '';
  let n = 0;
  for (const r of await recordRepeatRows(db, batchId, repeatable)) {
    n = r.lineKey === previous ? n + 1 : 1;
    previous = r.lineKey;
    const lineId = n === 1 ? r.lineKey : `${r.lineKey}#${n}`;
    lines.push({ ...r.line, lineId });
    if (ownRows.has(r.row)) own.push(lineId);
  }
  return { lines, own };
}

/**
 * Imports one part of a batch: normalises its rows, ingests the good ones (upsert, attribution, ledger)
 * and records the part with its row errors. A part already recorded is not imported again; a part cut
 * short by a failure is simply sent again, and the ingest path finishes what it started. Parts may come
 * in any order, and copies of one part at once: the part's counts are read from what was stored.
 */
export async function importPart(
  db: Db,
  batchId: string,
  part: number,
  input: { firstRow: number; rows: string[][] },
  now = Date.now(),
): Promise<ImportPartResult> {
  const batch = await findBatch(db, batchId);
  if (!batch) throw new AppError('NOT_FOUND', `No import batch ${batchId}.`);
  if (input.firstRow <= batch.headerRow) throw new AppError('VALIDATION_FAILED', `firstRow: data starts after the header on row ${batch.headerRow}`);
  const done = await findPart(db, batchId, part);
  if (done) return { batchId, part, ...done, repeated: true, errors: [] };
  const { lines, repeatable, errors } = normaliseRows(batch.network, batch.header, input.rows, input.firstRow);
  const numbered = await numberRepeatRows(db, batchId, repeatable);
  const source = `import:${batchId}:${part}`;
  await ingestOrderLines(db, [...lines, ...numbered.lines], source, now);
  const ownLines = [...lines.map((l) => l.lineId), ...numbered.own];
  const written = await countPartWrites(db, batch.network, ownLines, source);
  const result = {
    rows: input.rows.length,
    inserted: written.inserted,
    updated: written.updated,
    unchanged: ownLines.length - written.inserted - written.updated,
    rejected: errors.length,
  };
  await recordPart(db, batchId, part, input.firstRow, result, errors, now);
  // A copy of this part that recorded first decides what the batch says; answer the same.
  const recorded = await findPart(db, batchId, part);
  return { batchId, part, ...(recorded ?? result), repeated: false, errors: boundErrors(errors) };
}

function readTableOrThrow(bytes: Uint8Array) {
  try {
    return readReportTable(bytes);
  } catch (err) {
    if (err instanceof DamagedFileError) throw new AppError('DAMAGED_FILE', DAMAGED_FILE_MESSAGE);
    throw err;
  }
}

export interface ReportFile {
  network: Network;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Imports a whole report file sent in one request: reads it (.xls, .xlsx, CSV/TSV in any encoding),
 * then imports it part by part exactly as the dashboard's part uploads would. Importing the same file
 * again finds every line unchanged and books nothing.
 */
export async function importOrderReport(db: Db, file: ReportFile, now = Date.now()): Promise<ImportResult> {
  const { rows, format } = readTableOrThrow(file.bytes);
  const head = rows.slice(0, HEADER_SEARCH_ROWS);
  const { batchId, headerRow } = await startImport(
    db,
    { network: file.network, fileName: file.fileName, fileSha256: await sha256Hex(file.bytes), format, totalRows: Math.max(0, rows.length - 1), head },
    now,
  );
  const totals: ImportResult = { batchId, encoding: format, inserted: 0, updated: 0, unchanged: 0, rejected: 0, errors: [] };
  for (let start = headerRow, part = 0; start < rows.length; start += IMPORT_PART_ROWS, part++) {
    const result = await importPart(db, batchId, part, { firstRow: start + 1, rows: rows.slice(start, start + IMPORT_PART_ROWS) }, now);
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    totals.rejected += result.rejected;
    totals.errors.push(...result.errors.slice(0, IMPORT_ERRORS_KEPT - totals.errors.length));
  }
  return { ...totals, errors: boundErrors(totals.errors) };
}

/** The cron: repeat rows serve a batch while its parts arrive; a week later they are no longer needed. */
export async function pruneImportRepeatRows(db: Db, now = Date.now()): Promise<void> {
  await pruneRepeatRows(db, now - 7 * DAY_MS);
}
