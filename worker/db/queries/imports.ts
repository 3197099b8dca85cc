import type { ImportRowError, Network } from '../../../shared/schemas/orders';
import type { Db } from '../../env';

/** Row errors kept per batch; the batch's `rejected` counts every one. */
export const IMPORT_ERRORS_KEPT = 1_000;

export interface BatchRow {
  id: string;
  network: Network;
  fileName: string;
  format: string;
  header: string[];
  headerRow: number;
  totalRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  createdAt: number;
}

const BATCH_COLUMNS = `id, network, file_name AS fileName, encoding AS format, header, header_row AS headerRow, total_rows AS totalRows,
  inserted, updated, unchanged, rejected, created_at AS createdAt`;

export async function insertBatch(db: Db, row: Omit<BatchRow, 'inserted' | 'updated' | 'unchanged' | 'rejected'> & { fileSha256: string }) {
  await db.$client
    .prepare(`INSERT INTO import_batches (id, network, file_name, file_sha256, encoding, header, header_row, total_rows, inserted, updated, unchanged, rejected, errors, created_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0, 0, 0, '[]', ?9)`)
    .bind(row.id, row.network, row.fileName, row.fileSha256, row.format, JSON.stringify(row.header), row.headerRow, row.totalRows, row.createdAt)
    .run();
}

export async function findBatch(db: Db, id: string): Promise<BatchRow | null> {
  const row = await db.$client
    .prepare(`SELECT ${BATCH_COLUMNS} FROM import_batches WHERE id = ?1`)
    .bind(id)
    .first<Omit<BatchRow, 'header'> & { header: string }>();
  return row ? { ...row, header: JSON.parse(row.header) as string[] } : null;
}

export interface PartCounts {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export async function findPart(db: Db, batchId: string, part: number): Promise<PartCounts | null> {
  return db.$client
    .prepare('SELECT rows, inserted, updated, unchanged, rejected FROM import_parts WHERE batch_id = ?1 AND part = ?2')
    .bind(batchId, part)
    .first<PartCounts>();
}

/**
 * Records a finished part once (a second copy of it changes nothing), its row errors up to the batch's
 * cap, and the batch's counts as the sums over its parts — in one transaction.
 */
export async function recordPart(db: Db, batchId: string, part: number, firstRow: number, counts: PartCounts, errors: readonly ImportRowError[], now: number) {
  const d1 = db.$client;
  await d1.batch([
    d1
      .prepare(
        `INSERT OR IGNORE INTO import_parts (batch_id, part, first_row, rows, inserted, updated, unchanged, rejected, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
      )
      .bind(batchId, part, firstRow, counts.rows, counts.inserted, counts.updated, counts.unchanged, counts.rejected, now),
    d1
      .prepare(`INSERT OR IGNORE INTO import_row_errors (batch_id, row, code, message)
        SELECT ?1, j.value ->> '$.row', j.value ->> '$.code', j.value ->> '$.message' FROM json_each(?2) j
        LIMIT max(0, ${IMPORT_ERRORS_KEPT} - (SELECT count(*) FROM import_row_errors WHERE batch_id = ?1))`)
      .bind(batchId, JSON.stringify(errors.slice(0, IMPORT_ERRORS_KEPT))),
    d1
      .prepare(`UPDATE import_batches SET (inserted, updated, unchanged, rejected) =
        (SELECT coalesce(sum(inserted), 0), coalesce(sum(updated), 0), coalesce(sum(unchanged), 0), coalesce(sum(rejected), 0) FROM import_parts WHERE batch_id = ?1)
        WHERE id = ?1`)
      .bind(batchId),
  ]);
}

/** The newest batches with their counts and how many rows their parts have covered. */
export async function listImportBatches(db: Db, limit = 50) {
  const { results } = await db.$client
    .prepare(`SELECT ${BATCH_COLUMNS}, (SELECT coalesce(sum(rows), 0) FROM import_parts p WHERE p.batch_id = b.id) AS processedRows
      FROM import_batches b ORDER BY created_at DESC LIMIT ?1`)
    .bind(limit)
    .all<Omit<BatchRow, 'header'> & { header: string; processedRows: number }>();
  return results.map(({ header: _header, ...r }) => r);
}

export async function listRowErrors(db: Db, batchId: string, limit: number, offset: number): Promise<ImportRowError[]> {
  const { results } = await db.$client
    .prepare('SELECT row, code, message FROM import_row_errors WHERE batch_id = ?1 ORDER BY row LIMIT ?2 OFFSET ?3')
    .bind(batchId, limit, offset)
    .all<ImportRowError>();
  return results;
}
