import type { ImportRowError, Network, OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { chunkByJsonSize } from '../chunk';
import { readJson } from '../json-column';
import { headerCellsSchema, repeatLineSchema } from '../stored-shapes';

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
  return row ? { ...row, header: readJson(headerCellsSchema, row.header) } : null;
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
      .prepare(`INSERT OR IGNORE INTO import_row_errors (batch_id, row, code, message, problem, field, value)
        SELECT ?1, j.value ->> '$.row', j.value ->> '$.code', j.value ->> '$.message', j.value ->> '$.problem', j.value ->> '$.field', j.value ->> '$.value'
        FROM json_each(?2) j
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
    .prepare('SELECT row, code, message, problem, field, value FROM import_row_errors WHERE batch_id = ?1 ORDER BY row LIMIT ?2 OFFSET ?3')
    .bind(batchId, limit, offset)
    .all<ImportRowError>();
  return results;
}

/** A row whose key can repeat, and the line it makes before its key is numbered. */
export interface RepeatRow {
  lineKey: string;
  row: number;
  line: OrderLine;
}

/**
 * Records this part's repeatable rows (a part sent again records nothing new), then answers every row of
 * the batch that shares a key with them — this part's and the other parts' — in spreadsheet order.
 */
export async function recordRepeatRows(db: Db, batchId: string, rows: readonly RepeatRow[]): Promise<RepeatRow[]> {
  const d1 = db.$client;
  for (const chunk of chunkByJsonSize(rows)) {
    await d1
      .prepare(`INSERT OR IGNORE INTO import_repeat_rows (batch_id, line_key, row, line)
        SELECT ?1, j.value ->> '$.lineKey', j.value ->> '$.row', j.value -> '$.line' FROM json_each(?2) j`)
      .bind(batchId, JSON.stringify(chunk))
      .run();
  }
  const keys = [...new Set(rows.map((r) => r.lineKey))];
  const out: RepeatRow[] = [];
  for (const chunk of chunkByJsonSize(keys)) {
    const { results } = await d1
      .prepare(`SELECT line_key AS lineKey, row, line FROM import_repeat_rows
        WHERE batch_id = ?1 AND line_key IN (SELECT value FROM json_each(?2)) ORDER BY line_key, row`)
      .bind(batchId, JSON.stringify(chunk))
      .all<{ lineKey: string; row: number; line: string }>();
    for (const r of results) out.push({ lineKey: r.lineKey, row: r.row, line: readJson(repeatLineSchema, r.line) });
  }
  return out;
}

/** Drops the repeat rows of batches older than `before` (a batch is finished well within a day). */
export async function pruneRepeatRows(db: Db, before: number): Promise<void> {
  await db.$client.prepare('DELETE FROM import_repeat_rows WHERE batch_id IN (SELECT id FROM import_batches WHERE created_at < ?1)').bind(before).run();
}

/**
 * What a part's own lines show was written by it (their events carry the part's source): counted from the
 * stored events, so copies of one part racing each other all answer what the part really did.
 */
export async function countPartWrites(db: Db, network: Network, lineIds: readonly string[], source: string): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (const chunk of chunkByJsonSize([...new Set(lineIds)])) {
    const row = await db.$client
      .prepare(`SELECT coalesce(sum(ins), 0) AS inserted, coalesce(sum(1 - ins), 0) AS updated FROM (
          SELECT o.id, max(e.from_status IS NULL) AS ins FROM json_each(?1) j
          JOIN orders o ON o.network = ?2 AND o.line_id = j.value
          JOIN order_events e ON e.order_id = o.id AND e.source = ?3
          GROUP BY o.id)`)
      .bind(JSON.stringify(chunk), network, source)
      .first<{ inserted: number; updated: number }>();
    inserted += Number(row?.inserted ?? 0);
    updated += Number(row?.updated ?? 0);
  }
  return { inserted, updated };
}
