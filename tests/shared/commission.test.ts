import { describe, expect, it } from 'vitest';
import { planLedger, preferredVersion, shareOfFen, supersedes, targetPositions, type Position } from '../../shared/commission';

describe('shareOfFen (rounding rule: half up to a whole fen, integers only)', () => {
  it.each([
    // [commission fen, rate bp, share fen, why]
    [0, 5000, 0, 'zero commission'],
    [1, 5000, 1, '0.5 fen rounds up'],
    [1, 4999, 0, '0.4999 fen rounds down'],
    [3, 3333, 1, '0.9999 fen'],
    [4047, 5000, 2024, '2023.5 → 2024'],
    [199, 8000, 159, '159.2 → 159'],
    [699, 1250, 87, '87.375 → 87 (fractional rate)'],
    [100, 10000, 100, 'the whole commission'],
    [100, 0, 0, 'a zero rate'],
    [99_999_999_999, 9999, 99_989_999_999, 'large amounts stay exact'],
  ])('%d fen at %d bp → %d (%s)', (amount, rate, share) => {
    expect(shareOfFen(amount, rate)).toBe(share);
  });

  it('refuses negative inputs', () => {
    expect(() => shareOfFen(-1, 100)).toThrow(RangeError);
  });
});

const me = { affiliateId: 'aff_me', role: 'own' as const, rateBp: 5000 };
const mentor = { affiliateId: 'aff_mentor', role: 'override_1' as const, rateBp: 1000 };
const apply = (ledger: Position[], entries: Position[]) => [...ledger, ...entries];
const sum = (ledger: Position[], bucket?: string) => ledger.filter((p) => !bucket || p.bucket === bucket).reduce((n, p) => n + p.amountFen, 0);

describe("ledger planning through an order's life", () => {
  it('paid → settled → refunded books estimate, settle and reverse, ending at zero', () => {
    let ledger: Position[] = [];
    const paid = { status: 'paid' as const, estimatedCommissionFen: 4047, actualCommissionFen: null };
    const e1 = planLedger('paid', ledger, targetPositions(paid, [me, mentor]));
    expect(e1).toEqual(
      expect.arrayContaining([
        { affiliateId: 'aff_me', role: 'own', bucket: 'pending', amountFen: 2024, kind: 'estimate' },
        { affiliateId: 'aff_mentor', role: 'override_1', bucket: 'pending', amountFen: 405, kind: 'estimate' },
      ]),
    );
    expect(e1).toHaveLength(2);
    ledger = apply(ledger, e1);

    const settled = { status: 'settled' as const, estimatedCommissionFen: 4047, actualCommissionFen: 3900 };
    const e2 = planLedger('settled', ledger, targetPositions(settled, [me, mentor]));
    expect(e2.every((e) => e.kind === 'settle')).toBe(true);
    ledger = apply(ledger, e2);
    expect(sum(ledger, 'pending')).toBe(0);
    expect(ledger.filter((p) => p.affiliateId === 'aff_me' && p.bucket === 'available').reduce((n, p) => n + p.amountFen, 0)).toBe(1950);

    const refunded = { status: 'refunded' as const, estimatedCommissionFen: 4047, actualCommissionFen: 3900 };
    const e3 = planLedger('refunded', ledger, targetPositions(refunded, [me, mentor]));
    expect(e3.map((e) => [e.affiliateId, e.kind, e.amountFen]).sort()).toEqual([
      ['aff_me', 'reverse', -1950],
      ['aff_mentor', 'reverse', -390],
    ]);
    expect(sum(apply(ledger, e3))).toBe(0);
  });

  it('books nothing when nothing changed (re-imports are free)', () => {
    const paid = { status: 'paid' as const, estimatedCommissionFen: 500, actualCommissionFen: null };
    const ledger = planLedger('paid', [], targetPositions(paid, [me]));
    expect(planLedger('paid', ledger, targetPositions(paid, [me]))).toEqual([]);
  });

  it('adjusts an estimate when a partial refund lowers the commission before settlement', () => {
    const ledger = planLedger('paid', [], targetPositions({ status: 'paid', estimatedCommissionFen: 1000, actualCommissionFen: null }, [me]));
    expect(planLedger('paid', ledger, targetPositions({ status: 'paid', estimatedCommissionFen: 600, actualCommissionFen: null }, [me]))).toEqual([
      { affiliateId: 'aff_me', role: 'own', bucket: 'pending', amountFen: -200, kind: 'estimate' },
    ]);
  });

  it('a tiny commission earns a tiny, never negative, share', () => {
    expect(targetPositions({ status: 'paid', estimatedCommissionFen: 1, actualCommissionFen: null }, [me, mentor]).map((p) => p.amountFen)).toEqual([1, 0]);
  });
});

describe('supersedes (forward-only lifecycle, corrections within a stage)', () => {
  type Status = Parameters<typeof supersedes>[0]['status'];
  // `content` stands for the report's fingerprint; `known: false` is a source without a modification time.
  const at = (status: Status, sourceUpdatedAt: number, content = 'a', known = true) => ({
    status,
    sourceUpdatedAt,
    contentHash: content,
    sourceTimeKnown: known,
  });
  it.each([
    [at('settled', 1), at('paid', 2), true, 'a later stage wins even if older'],
    [at('paid', 9, 'b'), at('settled', 1), false, 'never back from settled to paid'],
    [at('paid', 2), at('paid', 1), false, 'same stage, same content, newer time: nothing to change'],
    [at('paid', 2, 'b'), at('paid', 1), true, 'same stage, corrected amounts, newer report'],
    [at('paid', 1, 'b'), at('paid', 2), false, 'a correction older than what we hold is stale'],
    [at('paid', 1, 'b'), at('paid', 1), true, 'same time, different amounts: the later import wins'],
    [at('paid', 1, 'b', false), at('paid', 5), true, 'no modification time: the later import wins'],
    [at('paid', 1, 'a', false), at('paid', 5, 'a', false), false, 'same report again'],
    [at('refunded', 1), at('settled', 5), true, 'refund after settlement'],
    [at('received', 9, 'b'), at('invalid', 1), false, 'nothing comes back from invalid'],
    [at('refunded', 3, 'b'), at('invalid', 2), true, 'between terminal states the newer report wins'],
  ])('%o over %o → %s (%s)', (incoming, held, expected) => {
    expect(supersedes(incoming, held)).toBe(expected);
  });
});

describe('preferredVersion (two reports of one line in one file)', () => {
  const v = (status: Parameters<typeof supersedes>[0]['status'], sourceUpdatedAt: number, contentHash: string, sourceTimeKnown = true) => ({
    status,
    sourceUpdatedAt,
    contentHash,
    sourceTimeKnown,
  });
  it.each([
    [v('paid', 5, 'a'), v('settled', 1, 'b'), 'settled', 'the later stage'],
    [v('paid', 5, 'a'), v('paid', 9, 'b'), 'b', 'the newer known time'],
    [v('paid', 5, 'a', false), v('paid', 5, 'b', false), 'b', 'no time: the larger fingerprint, whichever row came first'],
  ])('%o vs %o', (a, b, want) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const kept = preferredVersion(x, y);
      expect(want === 'settled' ? kept.status : kept.contentHash).toBe(want);
    }
  });
});
