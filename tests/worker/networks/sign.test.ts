import { describe, expect, it } from 'vitest';
import vectors from '../../fixtures/networks/sign-vectors.json';
import { signJd } from '../../../worker/networks/jd/sign';
import { signPdd } from '../../../worker/networks/pdd/sign';
import { signTop, type TopSignMethod } from '../../../worker/networks/taobao/sign';

// The vectors (a copy of the team's network-sign-vectors.json) were computed with each network's published SDK recipe; the clients
// must reproduce every digest exactly.
describe('network request signatures', () => {
  const cases = (vectors.vectors as unknown as Array<{ network: string; secret: string; sign: string; params: Record<string, string> }>).map(
    (v) => [`${v.network} ${v.params.sign_method ?? 'md5'} ${v.params.method ?? v.params.type}`, v] as const,
  );
  it.each(cases)('%s', (_name, v) => {
    const params = v.params;
    const sign =
      v.network === 'taobao'
        ? signTop(params, v.secret, params.sign_method as TopSignMethod)
        : v.network === 'jd'
          ? signJd(params, v.secret)
          : signPdd(params, v.secret);
    expect(sign).toBe(v.sign);
  });
});
