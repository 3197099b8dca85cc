import { newId } from '../../../shared/ids';
import { orderLineSchema, type ImportResult, type ImportRowError, type Network, type OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { sha256Hex } from '../../crypto';
import { importBatches } from '../../db/schema';
import { issueMessage } from '../../errors';
import { orderNormalisers } from '../../platforms';
import { decodeReport } from './decode-report';
import { ingestOrderLines } from './ingest-order-lines';
import { parseReport } from './parse-report';

export interface ReportFile {
  network: Network;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Imports a network's order report: decodes it, maps columns by header name, keeps every good row,
 * reports each bad one by its spreadsheet row number, and records the batch. Importing the same file
 * again finds every line unchanged and books nothing.
 */
export async function importOrderReport(db: Db, file: ReportFile, now = Date.now()): Promise<ImportResult> {
  const { text, encoding } = decodeReport(file.bytes);
  const normaliser = orderNormalisers[file.network];
  const { rows } = parseReport(text, normaliser);
  const lines: OrderLine[] = [];
  const errors: ImportRowError[] = [];
  for (const { rowNumber, values } of rows) {
    const result = normaliser.normalise(values);
    if (!result.ok) {
      errors.push({ row: rowNumber, code: result.code, message: result.message });
      continue;
    }
    // The normaliser's output crosses into the domain here, so it is held to the shared contract.
    const checked = orderLineSchema.safeParse(result.line);
    if (checked.success) lines.push(checked.data);
    else errors.push({ row: rowNumber, code: 'INVALID_ROW', message: issueMessage(checked.error) });
  }
  const batchId = newId('bat', now);
  const counts = await ingestOrderLines(db, lines, `import:${batchId}`, now);
  const result: ImportResult = {
    batchId,
    encoding,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: errors.length,
    errors,
  };
  await db.insert(importBatches).values({
    id: batchId,
    network: file.network,
    fileName: file.fileName,
    fileSha256: await sha256Hex(text),
    encoding,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    rejected: result.rejected,
    errors: JSON.stringify(errors),
    createdAt: now,
  });
  return result;
}
