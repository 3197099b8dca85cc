import { clickMessageSchema, type ClickMessage } from '../../../shared/schemas';
import type { Db } from '../../env';
import { writeClickBatch } from '../../db/queries/click-ingest';
import { attributeNearIngestedClicks } from '../orders/attribute-orders';
import { bookLedger } from '../orders/book-ledger';
import { FLOOD_CLICKS_PER_MINUTE, FLOOD_TIMES_USUAL } from '../orders/decide-attribution';

/**
 * Parses queue messages at the boundary and writes the good ones as one batch. A malformed message is
 * logged and dropped (retrying cannot fix it); a failed write throws so the queue redelivers the batch,
 * which the idempotent click ids make harmless.
 */
export async function ingestClicks(db: Db, messages: readonly unknown[]): Promise<{ written: number; dropped: number }> {
  const valid: ClickMessage[] = [];
  for (const message of messages) {
    const parsed = clickMessageSchema.safeParse(message);
    if (parsed.success) valid.push(parsed.data);
    else console.error('dropping malformed click message', parsed.error.issues[0]);
  }
  if (valid.length > 0) {
    const token = crypto.randomUUID();
    await writeClickBatch(db, valid, token, { perMinute: FLOOD_CLICKS_PER_MINUTE, timesUsual: FLOOD_TIMES_USUAL });
    // An order reported before its click reached us (queue lag) is attributed now that the click is here.
    const attributed = await attributeNearIngestedClicks(db, token);
    if (attributed.length) await bookLedger(db, attributed);
  }
  return { written: valid.length, dropped: messages.length - valid.length };
}
