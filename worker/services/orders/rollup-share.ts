import { chinaDayNumber } from '../../../shared/china-time';
import type { Position } from '../../../shared/commission';
import type { OrderStatus } from '../../../shared/schemas/orders';
import type { RollupShare } from '../../db/stored-shapes';

/** What one order line adds to `order_rollups` (the stored shape, worker/db/stored-shapes.ts). */
export type { RollupShare };

/** One change to one rollup row. */
export interface RollupDelta extends Omit<RollupShare, 'gmvFen' | 'commissionFen'> {
  orders: number;
  gmvFen: number;
  commissionFen: number;
}

const sumOf = (positions: readonly Position[]) => positions.reduce((sum, p) => sum + p.amountFen, 0);

export interface LineForRollup {
  status: OrderStatus;
  orderedAt: number;
  platform: string;
  productId: string | null;
  paidAmountFen: number;
  estimatedCommissionFen: number;
  actualCommissionFen: number | null;
  affiliateId: string | null;
  channel: string | null;
  code: string | null;
  /** 1: flagged implausible and not yet confirmed. */
  outlier: number;
}

/**
 * A line flagged as an outlier counts nowhere until an admin confirms it. A live line (paid, received or settled) counts once, under its China day, shop, affiliate, channel tag,
 * code and product, with what was paid and the commission (settled: the actual one). Unpaid, invalid and
 * refunded lines count nowhere.
 */
/** `targets`: what the ledger books for affiliates on the line now (shared/commission.ts `targetPositions`). */
export function rollupShare(line: LineForRollup, targets: readonly Position[] = []): RollupShare | null {
  if (line.status === 'unpaid' || line.status === 'invalid' || line.status === 'refunded' || line.outlier === 1) return null;
  const commissionFen = line.status === 'settled' ? (line.actualCommissionFen ?? line.estimatedCommissionFen) : line.estimatedCommissionFen;
  return {
    day: chinaDayNumber(line.orderedAt),
    platform: line.platform,
    affiliateId: line.affiliateId ?? '',
    channel: line.channel ?? '',
    code: line.code ?? '',
    product: line.productId ? `${line.platform}:${line.productId}` : '',
    gmvFen: line.paidAmountFen,
    commissionFen,
    settledFen: line.status === 'settled' ? commissionFen : 0,
    ownFen: sumOf(targets.filter((p) => p.role === 'own')),
    overridesFen: sumOf(targets.filter((p) => p.role !== 'own')),
  };
}

/** The deltas that move a line's share from `was` to `now` (none when they are the same). */
export function rollupDeltas(was: RollupShare | null, now: RollupShare | null): RollupDelta[] {
  const key = (s: RollupShare) => [s.day, s.platform, s.affiliateId, s.channel, s.code, s.product].join('|');
  const amounts = ['gmvFen', 'commissionFen', 'settledFen', 'ownFen', 'overridesFen'] as const;
  if (was && now && key(was) === key(now) && amounts.every((a) => was[a] === now[a])) return [];
  const out: RollupDelta[] = [];
  if (was) {
    out.push({
      ...was,
      orders: -1,
      gmvFen: -was.gmvFen,
      commissionFen: -was.commissionFen,
      settledFen: -was.settledFen,
      ownFen: -was.ownFen,
      overridesFen: -was.overridesFen,
    });
  }
  if (now) out.push({ ...now, orders: 1 });
  return out;
}
