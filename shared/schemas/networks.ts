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
});
export type NetworkStatus = z.infer<typeof networkStatusSchema>;

export const syncRequestSchema = z
  .strictObject({ from: z.number().int().min(946_684_800_000).optional(), to: z.number().int().optional() })
  .refine((r) => r.from === undefined || r.to === undefined || r.from < r.to, 'from must be before to')
  .refine((r) => r.from === undefined || r.to === undefined || r.to - r.from <= 90 * 86_400_000, 'at most 90 days (the networks keep orders that long)');
