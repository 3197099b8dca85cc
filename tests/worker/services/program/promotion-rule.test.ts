import { describe, expect, it } from 'vitest';
import { factsFor, nextTier, targetTier, type RuleTier } from '../../../../worker/services/program/promotion-rule';

const tier = (id: string, sort: number, own: number | null, commission: number | null, team: number | null): RuleTier => ({
  id,
  sort,
  promoteOwnSalesFen: own,
  promoteOwnCommissionFen: commission,
  promoteTeamSalesFen: team,
});
const TIERS = [
  tier('partner', 4, null, 300_000, 10_000_000),
  tier('member', 1, null, null, null),
  tier('super', 2, null, 30_000, null),
  tier('mentor', 3, null, 100_000, 2_000_000),
  tier('vip', 5, null, null, 999), // team-only: never reachable by the rules
];

describe('promotion rule', () => {
  it.each([
    ['nothing sold', { ownSales: 0, ownCommission: 0, teamSales: 0 }, 'member'],
    ['just below super', { ownSales: 1e6, ownCommission: 29_999, teamSales: 0 }, 'member'],
    ['exactly super', { ownSales: 0, ownCommission: 30_000, teamSales: 0 }, 'super'],
    ['mentor commission without the team', { ownSales: 0, ownCommission: 150_000, teamSales: 1_999_999 }, 'super'],
    ['mentor with the team', { ownSales: 0, ownCommission: 150_000, teamSales: 2_000_000 }, 'mentor'],
    ['a huge team but no sales of their own', { ownSales: 0, ownCommission: 0, teamSales: 1e9 }, 'member'],
    ['partner', { ownSales: 0, ownCommission: 300_000, teamSales: 10_000_000 }, 'partner'],
  ])('%s → %s', (_, metrics, expected) => {
    expect(targetTier(TIERS, metrics).id).toBe(expected);
  });

  it('says what each threshold asked and what was there', () => {
    expect(factsFor(TIERS[3]!, { ownSales: 5, ownCommission: 120_000, teamSales: 10 })).toEqual([
      { metric: 'ownCommission', valueFen: 120_000, thresholdFen: 100_000, met: true },
      { metric: 'teamSales', valueFen: 10, thresholdFen: 2_000_000, met: false },
    ]);
  });

  it('the next tier skips tiers the rules cannot give', () => {
    expect(nextTier(TIERS, TIERS[1]!)?.id).toBe('super');
    expect(nextTier(TIERS, TIERS[0]!)).toBeNull();
  });
});
