import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../env';
import { webhookReceipts } from '../schema';

export async function receiptExists(db: Db, signature: string): Promise<boolean> {
  const [row] = await db.select({ signature: webhookReceipts.signature }).from(webhookReceipts).where(eq(webhookReceipts.signature, signature));
  return row !== undefined;
}

export async function insertReceipt(db: Db, signature: string, now: number): Promise<void> {
  await db.insert(webhookReceipts).values({ signature, receivedAt: now }).onConflictDoNothing();
}

export async function deleteReceiptsBefore(db: Db, before: number): Promise<void> {
  await db.delete(webhookReceipts).where(lt(webhookReceipts.receivedAt, before));
}
