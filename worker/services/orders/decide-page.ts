import { platformsOfNetwork } from '../../../shared/schemas/orders';
import { SHARE_CODE_PATTERN } from '../../../shared/share-code';
import type { Db } from '../../env';
import { findAttributionEvidence, findLatestCodes, type WaitingLine } from '../../db/queries/attribution';
import { CLICK_MATCH_WINDOW_MS, decideAttribution, FLOOD_CLICKS_PER_MINUTE, type Contest, type Decision } from './decide-attribution';

/**
 * Decides a page of waiting lines from evidence gathered for all of them at once: the codes their
 * sub-ids name, the owners of their channel ids (and each owner's newest code for the product), and our
 * clicks around each network click time with each code's pace in that minute.
 */
export async function decidePage(db: Db, lines: readonly WaitingLine[]): Promise<Array<{ orderId: string; outcome: Decision | Contest }>> {
  const channelIdsOf = new Map(lines.map((l) => [l.id, l.channelIds]));
  const subIds = [...new Set(lines.flatMap((l) => (l.subId && SHARE_CODE_PATTERN.test(l.subId) ? [l.subId] : [])))];
  const clickProbes = lines.flatMap((l) =>
    l.clickAt !== null && l.productId
      ? platformsOfNetwork(l.network).map((platform) => ({ lineId: l.id, platform, productId: l.productId!, at: l.clickAt! }))
      : [],
  );
  const channelProbes = lines.flatMap((l) => channelIdsOf.get(l.id)!.map((channelId) => ({ network: l.network, channelId })));
  const evidence = await findAttributionEvidence(db, subIds, clickProbes, channelProbes, CLICK_MATCH_WINDOW_MS);
  const codeOwner = new Map(evidence.codes.map((c) => [c.code, c.affiliateId]));
  const channelOwner = new Map(evidence.owners.map((o) => [`${o.network}|${o.channelId}`, o.affiliateId]));
  const clicksOf = Map.groupBy(
    evidence.clicks.map((c) => ({ ...c, flood: c.kind === 'flood' || c.minuteClicks > FLOOD_CLICKS_PER_MINUTE })),
    (c) => c.lineId,
  );
  // A channel match names the owner's newest code for the product, when they have one.
  const ownersOf = (l: WaitingLine) => channelIdsOf.get(l.id)!.map((id) => channelOwner.get(`${l.network}|${id}`) ?? null);
  const latestProbes = lines.flatMap((l) =>
    l.productId
      ? ownersOf(l).flatMap((a) =>
          a ? platformsOfNetwork(l.network).map((platform) => ({ key: `${l.id}|${a}`, affiliateId: a, platform, productId: l.productId! })) : [],
        )
      : [],
  );
  const latest = await findLatestCodes(db, latestProbes);
  return lines.flatMap((l) => {
    const owners = ownersOf(l);
    const outcome = decideAttribution({
      subIdCode: l.subId && codeOwner.has(l.subId) ? { code: l.subId, affiliateId: codeOwner.get(l.subId)! } : null,
      clickAt: l.clickAt,
      clicks: clicksOf.get(l.id) ?? [],
      channelOwners: owners,
      latestCodes: new Map(owners.flatMap((a) => (a && latest.has(`${l.id}|${a}`) ? [[a, latest.get(`${l.id}|${a}`)!] as const] : []))),
    });
    return outcome ? [{ orderId: l.id, outcome }] : [];
  });
}
