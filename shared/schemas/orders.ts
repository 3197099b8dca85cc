import { z } from 'zod';
import { PLATFORM_IDS, type PlatformId } from '../platforms/types';

export const NETWORKS = ['taobao', 'jd', 'pdd'] as const;
export type Network = (typeof NETWORKS)[number];
export const networkSchema = z.enum(NETWORKS);

/** The shop a network's line was bought in when the report does not say: Alimama's lines may be Tmall's. */
export const NETWORK_PLATFORM: Record<Network, PlatformId> = { taobao: 'taobao', jd: 'jd', pdd: 'pdd' };
const NETWORK_OF_PLATFORM: Record<PlatformId, Network> = { taobao: 'taobao', tmall: 'taobao', jd: 'jd', pdd: 'pdd' };
export const networkOfPlatform = (platform: PlatformId): Network => NETWORK_OF_PLATFORM[platform];
/** The shops whose lines a network reports (Alimama: Taobao and Tmall). */
export const platformsOfNetwork = (network: Network): PlatformId[] => PLATFORM_IDS.filter((p) => NETWORK_OF_PLATFORM[p] === network);

/** Our lifecycle. Forward: unpaid → paid → received → settled; invalid and refunded are terminal. */
export const ORDER_STATUSES = ['unpaid', 'paid', 'received', 'settled', 'invalid', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

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
    productTitle: z.string().trim().max(500).nullable(),
    status: z.enum(ORDER_STATUSES),
    statusReason: z.string().max(200).nullable(),
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
    /** The network's modification time (or the latest time on the row); orders same-status updates. */
    sourceUpdatedAt: epochMs,
  })
  .refine((l) => !l.platform || networkOfPlatform(l.platform) === l.network, { message: 'platform does not belong to the network', path: ['platform'] })
  .transform((l) => ({ ...l, platform: l.platform ?? NETWORK_PLATFORM[l.network] }));
export type OrderLine = z.output<typeof orderLineSchema>;

export const webhookOrdersSchema = z.strictObject({ orders: z.array(orderLineSchema).min(1).max(500) });

export const importRowErrorSchema = z.object({ row: z.number().int(), code: z.string(), message: z.string() });
export const importResultSchema = z.object({
  batchId: z.string(),
  encoding: z.string(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(importRowErrorSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;
export type ImportRowError = z.infer<typeof importRowErrorSchema>;
