import { z } from 'zod';
import { NETWORKS, PLATFORM_IDS } from '../platforms/types';

export const BREAKDOWN_DIMENSIONS = ['affiliate', 'code', 'product', 'platform', 'channel', 'app', 'country', 'device'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
export const BREAKDOWN_SORTS = ['clicks', 'orders', 'gmvFen', 'commissionFen'] as const;
export type BreakdownSort = (typeof BREAKDOWN_SORTS)[number];

/** A calendar day that exists: 2026-02-30 is refused, not rolled over into March. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD (Asia/Shanghai)')
  .refine((d) => {
    const at = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === d;
  }, 'no such date');

const rangeFields = { from: daySchema, to: daySchema, platform: z.enum(PLATFORM_IDS).optional() };
/** The checks every report range passes: in order, and at most a year and a day. */
const checkedRange = <S extends z.ZodObject<typeof rangeFields>>(schema: S) =>
  schema
    .refine((r) => r.from <= r.to, 'from must not be after to')
    .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 <= 366, 'at most 366 days');

/** A date range in China days, inclusive, plus an optional platform filter. */
export const reportRangeSchema = checkedRange(z.object(rangeFields));

/** A breakdown page shows the top 500 rows; a CSV export carries up to 100,000. */
export const BREAKDOWN_PAGE_ROWS = 500;
export const BREAKDOWN_EXPORT_ROWS = 100_000;

export const breakdownQuerySchema = checkedRange(
  z.object({
    ...rangeFields,
    dimension: z.enum(BREAKDOWN_DIMENSIONS),
    sort: z.enum(BREAKDOWN_SORTS).default('clicks'),
    format: z.enum(['json', 'csv']).default('json'),
    /** The CSV's headers. */
    lang: z.enum(['zh', 'en']).default('zh'),
    limit: z.coerce.number().int().min(1).max(BREAKDOWN_EXPORT_ROWS).optional(),
  }),
);

export const kpisSchema = z.object({
  clicks: z.number(),
  uniques: z.number(),
  bots: z.number(),
  previews: z.number(),
  orders: z.number(),
  gmvFen: z.number(),
  estimatedFen: z.number(),
  settledFen: z.number(),
  /** Orders per human click, 0–1. */
  conversion: z.number(),
});
export type Kpis = z.infer<typeof kpisSchema>;

export const overviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  current: kpisSchema,
  previous: kpisSchema,
  series: z.array(z.object({ day: z.string(), clicks: z.number(), orders: z.number(), commissionFen: z.number() })),
  /** Lines ordered in the range that are flagged as outliers and left out of everything above until confirmed. */
  outliers: z.number().int(),
});
export type Overview = z.infer<typeof overviewSchema>;

export const breakdownRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  clicks: z.number(),
  orders: z.number(),
  gmvFen: z.number(),
  commissionFen: z.number(),
});

export const breakdownSchema = z.object({ dimension: z.enum(BREAKDOWN_DIMENSIONS), rows: z.array(breakdownRowSchema) });
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

/**
 * `GET /api/admin/reports/needs-you`: what waits on the operator, and what the programme keeps. Each
 * figure has one definition (docs/design.md, The operator's figures): commission is the network's on live
 * lines (settled: the actual one), the same as the overview's 佣金.
 */
export const needsYouSchema = z.object({
  /** Lines no rule could attribute, waiting for the admin (contested ones apart). */
  unattributed: z.object({ lines: z.number().int(), commissionFen: z.number().int() }),
  /** Lines whose click time stood by more than one affiliate's clicks: booked to no one until decided. */
  contested: z.object({ lines: z.number().int(), commissionFen: z.number().int() }),
  /** Payout requests waiting for approval. */
  payoutsWaiting: z.object({ count: z.number().int(), amountFen: z.number().int() }),
  /** What the programme owes affiliates now, by bucket (the ledger's sums). */
  owed: z.object({ pendingFen: z.number().int(), availableFen: z.number().int(), requestedFen: z.number().int() }),
  /** For lines ordered in the range: the network's commission, what affiliates get (own and overrides), and what is left. */
  margin: z.object({ commissionFen: z.number().int(), affiliatesFen: z.number().int(), overridesFen: z.number().int(), marginFen: z.number().int() }),
  /** How the programme runs: links withdrawn by the networks and renewed today, each network's calls today, affiliates not yet bound. */
  health: z.object({
    offlineLinks: z.number().int(),
    renewedToday: z.number().int(),
    quota: z.array(z.object({ network: z.enum(NETWORKS), used: z.number().int(), budget: z.number().int() })),
    unboundAffiliates: z.number().int(),
  }),
});
export type NeedsYou = z.infer<typeof needsYouSchema>;
