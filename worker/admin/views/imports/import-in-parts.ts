import type { ImportPartResult, Network } from '../../../../shared/schemas/orders';
import { IMPORT_PART_ROWS } from '../../../../shared/schemas/orders';
import { client, ok } from '../../client';

export interface ImportProgress {
  done: number;
  total: number;
  retryingPart?: number;
}

export interface ImportTotals {
  batchId: string;
  format: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

const ATTEMPTS = 3;
const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Reads a report in the browser (the same reader the Worker uses, loaded only when needed: SheetJS is
 * large) and sends it in parts of IMPORT_PART_ROWS rows, one request each, so a 100,000-line download
 * never has to fit in one Worker invocation. A part that fails is sent again (parts are idempotent on
 * the server), and a stopped import can be finished by uploading the file again.
 */
export async function importInParts(file: File, network: Network, onProgress: (p: ImportProgress) => void): Promise<ImportTotals> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { readReportTable, DamagedFileError, DAMAGED_FILE_MESSAGE } = await import('../../../../shared/reports/read-table');
  let table: ReturnType<typeof readReportTable>;
  try {
    table = readReportTable(bytes);
  } catch (err) {
    throw err instanceof DamagedFileError ? new Error(DAMAGED_FILE_MESSAGE) : err;
  }
  const { rows, format } = table;
  const fileSha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
  const start = await ok(
    client.api.admin.orders.imports.$post({
      json: { network, fileName: file.name.slice(0, 200), fileSha256, format, totalRows: Math.max(0, rows.length - 1), head: rows.slice(0, 5) },
    }),
  );
  const data = rows.slice(start.headerRow);
  const totals: ImportTotals = { batchId: start.batchId, format, inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  onProgress({ done: 0, total: data.length });
  for (let from = 0, part = 0; from < data.length; from += IMPORT_PART_ROWS, part++) {
    const json = { firstRow: start.headerRow + 1 + from, rows: data.slice(from, from + IMPORT_PART_ROWS) };
    let result: ImportPartResult | null = null;
    for (let attempt = 1; !result; attempt++) {
      try {
        result = await ok(client.api.admin.orders.imports[':batchId'].parts[':part'].$put({ param: { batchId: start.batchId, part: String(part) }, json }));
      } catch (err) {
        if (attempt >= ATTEMPTS) throw err;
        onProgress({ done: from, total: data.length, retryingPart: part + 1 });
        await new Promise((r) => setTimeout(r, 500 * attempt));
      }
    }
    totals.inserted += result.inserted;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    totals.rejected += result.rejected;
    onProgress({ done: Math.min(data.length, from + IMPORT_PART_ROWS), total: data.length });
  }
  return totals;
}
