import { describe, expect, it } from 'vitest';
import { decideAttribution, type LineEvidence } from '../../../../worker/services/orders/decide-attribution';

const none: LineEvidence = { subIdCode: null, clickAt: null, clicks: [], channelOwners: [], latestCodes: new Map() };
const T = 1_764_000_000_000;

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
      { subIdCode: { code: 'AbC123', affiliateId: 'aff_a' }, clickAt: T, clicks: [{ code: 'Zz9', at: T, affiliateId: 'aff_b' }], channelOwners: ['aff_c'] },
      { affiliateId: 'aff_a', code: 'AbC123', method: 'sub_id', confidence: 100 },
    ],
    [
      'one click within 5 s',
      { clickAt: T, clicks: [{ code: 'K1', at: T + 4_000, affiliateId: 'aff_a' }] },
      { affiliateId: 'aff_a', code: 'K1', method: 'click_match', confidence: 90 },
    ],
    ['a click just outside the window is no match', { clickAt: T, clicks: [{ code: 'K1', at: T + 5_001, affiliateId: 'aff_a' }] }, null],
    ['clicks without the network click time are no match', { clickAt: null, clicks: [{ code: 'K1', at: T, affiliateId: 'aff_a' }] }, null],
    [
      'the nearest of several affiliates, with less confidence',
      {
        clickAt: T,
        clicks: [
          { code: 'K1', at: T - 3_000, affiliateId: 'aff_a' },
          { code: 'K2', at: T + 1_000, affiliateId: 'aff_b' },
        ],
      },
      { affiliateId: 'aff_b', code: 'K2', method: 'click_match', confidence: 60 },
    ],
    [
      'equally near: the earlier click, whatever order the rows came in',
      {
        clickAt: T,
        clicks: [
          { code: 'K2', at: T + 2_000, affiliateId: 'aff_b' },
          { code: 'K1', at: T - 2_000, affiliateId: 'aff_a' },
        ],
      },
      { affiliateId: 'aff_a', code: 'K1', method: 'click_match', confidence: 60 },
    ],
    [
      'several clicks of one affiliate stay confident',
      {
        clickAt: T,
        clicks: [
          { code: 'K1', at: T - 1_000, affiliateId: 'aff_a' },
          { code: 'K3', at: T + 3_000, affiliateId: 'aff_a' },
        ],
      },
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
});
