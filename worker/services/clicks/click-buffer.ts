import type { ClickMessage } from '../../../shared/schemas';

// Coalesces clicks within one isolate into a single sendBatch: under load hundreds of redirects share an
// isolate, and one queue call per click costs more than the redirect itself. Every request that adds a
// click waits (via waitUntil) on the flush that carries it, so the isolate stays alive until it is sent.
const FLUSH_AFTER_MS = 50;
const MAX_BATCH = 100; // Queues accept at most 100 messages per sendBatch

let pending: ClickMessage[] = [];
let flushing: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let resolveFlush: (() => void) | null = null;

type Send = (batch: ClickMessage[]) => Promise<void>;

/** Adds a click; the returned promise settles once the batch holding it was handed to `send`. */
export function bufferClick(click: ClickMessage, send: Send): Promise<void> {
  pending.push(click);
  if (!flushing) {
    flushing = new Promise<void>((resolve) => {
      resolveFlush = resolve;
    });
    timer = setTimeout(() => void flush(send), FLUSH_AFTER_MS);
  }
  const current = flushing;
  if (pending.length >= MAX_BATCH) void flush(send);
  return current;
}

async function flush(send: Send): Promise<void> {
  if (timer) clearTimeout(timer);
  const batch = pending;
  const done = resolveFlush;
  pending = [];
  flushing = null;
  timer = null;
  resolveFlush = null;
  try {
    await send(batch);
  } finally {
    done?.();
  }
}
