import { preferredVersion, supersedes } from '../../../shared/commission';
import { newId } from '../../../shared/ids';
import type { OrderLine } from '../../../shared/schemas/orders';
import type { Db } from '../../env';
import { findHeldLines, writeOrderLines, type HeldLine, type LineWrite } from '../../db/queries/order-lines';
import { chunkByJsonSize } from '../../db/chunk';
import { lineFingerprint } from './line-fingerprint';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Every line of the input as we now hold it (new, changed or not): what attribution and the ledger look at next. */
  orderIds: string[];
}

const STATUS_WORDS: Record<OrderLine['status'], string> = {
  unpaid: 'awaiting payment',
  paid: 'paid',
  received: 'received by the buyer',
  settled: 'settled by the network',
  invalid: 'voided by the network',
  refunded: 'refunded',
  unknown: 'reported with a status we do not know yet',
};

function describeChange(held: HeldLine | undefined, line: OrderLine): string {
  if (line.statusReason) return line.statusReason;
  if (!held) return `reported ${STATUS_WORDS[line.status]}`;
  if (held.status !== line.status) return STATUS_WORDS[line.status];
  if (line.refundClaim) return 'refund claim (维权) raised: commission held until the network decides';
  return 'amounts corrected by the network (e.g. a partial refund, fees or a split order)';
}

/** The line as the write sees it: its fingerprint, and the time that orders it among reports of one stage. */
function toWrite(line: OrderLine, now: number): Omit<LineWrite, 'eventId' | 'fromStatus' | 'reason'> {
  const latest = Math.max(line.orderedAt, line.paidAt ?? 0, line.settledAt ?? 0);
  return {
    ...line,
    id: newId('ord', now),
    sourceUpdatedAt: line.sourceUpdatedAt ?? latest,
    sourceTimeKnown: line.sourceUpdatedAt !== null,
    contentHash: lineFingerprint(line),
  };
}

/**
 * Upserts order lines by (network, line id). A report replaces what we hold only when `supersedes` says
 * so (a later stage, or a correction within the stage), so importing the same report again, or old
 * reports after new ones, never moves a line back. Two reports of one line in the same input are settled
 * by `preferredVersion`, never by their order. Each chunk is one transaction: its lines and their events.
 * Every changed line's revision moves past its ledger revision, so the bookkeeping that follows (or a
 * retry after a failure) knows it is owed.
 */
export async function upsertOrderLines(db: Db, lines: readonly OrderLine[], source: string, now = Date.now()): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0, orderIds: [] };
  const latest = new Map<string, Omit<LineWrite, 'eventId' | 'fromStatus' | 'reason'> & { line: OrderLine }>();
  for (const line of lines) {
    const key = `${line.network}|${line.lineId}`;
    const candidate = { ...toWrite(line, now), line };
    const seen = latest.get(key);
    if (seen) counts.unchanged++; // the duplicate that loses adds nothing
    latest.set(key, seen ? preferredVersion(seen, candidate) : candidate);
  }
  for (const chunk of chunkByJsonSize([...latest.values()])) {
    const held = await findHeldLines(db, chunk);
    const writes: LineWrite[] = [];
    for (const candidate of chunk) {
      const current = held.get(`${candidate.network}|${candidate.lineId}`);
      if (current) counts.orderIds.push(current.id);
      if (current && !supersedes(candidate, current)) {
        counts.unchanged++;
        continue;
      }
      const { line, ...write } = candidate;
      writes.push({ ...write, eventId: newId('evt', now), fromStatus: current?.status ?? null, reason: describeChange(current, line) });
    }
    if (writes.length === 0) continue;
    const written = await writeOrderLines(db, writes, newId('wrt', now), source, now);
    for (const row of written) {
      if (row.revision === 1) counts.inserted++;
      else counts.updated++;
      counts.orderIds.push(row.id);
    }
    // A line another writer moved on between our read and our write is left as it is.
    counts.unchanged += writes.length - written.length;
  }
  counts.orderIds = [...new Set(counts.orderIds)];
  return counts;
}
