/** How close the network's click time must be to one of ours to count as the same click. */
export const CLICK_MATCH_WINDOW_MS = 5_000;
/**
 * A human pace for one share code: more clicks than this within a minute of the line's click time (or
 * clicks the consumer already flagged as a flood) and the code's clicks are not evidence of anything.
 * The red team's flood was ten a second; a link posted to a big group brings a few a second at most.
 */
export const FLOOD_CLICKS_PER_MINUTE = 60;
/** The consumer flags a code's clicks as a flood past that pace and this many times the code's own pace over the day before. */
export const FLOOD_TIMES_USUAL = 10;

export interface Decision {
  affiliateId: string;
  code: string | null;
  method: 'sub_id' | 'click_match' | 'channel';
  confidence: number;
}

/** One affiliate's clicks in a click-time window: what the admin weighs when the time does not decide. */
export interface Candidate {
  affiliateId: string;
  /** Their codes for the product clicked in the window, nearest first. */
  codes: string[];
  clicks: number;
  /** Distinct visitors among those clicks. */
  visitors: number;
  /** Milliseconds from the network's click time to their nearest click. */
  nearestMs: number;
  /** Their clicks came at a pace no person clicks (left out of the decision, shown as evidence). */
  flood: boolean;
}

/** The click time does not decide: more than one affiliate's code for the product was clicked in the window. */
export interface Contest {
  contested: true;
  candidates: Candidate[];
}

export interface EvidenceClick {
  code: string;
  at: number;
  affiliateId: string;
  visitor: string;
  /** The click was flagged as a flood when it came in, or its code passed a human pace around the line's click time. */
  flood: boolean;
}

/** What the database knows that bears on one waiting line (gathered in batches by attribute-orders.ts). */
export interface LineEvidence {
  /** The line's sub-id names this share code of this affiliate (null: names none of ours). */
  subIdCode: { code: string; affiliateId: string } | null;
  /** For each of the line's channel ids in the line's own order, the affiliate who registered it. */
  channelOwners: ReadonlyArray<string | null>;
  /** Each affiliate's newest code for the line's product, for a channel match to name a code. */
  latestCodes: ReadonlyMap<string, string>;
  /** The network's click time on the line, and our clicks on the same product around it. */
  clickAt: number | null;
  clicks: readonly EvidenceClick[];
}

/** Our clicks in the window, one candidate per affiliate, nearest first. */
export function candidatesOf(clicks: readonly EvidenceClick[], clickAt: number): Candidate[] {
  const near = clicks.filter((c) => Math.abs(c.at - clickAt) <= CLICK_MATCH_WINDOW_MS);
  const byAffiliate = Map.groupBy(near, (c) => c.affiliateId);
  return [...byAffiliate.entries()]
    .map(([affiliateId, own]) => {
      const sorted = own.toSorted((a, b) => Math.abs(a.at - clickAt) - Math.abs(b.at - clickAt) || a.code.localeCompare(b.code));
      return {
        affiliateId,
        codes: [...new Set(sorted.map((c) => c.code))],
        clicks: own.length,
        visitors: new Set(own.map((c) => c.visitor)).size,
        nearestMs: Math.abs(sorted[0]!.at - clickAt),
        flood: own.some((c) => c.flood),
      };
    })
    .toSorted((a, b) => a.nearestMs - b.nearestMs || a.affiliateId.localeCompare(b.affiliateId));
}

/**
 * docs/design.md step 6, as a pure function. Identity decides first: the sub-id names our code, then the
 * first of the line's channel ids (relation, special, adzone, position, pid) an affiliate registered.
 * Only then the click time — and only when it is uncontested: the one affiliate whose code for the
 * product was clicked within the window. Clicks at a flood's pace are left out. Two or more affiliates
 * in the window, or only floods: a Contest, booked to no one. Nothing at all: null (the line waits).
 */
export function decideAttribution(evidence: LineEvidence): Decision | Contest | null {
  if (evidence.subIdCode) return { ...evidence.subIdCode, method: 'sub_id', confidence: 100 };
  const owner = evidence.channelOwners.find((o): o is string => o !== null);
  if (owner) return { affiliateId: owner, code: evidence.latestCodes.get(owner) ?? null, method: 'channel', confidence: 80 };
  if (evidence.clickAt === null) return null;
  const candidates = candidatesOf(evidence.clicks, evidence.clickAt);
  const people = candidates.filter((c) => !c.flood);
  if (people.length === 1) return { affiliateId: people[0]!.affiliateId, code: people[0]!.codes[0]!, method: 'click_match', confidence: 90 };
  // Several people's codes, or only floods: booked to no one, the evidence kept for the admin.
  return candidates.length > 0 ? { contested: true, candidates } : null;
}

export const isContest = (outcome: Decision | Contest | null): outcome is Contest => outcome !== null && 'contested' in outcome;

/** How the operator has contested click times settled: 0 by hand (the default), 1 by a clear majority of visitors. */
export const CONTEST_RULES = { review: 0, visitors: 1 } as const;

/**
 * The operator's rule on a contest. By hand (0): nothing is decided here. By visitors (1): the candidate
 * whose clicks in the window came from at least twice as many distinct visitors as every other
 * candidate's — floods never win, and never count — at a lower confidence; anything closer stays for the
 * admin. Visitors can be faked by many addresses, which is why the default is review.
 */
export function settleContest(contest: Contest, rule: number): Decision | null {
  if (rule !== CONTEST_RULES.visitors) return null;
  const people = contest.candidates.filter((c) => !c.flood).toSorted((a, b) => b.visitors - a.visitors);
  const [first, second] = people;
  if (!first || (second && first.visitors < 2 * second.visitors)) return null;
  return { affiliateId: first.affiliateId, code: first.codes[0]!, method: 'click_match', confidence: 50 };
}
