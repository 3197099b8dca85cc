import { z } from 'zod';
import { networkSchema } from './orders';

const id = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required`)
    .max(128)
    .regex(/^[\w.:-]+$/, `${what} may hold letters, digits, _ . : - only`);
const secret = (what: string) => z.string().trim().min(6, `${what} looks too short`).max(256);

/** 淘宝联盟: an app on the Taobao Open Platform and the 推广位 (adzone) orders are credited to. */
export const taobaoConnectionSchema = z.strictObject({
  appKey: id('appKey'),
  appSecret: secret('appSecret'),
  adzoneId: z.string().regex(/^\d{1,20}$/, 'adzoneId is the third number of your PID mm_x_y_z'),
  siteId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
  session: z.string().max(256).optional(),
  signMethod: z.enum(['md5', 'hmac', 'hmac-sha256']).optional(),
});

/** 京东联盟: an app key of the union open platform and the registered site (网站/APP ID). */
export const jdConnectionSchema = z.strictObject({
  appKey: id('appKey'),
  appSecret: secret('appSecret'),
  siteId: z.string().regex(/^\d{1,20}$/, 'siteId is the number of your registered site or app'),
  positionId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});

/** 多多进宝: a client of the open platform and a 推广位 id. */
export const pddConnectionSchema = z.strictObject({
  clientId: id('clientId'),
  clientSecret: secret('clientSecret'),
  pid: z.string().regex(/^\d+_\d+$/, 'pid looks like 1234567_890123'),
});

export const CONNECTION_SCHEMAS = { taobao: taobaoConnectionSchema, jd: jdConnectionSchema, pdd: pddConnectionSchema } as const;
export type ConnectionInput = {
  taobao: z.infer<typeof taobaoConnectionSchema>;
  jd: z.infer<typeof jdConnectionSchema>;
  pdd: z.infer<typeof pddConnectionSchema>;
};

export const networkParamSchema = z.object({ network: networkSchema });

/** The counts of an order pull: time windows asked, rows pulled, and what became of them. */
const pullCountsSchema = z.object({
  windows: z.number(),
  pulled: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
});

/** What one order pull did, kept on the connection so a person sees what the cron did. */
export const lastRunSchema = pullCountsSchema.extend({ at: z.number() });
export type LastRun = z.infer<typeof lastRunSchema>;

/** A range pulled across runs: from, to, and how far it has come. */
export const syncRangeSchema = z.object({ from: z.number(), to: z.number(), cursor: z.number() });

/** One network as the dashboard lists it: never a secret. */
export const networkStatusSchema = z.object({
  network: networkSchema,
  connected: z.boolean(),
  maskedKey: z.string().nullable(),
  simulated: z.boolean(),
  lastCheckAt: z.number().nullable(),
  lastSyncAt: z.number().nullable(),
  lastError: z.string().nullable(),
  syncCursor: z.number().nullable(),
  lastRun: lastRunSchema.nullable(),
  /** A range still being pulled, run by run; null when none is. */
  range: syncRangeSchema.nullable(),
  /** Rows the network sent that could not be order lines, kept for review. */
  rejectedRows: z.number(),
  /** Today's (China day) calls spent, by use, against the day's budget. */
  usageToday: z.object({ mints: z.number(), renewals: z.number(), pulls: z.number(), budget: z.number() }),
});
export type NetworkStatus = z.infer<typeof networkStatusSchema>;

export const syncRequestSchema = z
  .strictObject({ from: z.number().int().min(946_684_800_000).optional(), to: z.number().int().optional() })
  .refine((r) => r.from === undefined || r.to === undefined || r.from < r.to, 'from must be before to');

/** What a pull answers; `done` is false while a long range goes on run by run from `cursor`. */
export const syncResultSchema = pullCountsSchema.extend({
  network: networkSchema,
  from: z.number(),
  to: z.number(),
  done: z.boolean(),
  cursor: z.number(),
});
export type SyncResult = z.infer<typeof syncResultSchema>;
