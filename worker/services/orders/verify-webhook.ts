import { timingSafeEqual } from 'hono/utils/buffer';
import type { Db } from '../../env';
import { hmacSha256Hex } from '../../crypto';
import { AppError } from '../../errors';
import { deleteReceiptsBefore, insertReceipt, receiptExists } from '../../db/queries/webhook-receipts';

/** How far a delivery's timestamp may be from our clock (Stripe's default). */
export const WEBHOOK_TOLERANCE_MS = 5 * 60 * 1000;

/** The signature header a sender computes: `v1=` + hex HMAC-SHA256 of `{timestamp}.{body}`. */
export async function signWebhook(secret: string, timestamp: number, body: string): Promise<string> {
  return `v1=${await hmacSha256Hex(secret, `${timestamp}.${body}`)}`;
}

/**
 * Accepts a delivery only when its signature matches (constant-time), its timestamp (Unix seconds) is
 * within the tolerance, and the same delivery was never processed before (no replays). Returns the
 * receipt to record once the delivery's work is done (`recordWebhookReceipt`): a delivery that failed
 * half-way can be sent again as it was and is processed to completion.
 */
export async function verifyWebhook(
  db: Db,
  secret: string | undefined,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  body: string,
  now = Date.now(),
) {
  if (!secret) throw new AppError('BAD_SIGNATURE', 'Order webhooks are not enabled: set the ORDERS_WEBHOOK_SECRET secret.');
  const timestamp = Number(timestampHeader);
  if (!timestampHeader || !Number.isInteger(timestamp)) throw new AppError('BAD_SIGNATURE', 'X-Daihuo-Timestamp must be Unix seconds.');
  if (Math.abs(now - timestamp * 1000) > WEBHOOK_TOLERANCE_MS) throw new AppError('BAD_SIGNATURE', 'The timestamp is outside the 5-minute tolerance.');
  const expected = await signWebhook(secret, timestamp, body);
  if (!signatureHeader || !(await timingSafeEqual(signatureHeader, expected))) throw new AppError('BAD_SIGNATURE', 'The signature does not match the body.');
  if (await receiptExists(db, expected)) throw new AppError('BAD_SIGNATURE', 'This delivery was already received (replay).');
  return expected;
}

/** Marks a delivery processed, after its work completed; later copies of it are refused as replays. */
export async function recordWebhookReceipt(db: Db, signature: string, now = Date.now()): Promise<void> {
  await insertReceipt(db, signature, now);
}

/** Receipts only matter inside the tolerance window; older ones can go (run by the cron). */
export async function pruneWebhookReceipts(db: Db, now = Date.now()): Promise<void> {
  await deleteReceiptsBefore(db, now - 2 * WEBHOOK_TOLERANCE_MS);
}
