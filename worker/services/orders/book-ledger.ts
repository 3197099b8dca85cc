import { planLedger, targetPositions, type Beneficiary, type PlannedEntry } from '../../../shared/commission';
import { newId } from '../../../shared/ids';
import type { Db } from '../../env';
import { chunks } from '../../db/chunk';
import { bookedPositions, bookLines, findUnbookedAmong, findUnbookedPage, type LedgerRow, type ShareMove, type UnbookedLine } from '../../db/queries/ledger';
import { rollupDeltas, rollupShare } from './rollup-share';

/** Lines one transaction books: their entries, rollup moves and marks stay far inside D1's limits. */
const LINES_PER_BATCH = 200;
/** A collision with a concurrent bookkeeper is re-read and retried this often before giving up. */
const CONFLICT_RETRIES = 3;

function reasonFor(entry: PlannedEntry, line: UnbookedLine): string {
  if (entry.kind === 'reverse') {
    if (entry.affiliateId !== line.affiliateId && entry.role === 'own') return 'reassigned to another affiliate';
    return line.statusReason ?? (line.status === 'refunded' ? 'refunded' : line.status === 'unpaid' ? 'awaiting payment again' : 'voided by the network');
  }
  if (entry.kind === 'settle') return entry.bucket === 'pending' ? 'estimate replaced on settlement' : 'settled by the network';
  if (line.refundClaim && line.status === 'settled') return 'settled, held while a refund claim (维权) is open';
  return entry.role === 'own' ? 'estimated commission on a paid order' : `referral override (level ${entry.role.slice(-1)})`;
}

/** What the ledger owes affiliates on a line now: its attribution's own share and overrides, at the rates fixed with it. */
function targetsOf(line: UnbookedLine) {
  const beneficiaries: Beneficiary[] =
    line.affiliateId && line.rateBp !== null ? [{ affiliateId: line.affiliateId, role: 'own', rateBp: line.rateBp }, ...(line.overrides ?? [])] : [];
  return targetPositions(line, beneficiaries);
}

/** The entries that bring each line's ledger to what it owes now, numbered after what it already has. */
async function planEntries(db: Db, lines: readonly UnbookedLine[], now: number): Promise<LedgerRow[]> {
  const { positions, entries } = await bookedPositions(
    db,
    lines.map((l) => l.id),
  );
  const rows: LedgerRow[] = [];
  for (const line of lines) {
    let seq = entries.get(line.id) ?? 0;
    for (const entry of planLedger(line.status, positions.get(line.id) ?? [], targetsOf(line))) {
      rows.push({ id: newId('led', now), orderId: line.id, createdAt: now, reason: reasonFor(entry, line), seq: seq++, ...entry });
    }
  }
  return rows;
}

/** Each line's share of the order rollups moved from what it was to what the line says now. */
function shareMoves(lines: readonly UnbookedLine[]): ShareMove[] {
  return lines.map((line) => {
    const now = rollupShare(line, targetsOf(line));
    return {
      id: line.id,
      was: line.rolledUpText,
      now,
      deltas: rollupDeltas(line.rolledUp, now),
    };
  });
}

async function bookBatch(db: Db, lines: readonly UnbookedLine[], now: number): Promise<number> {
  const rows = await planEntries(db, lines, now);
  await bookLines(
    db,
    rows,
    shareMoves(lines),
    lines.map((l) => ({ id: l.id, revision: l.revision })),
  );
  return rows.length;
}

const isSeqCollision = (err: unknown) => err instanceof Error && /UNIQUE constraint failed: ledger_entries/.test(err.message);

/**
 * Brings the ledger (and the line's share of the order rollups) in line with each order line's current
 * state by appending the difference, for the given lines or — with `orderIds` null — every line still owed, oldest first,
 * up to `maxLines`. Every path that changes a line's money, status or attribution ends here, and so does
 * the cron, so work cut short by a failure is finished by the next call. Idempotent: nothing is booked
 * for a line whose ledger already matches it.
 */
export async function bookLedger(
  db: Db,
  orderIds: readonly string[] | null,
  { now = Date.now(), maxLines = Infinity } = {},
): Promise<{ lines: number; entries: number }> {
  let lines = 0;
  let entries = 0;
  const idChunks = orderIds ? chunks(orderIds, LINES_PER_BATCH) : null;
  let cursor = '';
  for (let i = 0; lines < maxLines; i++) {
    if (idChunks && i >= idChunks.length) break;
    let attempt = 0;
    for (;;) {
      const batch = idChunks ? await findUnbookedAmong(db, idChunks[i]!) : await findUnbookedPage(db, cursor, Math.min(LINES_PER_BATCH, maxLines - lines));
      if (!idChunks && batch.length === 0) return { lines, entries };
      if (batch.length === 0) break;
      try {
        entries += await bookBatch(db, batch, now);
        lines += batch.length;
        cursor = batch[batch.length - 1]!.id;
        break;
      } catch (err) {
        if (!isSeqCollision(err) || ++attempt > CONFLICT_RETRIES) throw err;
      }
    }
  }
  return { lines, entries };
}
