import type { OrderStatus } from './schemas/orders';

/**
 * The rounding rule for all money maths: a share of `amountFen` at `rateBp` basis points is rounded
 * half up to a whole fen — `floor((amount × rate + 5000) / 10000)`, in integers only, so 0.5 fen
 * becomes 1 fen and 0.49 fen becomes 0. Amounts are never negative here (refunds are reversals).
 */
export function shareOfFen(amountFen: number, rateBp: number): number {
  if (amountFen < 0 || rateBp < 0) throw new RangeError('shareOfFen takes non-negative amounts and rates');
  return Math.floor((amountFen * rateBp + 5000) / 10000);
}

export type LedgerRole = 'own' | 'override_1' | 'override_2';
export type LedgerKind = 'estimate' | 'settle' | 'reverse';
export type Bucket = 'pending' | 'available';

/** Someone owed a share of one order line's commission. */
export interface Beneficiary {
  affiliateId: string;
  role: LedgerRole;
  rateBp: number;
}

export interface OrderMoney {
  status: OrderStatus;
  estimatedCommissionFen: number;
  actualCommissionFen: number | null;
  /** A raised refund claim (维权) holds even settled money in `pending` until the network decides it. */
  refundClaim?: boolean;
}

export interface Position {
  affiliateId: string;
  role: LedgerRole;
  bucket: Bucket;
  amountFen: number;
}

export interface PlannedEntry extends Position {
  kind: LedgerKind;
}

/**
 * Where each beneficiary should stand on one order line: an estimate (pending) while paid, received or of
 * an unknown status; the settled amount (available) once settled; nothing when unpaid, invalid or refunded.
 */
export function targetPositions(order: OrderMoney, beneficiaries: readonly Beneficiary[]): Position[] {
  const bucket: Bucket = order.status === 'settled' && !order.refundClaim ? 'available' : 'pending';
  const base =
    order.status === 'settled'
      ? (order.actualCommissionFen ?? order.estimatedCommissionFen)
      : order.status === 'paid' || order.status === 'received' || order.status === 'unknown'
        ? order.estimatedCommissionFen
        : 0;
  return beneficiaries.map((b) => ({ affiliateId: b.affiliateId, role: b.role, bucket, amountFen: shareOfFen(base, b.rateBp) }));
}

/**
 * The entries that move the ledger from `current` (sums already booked for this line) to `target`.
 * Empty when nothing changed, so re-importing the same report books nothing. The kind says why:
 * reverse when the line died, settle when it settled, estimate otherwise.
 */
export function planLedger(status: OrderStatus, current: readonly Position[], target: readonly Position[]): PlannedEntry[] {
  const key = (p: Pick<Position, 'affiliateId' | 'role' | 'bucket'>) => `${p.affiliateId}|${p.role}|${p.bucket}`;
  const sums = new Map<string, Position>();
  for (const p of current) {
    const k = key(p);
    sums.set(k, { ...p, amountFen: (sums.get(k)?.amountFen ?? 0) + p.amountFen });
  }
  const wanted = new Map(target.map((p) => [key(p), p]));
  const stillOwed = new Set(target.map((p) => `${p.affiliateId}|${p.role}`));
  const kind: LedgerKind = status === 'invalid' || status === 'refunded' || status === 'unpaid' ? 'reverse' : status === 'settled' ? 'settle' : 'estimate';
  const keys = [...new Set([...sums.keys(), ...wanted.keys()])].sort();
  const entries: PlannedEntry[] = [];
  for (const k of keys) {
    const have = sums.get(k);
    const want = wanted.get(k);
    const delta = (want?.amountFen ?? 0) - (have?.amountFen ?? 0);
    const where = (want ?? have)!;
    // An affiliate who lost the line (reassigned) is reversed whatever the line's own status; one who
    // keeps it but changes bucket (pending → available on settlement) moves with the line's kind.
    const owed = stillOwed.has(`${where.affiliateId}|${where.role}`);
    if (delta !== 0) entries.push({ affiliateId: where.affiliateId, role: where.role, bucket: where.bucket, amountFen: delta, kind: owed ? kind : 'reverse' });
  }
  return entries;
}

/** Forward-only lifecycle: a report may move a line on, never back; invalid and refunded are final. */
// `unknown` stands with paid: a known status of any later stage replaces it; it never moves a later line back.
export const STATUS_RANK: Record<OrderStatus, number> = { unpaid: 0, paid: 1, unknown: 1, received: 2, settled: 3, invalid: 4, refunded: 4 };

/** What decides between two reports of one line. */
export interface LineVersion {
  status: OrderStatus;
  sourceUpdatedAt: number;
  /** False when the source had no modification time (`sourceUpdatedAt` is then the row's latest time). */
  sourceTimeKnown: boolean;
  /** Fingerprint of the report's content apart from its times. */
  contentHash: string;
}

/**
 * Whether an incoming report of a line should replace what we hold:
 * - a later lifecycle stage always does, an earlier one never (nothing leaves invalid/refunded);
 * - within one stage, a report that says the same thing never does (re-imports change nothing);
 * - within one stage, a report that differs (a correction: amounts, fees, a refund claim) does unless both
 *   carry the network's modification time and the incoming one is older; without one, the later import wins.
 * The SQL upsert (db/queries/order-lines.ts) applies the same rule inside the write.
 */
export function supersedes(incoming: LineVersion, held: LineVersion): boolean {
  if (STATUS_RANK[incoming.status] !== STATUS_RANK[held.status]) return STATUS_RANK[incoming.status] > STATUS_RANK[held.status];
  if (incoming.contentHash === held.contentHash) return false;
  if (incoming.sourceTimeKnown && held.sourceTimeKnown) return incoming.sourceUpdatedAt >= held.sourceUpdatedAt;
  return true;
}

/**
 * Of two reports of one line in the same file or delivery, the one to keep — decided by the reports
 * alone, never by which row came first: the later stage, then the newer known time, then the larger
 * fingerprint (an arbitrary but fixed choice between two contradictory rows of the same moment).
 */
export function preferredVersion<T extends LineVersion>(a: T, b: T): T {
  if (STATUS_RANK[a.status] !== STATUS_RANK[b.status]) return STATUS_RANK[a.status] > STATUS_RANK[b.status] ? a : b;
  if (a.sourceTimeKnown && b.sourceTimeKnown && a.sourceUpdatedAt !== b.sourceUpdatedAt) return a.sourceUpdatedAt > b.sourceUpdatedAt ? a : b;
  return a.contentHash >= b.contentHash ? a : b;
}
