/** How close the network's click time must be to one of ours to count as the same click. */
export const CLICK_MATCH_WINDOW_MS = 5_000;

export interface Decision {
  affiliateId: string;
  code: string | null;
  method: 'sub_id' | 'click_match' | 'channel';
  confidence: number;
}

/** What the database knows that bears on one waiting line (gathered in batches by attribute-orders.ts). */
export interface LineEvidence {
  /** The line's sub-id names this share code of this affiliate (null: names none of ours). */
  subIdCode: { code: string; affiliateId: string } | null;
  /** The network's click time on the line, and our human clicks on the same product around it. */
  clickAt: number | null;
  clicks: ReadonlyArray<{ code: string; at: number; affiliateId: string }>;
  /** For each of the line's channel ids in the line's own order, the affiliate who registered it. */
  channelOwners: ReadonlyArray<string | null>;
  /** Each affiliate's newest code for the line's product, for a channel match to name a code. */
  latestCodes: ReadonlyMap<string, string>;
}

/**
 * docs/design.md step 6, as a pure function: the sub-id names our code → our click nearest the network's
 * click time (within the window; confidence drops when the clicks in it belong to several affiliates;
 * equally near clicks go to the earlier one, then the smaller code) → the first of the line's channel ids
 * that an affiliate registered → nobody (null: the line waits).
 */
export function decideAttribution(evidence: LineEvidence): Decision | null {
  if (evidence.subIdCode) return { ...evidence.subIdCode, method: 'sub_id', confidence: 100 };
  const { clickAt } = evidence;
  const near = clickAt === null ? [] : evidence.clicks.filter((c) => Math.abs(c.at - clickAt) <= CLICK_MATCH_WINDOW_MS);
  if (near.length > 0 && clickAt !== null) {
    const distance = (c: { at: number }) => Math.abs(c.at - clickAt);
    const nearest = near.reduce((a, b) =>
      distance(b) < distance(a) || (distance(b) === distance(a) && (b.at < a.at || (b.at === a.at && b.code < a.code))) ? b : a,
    );
    const unanimous = near.every((c) => c.affiliateId === nearest.affiliateId);
    return { affiliateId: nearest.affiliateId, code: nearest.code, method: 'click_match', confidence: unanimous ? 90 : 60 };
  }
  const owner = evidence.channelOwners.find((o): o is string => o !== null);
  if (owner) return { affiliateId: owner, code: evidence.latestCodes.get(owner) ?? null, method: 'channel', confidence: 80 };
  return null;
}
