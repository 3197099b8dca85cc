import { randomString } from './random';

/** The closed list of id prefixes (docs/design.md: prefixed string ids). */
export const ID_PREFIXES = ['aff', 'key', 'prd', 'cod', 'clk', 'tir', 'ord', 'evt', 'led', 'bat', 'aud', 'wrt', 'pay', 'tch', 'rej', 'mnt'] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

/** Crockford's base32, lower case: the alphabet of every id. */
export const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A prefixed id that sorts by creation time: `aff_` + 10 chars of epoch ms (Crockford base32)
 * + 12 random chars, e.g. `clk_01jz3k8m4q7f9x2b0cdehmnp`.
 */
export function newId(prefix: IdPrefix, now = Date.now()): string {
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i++) {
    time = BASE32[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  return `${prefix}_${time}${randomString(BASE32, 12)}`;
}
