import { z } from 'zod';
import { CONTROL_OR_BIDI } from './text';
import { PLATFORM_IDS } from '../platforms/types';
import { networkSchema } from './orders';

export const platformSchema = z.enum(PLATFORM_IDS);

export const productRefSchema = z.object({
  platform: platformSchema,
  productId: z.string(),
  url: z.url(),
});

/** Text read off a shop page: runs of white space (tabs, newlines) become one space; control characters are refused. */
const pageText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .max(max, `at most ${max} characters`)
        .refine((s) => !CONTROL_OR_BIDI.test(s), 'must not contain control or text-direction characters'),
    )
    .transform((s) => s || undefined)
    .optional();

export const createCodeRequestSchema = z.strictObject({
  url: z.string().trim().min(1, 'url must not be empty').max(2048, 'url must be at most 2048 characters'),
  /** A free tag the affiliate uses to tell where they shared (e.g. a WeChat group). */
  channel: z
    .string()
    .trim()
    .max(32, 'channel must be at most 32 characters')
    .regex(/^[\p{L}\p{N}_.-]*$/u, 'channel may hold letters, digits, _ . - only')
    .optional(),
  /**
   * What the extension read off the page. It belongs to this affiliate's code (their share text, landing
   * and poster); the shared product keeps what was first said of it. Empty means "not given".
   */
  title: pageText(200),
  priceFen: z.number().int().nonnegative().max(1_000_000_000).optional(),
  imageUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .optional(),
  shopName: pageText(100),
});
export type CreateCodeRequest = z.infer<typeof createCodeRequestSchema>;

/** Money before sharing: the network's price, coupon, price after coupon, commission rate (bp), sales. */
export const offerViewSchema = z.object({
  priceFen: z.number().int().nullable(),
  couponFen: z.number().int().nullable(),
  priceAfterCouponFen: z.number().int().nullable(),
  commissionRateBp: z.number().int().nullable(),
  sales: z.number().int().nullable(),
  /** What the affiliate keeps per sale at their tier, in fen (commission on 到手价 × their rate)… */
  affiliateEarnsFen: z.number().int().nullable(),
  /** …and that rate (bp), so the panel can say 你可得 is their tier's share of the commission. */
  affiliateRateBp: z.number().int().nullable().default(null),
});
export type OfferView = z.infer<typeof offerViewSchema>;

/** `GET /api/offer`: what a product pays before any code exists, or why nothing is known yet. */
export const offerQuerySchema = z.strictObject({
  url: z.string().trim().min(1, 'url must not be empty').max(2048, 'url must be at most 2048 characters'),
  /** The page's own price, used only where the network gives none (shared/deal-price.ts). */
  priceFen: z.coerce.number().int().nonnegative().max(1_000_000_000).optional(),
});
export const offerAnswerSchema = z.object({
  product: productRefSchema,
  network: networkSchema,
  offer: offerViewSchema.nullable(),
  /** Why there is no offer: the network is not connected, refuses the item, or cannot be asked now. */
  reason: z.enum(['not-connected', 'not-in-programme', 'unavailable']).nullable(),
  /** The network's own words when it refused. */
  detail: z.string().nullable(),
  /** When the network was asked (epoch ms); answers are kept a while and shared by every affiliate. */
  checkedAt: z.number().nullable(),
});
export type OfferAnswer = z.infer<typeof offerAnswerSchema>;

export const shareCodeSchema = z.object({
  code: z.string(),
  shortUrl: z.url(),
  password: z.string(),
  shareText: z.string(),
  channel: z.string(),
  product: productRefSchema,
  /** What the Worker knows of the product, for share texts made elsewhere (popup, context menu). */
  title: z.string().nullable(),
  priceFen: z.number().int().nullable(),
  /**
   * `network`: the network minted a tracked link and orders earn; `none`: the link is the plain product
   * page and earns nothing until the operator connects the network (`trackingNote` says why).
   */
  tracking: z.enum(['network', 'none']).default('none'),
  /** The network's own share password (淘口令 / 京口令), the one the shop's app opens. */
  networkPassword: z.string().nullable().default(null),
  trackingNote: z.string().nullable().default(null),
  /** Why `trackingNote` is there, for a note in the reader's language; `trackingDetail` is the network's own words. */
  trackingReason: z.enum(['not-connected', 'network-refused', 'click-time-only', 'needs-binding']).nullable().default(null),
  trackingDetail: z.string().nullable().default(null),
  network: networkSchema.optional(),
  /** Money before sharing: the network's price, coupon, price after coupon, commission rate (bp), sales. */
  offer: offerViewSchema.nullable().default(null),
  /** True when the link was minted by the local network simulator, not a real network. */
  simulated: z.boolean().default(false),
  /**
   * The network link's life: minted, lapsing, and where it stands — `live`, `renewed`, `offline` (the
   * network withdrew the item; `reason` is its words) or `untracked`.
   */
  link: z
    .object({
      tracking: z.enum(['network', 'none']),
      url: z.string().nullable(),
      password: z.string().nullable(),
      mintedAt: z.number().nullable(),
      expiresAt: z.number().nullable(),
      status: z.enum(['live', 'renewed', 'offline', 'untracked']),
      reason: z.string().nullable(),
      renewedAt: z.number().nullable(),
    })
    .optional(),
});
export type ShareCode = z.infer<typeof shareCodeSchema>;

/** The affiliate's codes whose item the network withdrew (the popup's "N 个链接已失效"). */
export const offlineCodeSchema = z.object({
  code: z.string(),
  title: z.string().nullable(),
  platform: platformSchema,
  url: z.string(),
  reason: z.string().nullable(),
  at: z.number().nullable(),
});
export type OfflineCode = z.infer<typeof offlineCodeSchema>;
