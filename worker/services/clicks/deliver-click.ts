import type { ClickMessage } from '../../../shared/schemas';
import type { Bindings, Db } from '../../env';
import { bufferClick } from './click-buffer';
import { ingestClicks } from './ingest-clicks';

/**
 * Hands a click to the queue (coalesced with the isolate's other clicks into one sendBatch); without a
 * queue binding (or with CLICK_DELIVERY=direct, which the route tests use to read clicks back at once),
 * or when the send fails, writes directly so a click is not lost. Never throws: the redirect has
 * already answered.
 */
export async function deliverClick(env: Bindings, db: Db, click: ClickMessage): Promise<void> {
  const queue = env.CLICK_DELIVERY !== 'direct' ? env.CLICKS : undefined;
  if (!queue) return writeDirectly(db, env.CLICK_ARCHIVE, [click]);
  await bufferClick(click, async (batch) => {
    try {
      await queue.sendBatch(batch.map((body) => ({ body, contentType: 'json' as const })));
    } catch (err) {
      console.error('click queue send failed; writing directly', batch.length, err);
      await writeDirectly(db, env.CLICK_ARCHIVE, batch);
    }
  });
}

async function writeDirectly(db: Db, archive: R2Bucket, clicks: ClickMessage[]): Promise<void> {
  try {
    await ingestClicks(db, archive, clicks);
  } catch (err) {
    console.error('clicks not recorded', clicks.length, err);
  }
}
