import type { ClickMessage } from '../../../shared/schemas';

// Coalesces clicks within one isolate into few sendBatch calls: under load hundreds of redirects share
// an isolate, and one queue call per click costs more than the redirect itself. The request that opens
// a window owns its timer, so the send and the promise's resolution happen in that request's context
// (workerd objects to promises settled from another request); every request that adds a click waits on
// that promise through waitUntil, so the isolate stays alive until its click is sent.
const FLUSH_AFTER_MS = 50;
const MAX_PER_SEND = 100; // Queues accept at most 100 messages per sendBatch

let pending: ClickMessage[] = [];
let openWindow: Promise<void> | null = null;

type Send = (batch: ClickMessage[]) => Promise<void>;

/** Adds a click; the returned promise settles once the window holding it was handed to `send`. */
export function bufferClick(click: ClickMessage, send: Send): Promise<void> {
  pending.push(click);
  openWindow ??= new Promise<void>((resolve) => {
    setTimeout(() => {
      const batch = pending;
      pending = [];
      openWindow = null;
      void sendInChunks(batch, send).finally(resolve);
    }, FLUSH_AFTER_MS);
  });
  return openWindow;
}

async function sendInChunks(batch: ClickMessage[], send: Send): Promise<void> {
  for (let i = 0; i < batch.length; i += MAX_PER_SEND) await send(batch.slice(i, i + MAX_PER_SEND));
}
