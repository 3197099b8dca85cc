import { useState } from 'preact/hooks';
import type { PayoutMethod } from '../../../../shared/schemas/payout-accounts';
import { payoutBatchSchema, type PayoutBatch } from '../../../../shared/schemas/payouts';
import { ApiError } from '../../api-error';
import { client, ok, okAs } from '../../client';

const CHUNK = 100;

/** The next bank file (made on demand: making it is audited) and marking it paid, a chunk at a time. */
export function usePayoutBatch(onPaid: () => void) {
  const [batch, setBatch] = useState<PayoutBatch | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{ paid: number; skipped: number } | { error: string } | null>(null);

  async function prepare(method: PayoutMethod) {
    setResult(null);
    setBatch(await okAs(client.api.admin['payout-batch'].$get({ query: { method } }), payoutBatchSchema));
  }
  async function markPaid(reference: string) {
    if (!batch) return;
    const ids = batch.lines.map((l) => l.payoutId);
    let paid = 0;
    let skipped = 0;
    try {
      for (let i = 0; i < ids.length; i += CHUNK) {
        setProgress({ done: i, total: ids.length });
        const answer = await ok(client.api.admin['payout-batch'].paid.$post({ json: { payoutIds: ids.slice(i, i + CHUNK), reference } }));
        paid += answer.paid.length;
        skipped += answer.skipped.length;
      }
      setResult({ paid, skipped });
      setBatch(null);
    } catch (err) {
      setResult({ error: err instanceof ApiError ? err.message : String(err) });
    } finally {
      setProgress(null);
      onPaid();
    }
  }
  return { batch, progress, result, prepare, markPaid };
}
