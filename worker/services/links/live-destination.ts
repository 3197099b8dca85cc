import type { Bindings, Db } from '../../env';
import type { LinkTarget } from '../../db/queries/share-codes';
import { forgetLinkTarget } from '../clicks/link-target-cache';
import { renewLapsedLink } from './renew-links';

/**
 * Where a click goes and which password a landing shows: the stored link while it lives; past its life a
 * fresh one minted inline (once for a burst of clicks), or — when that fails — the product page and no
 * password: a lapsed link or 淘口令 is never handed out.
 */
export async function liveDestination(db: Db, env: Bindings, code: string, target: LinkTarget, now = Date.now()) {
  const lapsed = target.tracking === 'network' && target.linkExpiresAt !== null && target.linkExpiresAt <= now;
  if (!lapsed) return { destinationUrl: target.destinationUrl, networkPassword: target.networkPassword };
  const fresh = await renewLapsedLink(db, env, code, { now });
  forgetLinkTarget(code);
  return fresh ? { destinationUrl: fresh.trackedUrl, networkPassword: fresh.networkPassword } : { destinationUrl: target.url, networkPassword: null };
}
