import { z } from 'zod';
import { shopRecords } from '../platforms';
import { NETWORKS, PLATFORM_IDS, type Network, type PlatformId } from '../platforms/types';

export { NETWORKS, type Network };
export const networkSchema = z.enum(NETWORKS);

export const networkOfPlatform = (platform: PlatformId): Network => shopRecords[platform].network;
/** The shops whose lines a network reports (Alimama: Taobao and Tmall). */
export const platformsOfNetwork = (network: Network): PlatformId[] => PLATFORM_IDS.filter((p) => shopRecords[p].network === network);
/** The shop a network's line was bought in when the report does not say: its first shop (Alimama: Taobao). */
export const NETWORK_PLATFORM = Object.fromEntries(NETWORKS.map((n) => [n, platformsOfNetwork(n)[0]!])) as Record<Network, PlatformId>;

/**
 * Our lifecycle. Forward: unpaid → paid → received → settled; invalid and refunded are terminal.
 * `unknown`: the network sent a status code we do not know (a new one) — the line is kept, its commission
 * pending (never paid out) and flagged for review until a report with a known status replaces it.
 */
export const ORDER_STATUSES = ['unpaid', 'paid', 'received', 'settled', 'invalid', 'refunded', 'unknown'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Text that is only shown: trimmed, and cut (not refused) past `max` characters. */
const cutText = (max: number) => z.string().transform((s) => s.trim().slice(0, max));

const fen = z.number().int().nonnegative().max(100_000_000_000);
const epochMs = z.number().int().min(946_684_800_000).max(4_102_444_800_000); // 2000 … 2100

/** One order line as every source (report import, webhook) delivers it after normalising. */
export const orderLineSchema = z
  .strictObject({
    network: networkSchema,
    /** Where it was bought: Alimama's 订单类型 / order_type tells Tmall from Taobao. Defaults to the network's shop. */
    platform: z.enum(PLATFORM_IDS).optional(),
    lineId: z.string().trim().min(1).max(100),
    orderNo: z.string().trim().min(1).max(100),
    productId: z.string().trim().max(64).nullable(),
    /** Display text: a longer one is cut, never a reason to lose the line. */
    productTitle: cutText(500).nullable(),
    status: z.enum(ORDER_STATUSES),
    statusReason: cutText(200).nullable(),
    paidAmountFen: fen,
    estimatedCommissionFen: fen,
    actualCommissionFen: fen.nullable(),
    /** Our share code when the link carried it (JD subUnionId, PDD custom_parameters, Taobao external id). */
    subId: z.string().trim().max(100).nullable(),
    /** `kind:value` channel ids: relation, special, adzone (Taobao); position, pid, channel (JD); pid (PDD). */
    channelIds: z.array(z.string().regex(/^[a-z]+:[\w.-]{1,80}$/)).max(8),
    clickAt: epochMs.nullable(),
    orderedAt: epochMs,
    settledAt: epochMs.nullable(),
    /**
     * The network's modification time; null (or absent) when the source has none, as Alimama's export.
     * Within one lifecycle stage a newer time wins, and without one the later report wins.
     */
    sourceUpdatedAt: epochMs.nullable().default(null),
    paidAt: epochMs.nullable().default(null),
    /** The order this line was split from (JD parentId) or belongs to (a Koubei parent order). */
    parentOrderNo: z.string().trim().max(100).nullable().default(null),
    /** What the network computes commission on once settled (Alimama 结算金额, JD actualCosPrice). */
    settledAmountFen: fen.nullable().default(null),
    /** Special-service fees (专项服务费) already taken off the commission amounts above. */
    serviceFeeFen: fen.nullable().default(null),
    commissionRateBp: z.number().int().min(0).max(10_000).nullable().default(null),
    /** A refund claim (维权) was raised; the commission stays pending until the network decides it. */
    refundClaim: z.boolean().default(false),
  })
  .refine((l) => !l.platform || networkOfPlatform(l.platform) === l.network, { message: 'platform does not belong to the network', path: ['platform'] })
  .transform((l) => ({ ...l, platform: l.platform ?? NETWORK_PLATFORM[l.network] }));
export type OrderLine = z.output<typeof orderLineSchema>;

export const webhookOrdersSchema = z.strictObject({ orders: z.array(orderLineSchema).min(1).max(1000) });

/** Why a report row could not be an order line; the dashboard words it in the reader's language (shared/report-words.ts). */
export const ROW_PROBLEMS = ['empty-id', 'unknown-status', 'bad-time', 'bad-amount', 'bad-value'] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

/**
 * A refused row: `message` in English for scripts; `problem` with the column (`field`, the network's own
 * header) and the cell (`value`, cut to 200 characters) for a person. Errors stored before problems
 * existed have them null.
 */
export const importRowErrorSchema = z.object({
  row: z.number().int(),
  code: z.string(),
  message: z.string(),
  problem: z.enum(ROW_PROBLEMS).nullable(),
  field: z.string().nullable(),
  value: z.string().nullable(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** Rows the dashboard sends per part of a large report (each part is one request, well inside a Worker's limits). */
export const IMPORT_PART_ROWS = 1000;
const cellSchema = z.string().max(4000);
const rowSchema = z.array(cellSchema).max(300);

/** Starts an import sent in parts: the report's first rows (the header is found among them). */
export const importStartSchema = z.strictObject({
  network: networkSchema,
  fileName: z.string().trim().min(1).max(200),
  /** SHA-256 hex of the file as chosen, for the record. */
  fileSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** What the file was (xls, xlsx, utf-8, gbk, …), as the reader found it. */
  format: z.string().max(20),
  /** Data rows after the header, for progress. */
  totalRows: z.number().int().min(0).max(5_000_000),
  head: z.array(rowSchema).min(1).max(5),
});
/** One part: consecutive data rows and the spreadsheet row number of the first. */
export const importPartSchema = z.strictObject({
  firstRow: z.number().int().min(2).max(5_000_000),
  rows: z.array(rowSchema).min(1).max(IMPORT_PART_ROWS),
});

export const importCountsSchema = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});

export const importPartResultSchema = importCountsSchema.extend({
  batchId: z.string(),
  part: z.number().int(),
  rows: z.number().int(),
  /** True when this part had been imported before: nothing was done again. */
  repeated: z.boolean(),
  errors: z.array(importRowErrorSchema),
});
export type ImportPartResult = z.infer<typeof importPartResultSchema>;

export const importResultSchema = importCountsSchema.extend({
  batchId: z.string(),
  encoding: z.string(),
  /** The first rejected rows (at most 1,000); `rejected` counts them all. */
  errors: z.array(importRowErrorSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;
