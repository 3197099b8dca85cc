import type { Db } from '../../env';
import { findLinkTarget, type LinkTarget } from '../../db/queries/share-codes';

// An isolate may keep a code's destination for a minute: the link's expiry and status travel with it,
// so a lapsed or withdrawn link is never served from memory. Misses are not cached: a code minted a
// second ago must work at once. Title and price may go a minute stale.
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { target: LinkTarget; until: number }>();

/** The redirect's one read, served from the isolate's memory when it can be. */
export async function cachedLinkTarget(db: Db, code: string, now = Date.now()): Promise<LinkTarget | null> {
  const hit = cache.get(code);
  if (hit && hit.until > now) return hit.target;
  const target = await findLinkTarget(db, code);
  if (target) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(code, { target, until: now + TTL_MS });
  }
  return target;
}

/** After this isolate renewed a code's link: the next click reads the fresh one. */
export function forgetLinkTarget(code: string): void {
  cache.delete(code);
}
