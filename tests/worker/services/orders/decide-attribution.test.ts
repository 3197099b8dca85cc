import { describe, expect, it } from 'vitest';
import { decideAttribution, settleContest, type Contest, type EvidenceClick, type LineEvidence } from '../../../../worker/services/orders/decide-attribution';

const none: LineEvidence = { subIdCode: null, clickAt: null, clicks: [], channelOwners: [], latestCodes: new Map() };
const T = 1_764_000_000_000;
/** A click of a person (visitor `v`) on `code` of `affiliateId`, `ms` from the network's click time. */
const click = (code: string, ms: number, affiliateId: string, visitor = `v-${code}-${ms}`, flood = false): EvidenceClick => ({
  code,
  at: T + ms,
  affiliateId,
  visitor,
  flood,
});

describe('decideAttribution', () => {
  it.each<[string, Partial<LineEvidence>, ReturnType<typeof decideAttribution>]>([
    ['nothing known: the line waits', {}, null],
    [
      'the sub-id names our code',
      { subIdCode: { code: 'AbC123', affiliateId: 'aff_a' } },
      { affiliateId: 'aff_a', code: 'AbC123', method: 'sub_id', confidence: 100 },
    ],
    [
      'the sub-id wins over a click and a channel',
      { subIdCode: { code: 'AbC123', affiliateId: 'aff_a' }, clickAt: T, clicks: [click('Zz9', 0, 'aff_b')], channelOwners: ['aff_c'] },
      { affiliateId: 'aff_a', code: 'AbC123', method: 'sub_id', confidence: 100 },
    ],
    [
      'identity before time: a registered channel id wins over a click of someone else',
      { clickAt: T, clicks: [click('K2', 0, 'aff_b')], channelOwners: ['aff_c'], latestCodes: new Map([['aff_c', 'C0de']]) },
      { affiliateId: 'aff_c', code: 'C0de', method: 'channel', confidence: 80 },
    ],
    [
      'one click within 5 s',
      { clickAt: T, clicks: [click('K1', 4_000, 'aff_a')] },
      { affiliateId: 'aff_a', code: 'K1', method: 'click_match', confidence: 90 },
    ],
    ['a click just outside the window is no match', { clickAt: T, clicks: [click('K1', 5_001, 'aff_a')] }, null],
    ['clicks without the network click time are no match', { clickAt: null, clicks: [click('K1', 0, 'aff_a')] }, null],
    [
      'several clicks of one affiliate: the nearest of their codes',
      { clickAt: T, clicks: [click('K3', 3_000, 'aff_a'), click('K1', -1_000, 'aff_a')] },
      { affiliateId: 'aff_a', code: 'K1', method: 'click_match', confidence: 90 },
    ],
    [
      'another affiliate’s flood in the window does not contest a person’s click',
      { clickAt: T, clicks: [click('K1', 2_000, 'aff_a'), click('F1', 100, 'aff_b', 'x', true), click('F1', 200, 'aff_b', 'y', true)] },
      { affiliateId: 'aff_a', code: 'K1', method: 'click_match', confidence: 90 },
    ],
    [
      'a registered channel id, with the owner’s newest code',
      { channelOwners: [null, 'aff_c'], latestCodes: new Map([['aff_c', 'C0de']]) },
      { affiliateId: 'aff_c', code: 'C0de', method: 'channel', confidence: 80 },
    ],
    [
      'the first registered channel id in the line’s own order',
      { channelOwners: ['aff_d', 'aff_c'] },
      { affiliateId: 'aff_d', code: null, method: 'channel', confidence: 80 },
    ],
    ['channel ids nobody registered', { channelOwners: [null, null] }, null],
  ])('%s', (_name, evidence, expected) => {
    expect(decideAttribution({ ...none, ...evidence })).toEqual(expected);
  });

  it('two affiliates in the window: contested, nearest first, with each one’s clicks, visitors and flags', () => {
    const outcome = decideAttribution({
      ...none,
      clickAt: T,
      clicks: [click('K1', -3_000, 'aff_a', 'p1'), click('K2', 1_000, 'aff_b', 'p2'), click('K2', 1_500, 'aff_b', 'p2'), click('K9', 4_000, 'aff_b', 'p3')],
    });
    expect(outcome).toEqual({
      contested: true,
      candidates: [
        { affiliateId: 'aff_b', codes: ['K2', 'K9'], clicks: 3, visitors: 2, nearestMs: 1_000, flood: false },
        { affiliateId: 'aff_a', codes: ['K1'], clicks: 1, visitors: 1, nearestMs: 3_000, flood: false },
      ],
    });
  });

  it('the red team’s flood: a click every 100 ms from ever new visitors never takes the line from the one who shared it', () => {
    const flood = Array.from({ length: 101 }, (_, i) => click('B1', -5_000 + i * 100, 'aff_b', `ua-ip-${i}`, true));
    // Flagged floods: the person's click decides.
    expect(decideAttribution({ ...none, clickAt: T, clicks: [...flood, click('A1', 1_234, 'aff_a', 'friend')] })).toMatchObject({
      affiliateId: 'aff_a',
      method: 'click_match',
    });
    // Not (yet) flagged: contested, booked to no one — never to the nearest.
    const unflagged = flood.map((c) => ({ ...c, flood: false }));
    const outcome = decideAttribution({ ...none, clickAt: T, clicks: [...unflagged, click('A1', 1_234, 'aff_a', 'friend')] });
    expect(outcome).toMatchObject({ contested: true });
    // Only a flood in the window: no one is paid, the evidence is kept.
    expect(decideAttribution({ ...none, clickAt: T, clicks: flood })).toMatchObject({ contested: true, candidates: [{ affiliateId: 'aff_b', flood: true }] });
  });

  it('the operator’s rule: by hand decides nothing; by visitors takes a clear majority only, never a flood', () => {
    const contest = (candidates: Array<Partial<Contest['candidates'][number]> & { affiliateId: string }>): Contest => ({
      contested: true,
      candidates: candidates.map((c) => ({ codes: [`${c.affiliateId}-code`], clicks: 1, visitors: 1, nearestMs: 0, flood: false, ...c })),
    });
    const clear = contest([
      { affiliateId: 'aff_a', visitors: 6 },
      { affiliateId: 'aff_b', visitors: 3 },
    ]);
    expect(settleContest(clear, 0)).toBeNull();
    expect(settleContest(clear, 1)).toEqual({ affiliateId: 'aff_a', code: 'aff_a-code', method: 'click_match', confidence: 50 });
    expect(
      settleContest(
        contest([
          { affiliateId: 'aff_a', visitors: 5 },
          { affiliateId: 'aff_b', visitors: 3 },
        ]),
        1,
      ),
    ).toBeNull();
    expect(
      settleContest(
        contest([
          { affiliateId: 'aff_b', visitors: 300, flood: true },
          { affiliateId: 'aff_a', visitors: 1 },
        ]),
        1,
      ),
    ).toMatchObject({ affiliateId: 'aff_a' });
  });
});
