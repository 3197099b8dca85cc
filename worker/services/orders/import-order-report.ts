import { newId } from '../../../shared/ids';
import { readReportTable } from '../../../shared/reports/read-table';
import { IMPORT_PART_ROWS, type ImportPartResult, type ImportResult, type ImportRowError, type Network, type OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { sha256Hex } from '../../crypto';
import { AppError } from '../../errors';
import { findBatch, findPart, insertBatch, IMPORT_ERRORS_KEPT, recordPart } from '../../db/queries/imports';
import { orderNormalisers } from '../../platforms';
import { ingestOrderLines } from './ingest-order-lines';
import { toOrderLine } from './to-order-line';
import { findHeader, mapRows, HEADER_SEARCH_ROWS } from './parse-report';

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

/** Keys seen so far in a file, for formats whose key can repeat for distinct lines. */
export type KeyCounts = Map<string, number>;

/** Rows → order lines held to the shared contract, and the bad ones by spreadsheet row. */
function normaliseRows(network: Network, header: string[], rows: string[][], firstRow: number, keyCounts: KeyCounts) {
  const normaliser = orderNormalisers[network];
  const lines: OrderLine[] = [];
  const errors: ImportRowError[] = [];
  for (const { rowNumber, values } of mapRows(header, rows, firstRow, normaliser)) {
    if (Object.values(values).every((v) => !v?.trim())) continue; // a blank row is no row
    const result = toOrderLine(normaliser, values);
    if (!result.ok) {
      errors.push({ row: rowNumber, code: result.code, message: result.message });
      continue;
    }
    if (result.keyMayRepeat) {
      const seen = (keyCounts.get(result.line.lineId) ?? 0) + 1;
      keyCounts.set(result.line.lineId, seen);
      if (seen > 1) result.line.lineId = `${result.line.lineId}#${seen}`;
    }
    lines.push(result.line);
  }
  return { lines, errors };
}

/**
 * Imports one part of a batch: normalises its rows, ingests the good ones (upsert, attribution, ledger)
 * and records the part with its row errors. A part already recorded is not imported again; a part cut
 * short by a failure is simply sent again, and the ingest path finishes what it started.
 */
export async function importPart(
  db: Db,
  batchId: string,
  part: number,
  input: { firstRow: number; rows: string[][] },
  { now = Date.now(), keyCounts = new Map() as KeyCounts } = {},
): Promise<ImportPartResult> {
  const batch = await findBatch(db, batchId);
  if (!batch) throw new AppError('NOT_FOUND', `No import batch ${batchId}.`);
  if (input.firstRow <= batch.headerRow) throw new AppError('VALIDATION_FAILED', `firstRow: data starts after the header on row ${batch.headerRow}`);
  const done = await findPart(db, batchId, part);
  if (done) return { batchId, part, ...done, repeated: true, errors: [] };
  const { lines, errors } = normaliseRows(batch.network, batch.header, input.rows, input.firstRow, keyCounts);
  const counts = await ingestOrderLines(db, lines, `import:${batchId}`, now);
  const result = { rows: input.rows.length, inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged, rejected: errors.length };
  await recordPart(db, batchId, part, input.firstRow, result, errors, now);
  return { batchId, part, ...result, repeated: false, errors };
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
  const { rows, format } = readReportTable(file.bytes);
  const head = rows.slice(0, HEADER_SEARCH_ROWS);
  const { batchId, headerRow } = await startImport(
    db,
    { network: file.network, fileName: file.fileName, fileSha256: await sha256Hex(file.bytes), format, totalRows: Math.max(0, rows.length - 1), head },
    now,
  );
  const totals: ImportResult = { batchId, encoding: format, inserted: 0, updated: 0, unchanged: 0, rejected: 0, errors: [] };
  const keyCounts: KeyCounts = new Map();
  for (let start = headerRow, part = 0; start < rows.length; start += IMPORT_PART_ROWS, part++) {
    const result = await importPart(db, batchId, part, { firstRow: start + 1, rows: rows.slice(start, start + IMPORT_PART_ROWS) }, { now, keyCounts });
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    totals.rejected += result.rejected;
    totals.errors.push(...result.errors.slice(0, IMPORT_ERRORS_KEPT - totals.errors.length));
  }
  return totals;
}
