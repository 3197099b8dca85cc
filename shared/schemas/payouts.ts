import { z } from 'zod';
import { PAYOUT_METHODS } from './payout-accounts';
import { personText } from './text';

/** What an affiliate has, per bucket, in fen (docs/design.md, "Balances and payouts"). */
export const balanceSchema = z.object({
  /** Not yet settled by the network. */
  pendingFen: z.number().int(),
  /** Settled, but inside the hold period. */
  heldFen: z.number().int(),
  /** Settled and past the hold period, less payouts asked for: what can be withdrawn now. */
  availableFen: z.number().int(),
  /** Asked for and not yet paid or rejected. */
  requestedFen: z.number().int(),
  paidFen: z.number().int(),
  holdDays: z.number().int(),
  minimumPayoutFen: z.number().int(),
});
export type Balance = z.infer<typeof balanceSchema>;

export const payoutRequestSchema = z.strictObject({
  amountFen: z.number().int('amountFen must be whole fen').positive('amountFen must be more than 0').max(10_000_000_000),
});

export const PAYOUT_STATUSES = ['requested', 'approved', 'rejected', 'paid'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

export const payoutSchema = z.object({
  id: z.string(),
  affiliateId: z.string(),
  affiliateName: z.string().optional(),
  amountFen: z.number().int(),
  status: z.enum(PAYOUT_STATUSES),
  reason: z.string().nullable(),
  reference: z.string().nullable(),
  requestedAt: z.number(),
  decidedAt: z.number().nullable(),
  paidAt: z.number().nullable(),
  /** Where the affiliate is paid now, masked (null: no account saved yet). */
  accountMethod: z.enum(PAYOUT_METHODS).nullable().default(null),
  accountMasked: z.string().nullable().default(null),
});
export type Payout = z.infer<typeof payoutSchema>;

/** `GET /api/admin/payout-batch`: the approved payouts a bank file would pay, and those it cannot. */
export const payoutBatchQuerySchema = z.strictObject({
  method: z.enum(PAYOUT_METHODS).default('alipay'),
  format: z.enum(['json', 'csv']).default('json'),
});
export const payoutBatchSchema = z.object({
  batchNo: z.string(),
  method: z.enum(PAYOUT_METHODS),
  /** 付款日期, YYYYMMDD in China time. */
  date: z.string(),
  lines: z.array(
    z.object({ payoutId: z.string(), serial: z.string(), account: z.string(), realName: z.string(), amountFen: z.number().int(), note: z.string() }),
  ),
  totalFen: z.number().int(),
  /** Approved payouts left out: no account saved, or paid another way (the other method). */
  left: z.array(z.object({ payoutId: z.string(), affiliateName: z.string(), amountFen: z.number().int(), why: z.enum(['no-account', 'other-method']) })),
  /** More approved payouts than one file takes wait for the next. */
  more: z.boolean(),
});
export type PayoutBatch = z.infer<typeof payoutBatchSchema>;

/** Marks a paid batch: every listed payout still approved becomes paid with the one transfer reference. */
export const payoutBatchPaidSchema = z.strictObject({
  payoutIds: z.array(z.string().max(40)).min(1).max(200),
  reference: personText(100, { what: 'the transfer reference' }),
});

export const payoutRejectSchema = z.strictObject({ reason: personText(200, { min: 2, lines: true, what: 'reason (say why)' }) });
export const payoutPaidSchema = z.strictObject({ reference: personText(100, { what: 'the transfer reference' }) });

export const payoutListQuerySchema = z.strictObject({
  status: z.enum(PAYOUT_STATUSES).optional(),
  affiliateId: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  format: z.enum(['json', 'csv']).default('json'),
  /** The CSV's headers and words. */
  lang: z.enum(['zh', 'en']).default('zh'),
});

/** A calendar month in China time, `2026-11`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must look like 2026-11');
/** `lang`: the month summary CSV's headers (a statement's CSV stays as the ledger words it). */
export const statementQuerySchema = z.strictObject({ format: z.enum(['json', 'csv']).default('json'), lang: z.enum(['zh', 'en']).default('zh') });

export const statementLineSchema = z.object({
  at: z.number(),
  kind: z.string(),
  bucket: z.string(),
  amountFen: z.number().int(),
  reason: z.string(),
  orderNo: z.string().nullable(),
  payoutId: z.string().nullable(),
  /** What Daihuo owes the affiliate after this line (every bucket but `paid`). */
  owedFen: z.number().int(),
});

export const statementSchema = z.object({
  affiliateId: z.string(),
  month: z.string(),
  openingOwedFen: z.number().int(),
  closingOwedFen: z.number().int(),
  earnedFen: z.number().int(),
  paidFen: z.number().int(),
  lines: z.array(statementLineSchema),
});
export type Statement = z.infer<typeof statementSchema>;

export const monthSummaryRowSchema = z.object({
  affiliateId: z.string(),
  name: z.string(),
  openingOwedFen: z.number().int(),
  earnedFen: z.number().int(),
  adjustedFen: z.number().int(),
  paidFen: z.number().int(),
  closingOwedFen: z.number().int(),
});
export type MonthSummaryRow = z.infer<typeof monthSummaryRowSchema>;

export const monthParamSchema = z.strictObject({ month: monthSchema });

export const payoutListSchema = z.object({ payouts: z.array(payoutSchema), total: z.number().int() });
export const monthSummarySchema = z.object({ month: z.string(), rows: z.array(monthSummaryRowSchema) });
