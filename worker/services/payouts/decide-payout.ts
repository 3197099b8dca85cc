import type { Payout, PayoutStatus } from '../../../shared/schemas/payouts';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { applyPayoutStep, findPayout, type PayoutStep } from '../../db/queries/payouts';

export type PayoutDecision = { action: 'approve' } | { action: 'reject'; reason: string } | { action: 'paid'; reference: string };

/**
 * The admin's steps: approve (no money moves; a 0-fen line records it), reject (the amount goes back to available, with the
 * reason the affiliate reads), mark paid (requested → paid, with the transfer reference). A step that
 * does not fit the payout's status — paying a rejected one, rejecting twice — is a 409.
 */
function stepOf(id: string, decision: PayoutDecision): PayoutStep {
  switch (decision.action) {
    case 'approve':
      return { to: 'approved', from: ['requested'], move: { note: `payout ${id} approved` } };
    case 'reject':
      return {
        to: 'rejected',
        from: ['requested', 'approved'],
        move: { from: 'requested', to: 'available', reason: `payout ${id} rejected: ${decision.reason}` },
        reason: decision.reason,
      };
    case 'paid':
      return {
        to: 'paid',
        from: ['requested', 'approved'],
        move: { from: 'requested', to: 'paid', reason: `payout ${id} paid (${decision.reference})` },
        reference: decision.reference,
      };
  }
}

/** `onlyFrom` narrows the statuses the step may start from (a batch pays approved payouts only). */
export async function decidePayout(db: Db, id: string, decision: PayoutDecision, now = Date.now(), onlyFrom?: readonly PayoutStatus[]): Promise<Payout> {
  const step = stepOf(id, decision);
  const from = onlyFrom ? step.from.filter((s) => onlyFrom.includes(s)) : step.from;
  const applied = await applyPayoutStep(db, id, { ...step, from }, crypto.randomUUID(), now);
  const row = await findPayout(db, id);
  if (!row) throw new AppError('NOT_FOUND', `No payout ${id}.`);
  if (!applied)
    throw new AppError('CONFLICT', `Payout ${id} is ${row.status}; it cannot be ${decision.action === 'paid' ? 'marked paid' : `${decision.action}d`} now.`);
  return row;
}
