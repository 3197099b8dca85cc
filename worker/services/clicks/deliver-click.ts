import type { ClickMessage } from '../../../shared/schemas';
import type { Bindings, Db } from '../../env';
import { ingestClicks } from './ingest-clicks';

/**
 * Hands a click to the queue; without a queue binding (or with CLICK_DELIVERY=direct, which the route
 * tests use to read clicks back at once), or when the send fails, writes it directly so a click is not
 * lost. Never throws: the redirect has already answered.
 */
export async function deliverClick(env: Bindings, db: Db, click: ClickMessage): Promise<void> {
  try {
    if (env.CLICKS && env.CLICK_DELIVERY !== 'direct') {
      await env.CLICKS.send(click, { contentType: 'json' });
      return;
    }
  } catch (err) {
    console.error('click queue send failed; writing directly', click.code, err);
  }
  try {
    await ingestClicks(db, [click]);
  } catch (err) {
    console.error('click not recorded', click.code, err);
  }
}
