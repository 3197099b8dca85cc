import { DAY_MS } from '../../../shared/china-time';
import type { TierChange, TierStatus } from '../../../shared/schemas/admin';
import type { Db } from '../../env';
import { getNumberSettings, listTiers, type TierRow } from '../../db/queries/program';
import { applyTierMoves, promotionCandidates, promotionMetricsOf, recentTierChanges, type PromotionCandidate } from '../../db/queries/tier-promotion';
import { findAffiliate } from '../../db/queries/affiliates';
import { AppError } from '../../errors';
import { factsFor, nextTier, targetTier, type Metrics } from './promotion-rule';

const metricsOf = (c: PromotionCandidate): Metrics => ({
  ownSales: Number(c.ownSales),
  ownCommission: Number(c.ownCommission),
  teamSales: Number(c.teamSales),
});

/**
 * The cron's promotion pass: every affiliate the rules may move goes to the tier their figures over the
 * window reach — up or down — with the facts recorded for them to read. Locked (admin-chosen) tiers
 * stay. Answers how many moved.
 */
export async function evaluateTiers(db: Db, now = Date.now()): Promise<{ moved: number }> {
  const [tiers, settings] = await Promise.all([listTiers(db), getNumberSettings(db)]);
  const base = tiers[0];
  if (!base) return { moved: 0 };
  const byId = new Map(tiers.map((t) => [t.id, t]));
  const moves = (await promotionCandidates(db, now - settings.promotionWindowDays * DAY_MS)).flatMap((candidate) => {
    const current = (candidate.tierId && byId.get(candidate.tierId)) || base;
    const metrics = metricsOf(candidate);
    const target = targetTier(tiers, metrics);
    if (target.id === current.id) return [];
    const promoted = target.sort > current.sort;
    // Up: the thresholds the new tier asked for, all met. Down: the old tier's, some missed.
    const facts = factsFor(promoted ? target : current, metrics);
    return [
      {
        affiliateId: candidate.id,
        fromTierId: candidate.tierId,
        toTierId: target.id,
        reason: { direction: promoted ? ('promoted' as const) : ('demoted' as const), windowDays: settings.promotionWindowDays, facts },
      },
    ];
  });
  return { moved: await applyTierMoves(db, moves, now) };
}

/** The affiliate's tier, what the next one asks and where they stand, and the rules' recent changes. */
export async function getTierStatus(db: Db, affiliateId: string, now = Date.now()): Promise<TierStatus> {
  const [tiers, settings, affiliate] = await Promise.all([listTiers(db), getNumberSettings(db), findAffiliate(db, affiliateId)]);
  if (!affiliate) throw new AppError('NOT_FOUND', `No affiliate ${affiliateId}.`);
  const byId = new Map<string, TierRow>(tiers.map((t) => [t.id, t]));
  const current = (affiliate.tierId && byId.get(affiliate.tierId)) || tiers[0]!;
  const candidate = await promotionMetricsOf(db, affiliateId, now - settings.promotionWindowDays * DAY_MS);
  const metrics = candidate ? metricsOf(candidate) : { ownSales: 0, ownCommission: 0, teamSales: 0 };
  const next = nextTier(tiers, current);
  const changes = (await recentTierChanges(db, affiliateId, 10)).map((row): TierChange => {
    const { reason } = row;
    return {
      at: row.at,
      direction: reason.direction,
      fromTier: row.fromTierId ? (byId.get(row.fromTierId)?.name ?? row.fromTierId) : null,
      toTier: byId.get(row.toTierId)?.name ?? row.toTierId,
      windowDays: reason.windowDays,
      facts: reason.facts,
    };
  });
  return {
    tier: current.name,
    locked: Boolean(affiliate.tierLocked),
    windowDays: settings.promotionWindowDays,
    next: next ? { tier: next.name, facts: factsFor(next, metrics) } : null,
    changes,
  };
}
