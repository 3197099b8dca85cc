import type { PromotionFact, PromotionMetric } from '../../../shared/schemas/admin';

export interface RuleTier {
  id: string;
  sort: number;
  promoteOwnSalesFen: number | null;
  promoteOwnCommissionFen: number | null;
  promoteTeamSalesFen: number | null;
}

export type Metrics = Record<PromotionMetric, number>;

const THRESHOLD_OF: Record<PromotionMetric, keyof RuleTier> = {
  ownSales: 'promoteOwnSalesFen',
  ownCommission: 'promoteOwnCommissionFen',
  teamSales: 'promoteTeamSalesFen',
};

/** Each threshold a tier sets, with the affiliate's figure against it. */
export function factsFor(tier: RuleTier, metrics: Metrics): PromotionFact[] {
  return (Object.keys(THRESHOLD_OF) as PromotionMetric[]).flatMap((metric) => {
    const threshold = tier[THRESHOLD_OF[metric]] as number | null;
    return threshold === null ? [] : [{ metric, valueFen: metrics[metric], thresholdFen: threshold, met: metrics[metric] >= threshold }];
  });
}

/** A tier the rules can give: it sets an own threshold (team sales alone never qualify anyone). */
export const isRuleTier = (tier: RuleTier) => tier.promoteOwnSalesFen !== null || tier.promoteOwnCommissionFen !== null;

/**
 * The tier the rules give an affiliate: the highest rule tier whose every threshold is met, else the
 * base tier (the lowest). `tiers` in any order.
 */
export function targetTier<T extends RuleTier>(tiers: readonly T[], metrics: Metrics): T {
  const sorted = [...tiers].sort((a, b) => a.sort - b.sort);
  const base = sorted[0];
  if (!base) throw new Error('no tiers configured');
  const reached = sorted.filter((tier) => tier !== base && isRuleTier(tier) && factsFor(tier, metrics).every((f) => f.met));
  return reached.at(-1) ?? base;
}

/** The next rule tier above `current`, if any: what the affiliate is working towards. */
export function nextTier<T extends RuleTier>(tiers: readonly T[], current: T): T | null {
  return [...tiers].sort((a, b) => a.sort - b.sort).find((tier) => tier.sort > current.sort && isRuleTier(tier)) ?? null;
}
