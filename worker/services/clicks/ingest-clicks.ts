import { chinaDayNumber } from '../../../shared/china-time';
import { clickMessageSchema, type ClickMessage } from '../../../shared/schemas';
import type { Db } from '../../env';
import { writeClickBatch } from '../../db/queries/click-ingest';
import { attributeOrders } from '../orders/attribute-orders';
import { bookLedger } from '../orders/book-ledger';
import { CLICK_MATCH_WINDOW_MS, FLOOD_CLICKS_PER_MINUTE, FLOOD_TIMES_USUAL } from '../orders/decide-attribution';
import { archiveObjects, toArchived } from './click-archive';

/**
 * Parses queue messages at the boundary, writes the good ones to D1 as one batch, attributes the order
 * lines that were waiting for them, and archives them to R2. A malformed message is logged and dropped
 * (retrying cannot fix it); a failed write throws so the queue redelivers the batch: D1 then adds
 * nothing it has, and the archive object is written again under the same name.
 */
export async function ingestClicks(db: Db, archive: R2Bucket, messages: readonly unknown[], now = Date.now()): Promise<{ written: number; dropped: number }> {
  // A message the Queue delivered twice in one batch is one click.
  const byId = new Map<string, ClickMessage>();
  let malformed = 0;
  for (const message of messages) {
    const parsed = clickMessageSchema.safeParse(message);
    if (!parsed.success) {
      malformed++;
      console.error('dropping malformed click message', parsed.error.issues[0]);
    } else if (!byId.has(parsed.data.id)) byId.set(parsed.data.id, parsed.data);
  }
  const valid = [...byId.values()];
  if (valid.length > 0) {
    const stored = await writeClickBatch(db, valid, {
      flood: { perMinute: FLOOD_CLICKS_PER_MINUTE, timesUsual: FLOOD_TIMES_USUAL },
      visitorsFromDay: chinaDayNumber(now) - 1,
      matchWindowMs: CLICK_MATCH_WINDOW_MS,
    });
    // An order reported before its click reached us (queue lag) is attributed now that the click is here.
    if (stored.waitingLineIds.length) {
      const attributed = await attributeOrders(db, stored.waitingLineIds, now);
      if (attributed.length) await bookLedger(db, attributed);
    }
    const archived = valid.map((click) => toArchived(click, stored.kinds.get(click.id) ?? click.kind));
    for (const object of await archiveObjects(archived)) {
      await archive.put(object.key, object.body, {
        httpMetadata: { contentType: 'application/x-ndjson' },
        customMetadata: { codes: object.codes, clicks: String(object.count) },
      });
    }
  }
  return { written: valid.length, dropped: malformed };
}
