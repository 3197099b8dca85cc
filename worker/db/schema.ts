import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PLATFORM_IDS } from '../../shared/platforms/types';
import type { StoredClickKind } from '../../shared/schemas/clicks';
import { NETWORKS, ORDER_STATUSES, ROW_PROBLEMS } from '../../shared/schemas/orders';
import { PAYOUT_METHODS } from '../../shared/schemas/payout-accounts';
import { PAYOUT_STATUSES } from '../../shared/schemas/payouts';
import { jsonText } from './json-column';
import {
  auditDetailSchema,
  channelIdListSchema,
  contestSchema,
  headerCellsSchema,
  overridesSchema,
  productOfferSchema,
  repeatLineSchema,
  storedLastRunSchema,
  tierMoveReasonSchema,
} from './stored-shapes';

// Times are epoch ms UTC; money is integer fen; ids are prefixed strings (shared/ids.ts).
// Column names are the snake_case of the property names (drizzle `casing: 'snake_case'`).

export const affiliates = sqliteTable(
  'affiliates',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    /** Null means the default tier (the one with the lowest `sort`). */
    tierId: text(),
    /** Who invited this affiliate; referral overrides go up this chain (at most 2 levels). */
    inviterId: text(),
    /** Set when an admin disables the affiliate: their keys stop working; history stays. */
    disabledAt: integer(),
    /** Set while someone who joined through an invite waits for the admin's approval (their key waits too). */
    awaitingApprovalSince: integer(),
    /** Set when the admin chose the tier by hand: the promotion rules leave it alone. */
    tierLocked: integer({ mode: 'boolean' }).notNull().default(false),
    createdAt: integer().notNull(),
  },
  (t) => [index('affiliates_inviter_idx').on(t.inviterId)],
);

/** An affiliate's invite link (裂变): whoever joins through it has them as inviter. */
export const invites = sqliteTable(
  'invites',
  {
    code: text().primaryKey(),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    joins: integer().notNull().default(0),
    revokedAt: integer(),
    createdAt: integer().notNull(),
  },
  (t) => [index('invites_affiliate_idx').on(t.affiliateId, t.createdAt)],
);

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text().primaryKey(),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    /** SHA-256 hex of the key; the key itself is shown once and never stored. */
    keyHash: text().notNull(),
    createdAt: integer().notNull(),
  },
  (t) => [uniqueIndex('api_keys_key_hash_uq').on(t.keyHash)],
);

export const products = sqliteTable(
  'products',
  {
    id: text().primaryKey(),
    platform: text({ enum: PLATFORM_IDS }).notNull(),
    /** The shop's own id (Taobao item id, JD sku): a string, Taobao's can exceed 2^53. */
    externalId: text().notNull(),
    url: text().notNull(),
    title: text(),
    priceFen: integer(),
    imageUrl: text(),
    shopName: text(),
    /**
     * The network's money facts (price, coupon, commission rate) as last asked for the panel before a code
     * exists, shared by every affiliate (the operator's rate is one), and when: asked again when stale.
     */
    offer: jsonText(productOfferSchema),
    offerCheckedAt: integer(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (t) => [uniqueIndex('products_platform_product_uq').on(t.platform, t.externalId)],
);

export const LINK_STATUSES = ['live', 'renewed', 'offline', 'untracked'] as const;

export const shareCodes = sqliteTable(
  'share_codes',
  {
    code: text().primaryKey(),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    productId: text()
      .notNull()
      .references(() => products.id),
    /** '' when untagged, so the uniqueness rule below holds without NULL semantics. */
    channel: text().notNull(),
    destinationUrl: text().notNull(),
    /**
     * What the affiliate's page said (title, price, image): theirs alone, shown on their share text and
     * landing page. The shared product row keeps what was first said and is never rewritten by a mint.
     */
    title: text(),
    priceFen: integer(),
    imageUrl: text(),
    /** `network` when the network minted a tracked link for this code; `none` when the link earns nothing yet. */
    tracking: text({ enum: ['network', 'none'] })
      .notNull()
      .default('none'),
    /** The network's tracked URL (the redirect's destination when set) and share password (淘口令 / 京口令). */
    trackedUrl: text(),
    networkPassword: text(),
    /** How orders name this code: `sub_id` (carried in the link) or `click_time` (told apart by click time only). */
    carries: text({ enum: ['sub_id', 'click_time'] }),
    /** JSON of the network's offer when minted: price, coupon, price after coupon, commission rate, sales. */
    offer: jsonText(productOfferSchema),
    /** Why the network did not mint (its own code and message), for the affiliate to read. */
    mintError: text(),
    /**
     * The network link's life: when it was minted, when it lapses (from the network's lifetime, docs/networks.md
     * §8.4), and where it stands — `live`, `renewed` (minted again before it lapsed), `offline` (the network
     * withdrew the item: `linkReason` says why) or `untracked`.
     */
    linkMintedAt: integer(),
    linkExpiresAt: integer(),
    linkStatus: text({ enum: LINK_STATUSES }).notNull().default('untracked'),
    linkReason: text(),
    linkRenewedAt: integer(),
    /** Set while one request renews a lapsed link, so clicks arriving together mint once. */
    renewingUntil: integer(),
    createdAt: integer().notNull(),
  },
  (t) => [
    // One code per (affiliate, product, channel): asking twice returns the same code.
    uniqueIndex('share_codes_affiliate_product_channel_uq').on(t.affiliateId, t.productId, t.channel),
    index('share_codes_affiliate_created_idx').on(t.affiliateId, t.createdAt),
    // Attribution by click: the codes of one product.
    index('share_codes_product_idx').on(t.productId),
    // The operator's list of links the networks withdrew: few rows, newest first, without a scan.
    index('share_codes_offline_idx').on(t.linkRenewedAt).where(sql`link_status = 'offline'`),
  ],
);

/**
 * A raw click's kind, stored as a small integer (SQLite stores 0 and 1 in no payload bytes at all).
 * `flood`: counted as a person's by the redirect, then found by the consumer at a pace no person clicks.
 */
export const CLICK_KIND_CODES = { human: 0, bot: 1, preview: 2, flood: 3 } as const satisfies Record<StoredClickKind, number>;
export type { StoredClickKind };
/** CLICK_KIND_CODES read back: the kind of a stored code. */
export const CLICK_KIND_NAMES = Object.fromEntries(Object.entries(CLICK_KIND_CODES).map(([name, code]) => [code, name])) as Record<number, StoredClickKind>;

/**
 * The facts clicks repeat — device, OS, browser, in-app browser, country, referrer host — stored once and
 * named by id from each click. '' stands for unknown, because a UNIQUE index treats NULLs as all different.
 */
export const clickFacets = sqliteTable(
  'click_facets',
  {
    id: integer().primaryKey(),
    device: text().notNull(),
    os: text().notNull(),
    browser: text().notNull(),
    app: text().notNull(),
    country: text().notNull(),
    referrerHost: text().notNull(),
  },
  (t) => [uniqueIndex('click_facets_all_idx').on(t.device, t.os, t.browser, t.app, t.country, t.referrerHost)],
);

/**
 * Raw clicks inside the attribution window (`CLICK_RETENTION_DAYS`); every click is also archived to R2,
 * and summaries read rollups. One compact row per click, WITHOUT ROWID (added by hand to migration 0025:
 * drizzle cannot declare it): the key orders clicks by China day, code and time, so pruning a day, a
 * code's clicks around an order and the read-back are each one range. The key is also what makes a
 * redelivered click insert nothing: (day, code, at, visitor, nonce) is the click's identity.
 */
export const clicks = sqliteTable(
  'clicks',
  {
    /** Asia/Shanghai day number: floor((at + 8 h) / 1 day). */
    day: integer().notNull(),
    code: text()
      .notNull()
      .references(() => shareCodes.code),
    at: integer().notNull(),
    /**
     * The first 8 bytes of the visitor hash (SHA-256 of a daily secret salt, IP and user agent): counts
     * visitors, never stores an IP; 64 bits keep two visitors of one code and day apart.
     */
    visitor: blob({ mode: 'buffer' }).notNull(),
    /**
     * 30 bits of the redirect's click id (its random part): two clicks of one visitor on one code in the
     * same millisecond — people behind one carrier NAT with the same phone and app — stay two clicks,
     * while the same click delivered twice is still one.
     */
    nonce: integer().notNull(),
    /** CLICK_KIND_CODES. */
    kind: integer().notNull(),
    facets: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.code, t.at, t.visitor, t.nonce] })],
);

/**
 * One consumer batch between the statements of its D1 batch, empty outside it: which of its clicks are
 * new, which are floods, which visitors are new, and from there the rollups — so the clicks themselves
 * carry no ingestion token.
 */
export const clickBatch = sqliteTable(
  'click_batch',
  {
    day: integer().notNull(),
    code: text().notNull(),
    at: integer().notNull(),
    visitor: blob({ mode: 'buffer' }).notNull(),
    nonce: integer().notNull(),
    kind: integer().notNull(),
    facets: integer().notNull(),
    /** 1 on the first click of a visitor not yet counted for its code and day. */
    fresh: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.code, t.at, t.visitor, t.nonce] })],
);

/** Per code and China day: human clicks, unique human visitors, bots and link previews. */
export const clickRollups = sqliteTable(
  'click_rollups',
  {
    code: text().notNull(),
    day: integer().notNull(),
    /** The code's product's platform, copied so per-code reports filter by platform without a join. */
    platform: text({ enum: PLATFORM_IDS }).notNull(),
    humans: integer().notNull(),
    uniques: integer().notNull(),
    bots: integer().notNull(),
    previews: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.day] }),
    // Covers the per-code breakdown (sum of humans by code over a day range, optionally one platform).
    index('click_rollups_day_platform_code_idx').on(t.day, t.platform, t.code, t.humans),
  ],
);

/** Per affiliate and China day: the same counts summed over their codes, so summaries read ≤ 30 rows. */
export const affiliateClickRollups = sqliteTable(
  'affiliate_click_rollups',
  {
    affiliateId: text().notNull(),
    day: integer().notNull(),
    humans: integer().notNull(),
    bots: integer().notNull(),
    previews: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.affiliateId, t.day] })],
);

export const CLICK_DIMENSIONS = ['platform', 'affiliate', 'product', 'channel', 'app', 'country', 'device'] as const;

/**
 * Per China day, dimension value (app = WeChat; an affiliate id; a product as `platform:external id`) and the code's
 * platform: what the dashboard's KPIs and breakdowns read, with or without a platform filter.
 */
export const dimensionClickRollups = sqliteTable(
  'dimension_click_rollups',
  {
    day: integer().notNull(),
    dimension: text({ enum: CLICK_DIMENSIONS }).notNull(),
    /** '' when unknown (no app, no country). */
    value: text().notNull(),
    platform: text({ enum: PLATFORM_IDS }).notNull(),
    humans: integer().notNull(),
    /** Filled for the platform dimension only (summed per code and day, as `click_rollups.uniques`). */
    uniques: integer().notNull(),
    bots: integer().notNull(),
    previews: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.dimension, t.value, t.platform] }),
    // Covers every breakdown's click side: one dimension, a day range, optionally one platform.
    index('dimension_click_rollups_report_idx').on(t.dimension, t.day, t.platform, t.value, t.humans),
  ],
);

/**
 * Which visitors were already counted for a code on a day (for `uniques`), kept only while the day can
 * still change: today and yesterday in China (WITHOUT ROWID, migration 0025).
 */
export const clickVisitors = sqliteTable(
  'click_visitors',
  {
    code: text().notNull(),
    day: integer().notNull(),
    visitor: blob({ mode: 'buffer' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.code, t.visitor] })],
);

// ---- Orders, attribution and commission (issue #4) ----

/** Tiers pay a share of the network's commission, in basis points (1 bp = 0.01 %). */
export const tiers = sqliteTable('tiers', {
  id: text().primaryKey(),
  name: text().notNull(),
  rateBp: integer().notNull(),
  /** Override paid to an affiliate of this tier on the commission of someone they invited directly… */
  overrideL1Bp: integer().notNull(),
  /** …and on the commission of someone their invitee invited (only when the program depth is 2). */
  overrideL2Bp: integer().notNull(),
  sort: integer().notNull(),
  /**
   * Promotion thresholds over the programme's window (null: not required). A tier with none is reached
   * only by the admin. Team sales never stand alone and nothing counts heads (docs/design.md).
   */
  promoteOwnSalesFen: integer(),
  promoteOwnCommissionFen: integer(),
  promoteTeamSalesFen: integer(),
  updatedAt: integer().notNull(),
});

/** Every tier change the promotion rules made, with the reason the affiliate reads. */
export const tierChanges = sqliteTable(
  'tier_changes',
  {
    id: text().primaryKey(),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    fromTierId: text(),
    toTierId: text().notNull(),
    reason: jsonText(tierMoveReasonSchema).notNull(),
    at: integer().notNull(),
  },
  (t) => [index('tier_changes_affiliate_idx').on(t.affiliateId, t.at)],
);

/** Program-wide settings as key → JSON value (e.g. `overrideDepth`). */
export const programSettings = sqliteTable('program_settings', {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: integer().notNull(),
});

/** A network's channel id (relation_id, special_id, adzone_id, positionId, pid) that names one affiliate. */
export const channelIds = sqliteTable(
  'channel_ids',
  {
    network: text({ enum: NETWORKS }).notNull(),
    channelId: text().notNull(),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    createdAt: integer().notNull(),
  },
  (t) => [uniqueIndex('channel_ids_network_channel_uq').on(t.network, t.channelId)],
);

export const orders = sqliteTable(
  'orders',
  {
    id: text().primaryKey(),
    network: text({ enum: NETWORKS }).notNull(),
    /** The shop it was bought in: Alimama reports both Taobao and Tmall lines. */
    platform: text({ enum: PLATFORM_IDS }).notNull(),
    /** The network's row key: Taobao trade_id, JD id (order + sku), PDD order_sn. */
    lineId: text().notNull(),
    orderNo: text().notNull(),
    productId: text(),
    productTitle: text(),
    status: text({ enum: ORDER_STATUSES }).notNull(),
    paidAmountFen: integer().notNull(),
    estimatedCommissionFen: integer().notNull(),
    actualCommissionFen: integer(),
    subId: text(),
    /** JSON array of the line's channel ids, each `kind:value` (e.g. `relation:123`, `position:456`). */
    channelIds: jsonText(channelIdListSchema).notNull(),
    clickAt: integer(),
    orderedAt: integer().notNull(),
    settledAt: integer(),
    /** Why the network voided or changed the line (e.g. JD validCode text), for affiliates to read. */
    statusReason: text(),
    /** The network's modification time, or the latest time on the row when the source has none. */
    sourceUpdatedAt: integer().notNull(),
    /** False when the source carried no modification time (then a later report of the same stage wins). */
    sourceTimeKnown: integer({ mode: 'boolean' }).notNull().default(true),
    /** The order the line was split from (JD parentId), or the order number of a Koubei parent. */
    parentOrderNo: text(),
    paidAt: integer(),
    /** What the network computes commission on once settled (Alimama 结算金额, JD actualCosPrice). */
    settledAmountFen: integer(),
    /** Special-service fees (专项服务费) the network deducts from the commission, estimate or settled. */
    serviceFeeFen: integer(),
    /** The network's commission rate on the line, in basis points. */
    commissionRateBp: integer(),
    /** A refund claim (维权) was raised: the commission stays pending until the network decides it. */
    refundClaim: integer({ mode: 'boolean' }).notNull().default(false),
    /** Fingerprint of what the line says (all but the report's times); a same-stage report that differs is a correction. */
    contentHash: text().notNull().default(''),
    /**
     * 1 while the line looks implausible (paid at least the programme's `outlierOrderFen`, or a commission
     * above what was paid): kept out of the charts and promotion figures until an admin confirms it (2).
     */
    outlier: integer().notNull().default(0),
    /** Bumped by every change of the line or its attribution… */
    revision: integer().notNull().default(1),
    /** …and copied here once the ledger and rollups reflect it: a line whose two differ still owes bookkeeping. */
    ledgerRevision: integer().notNull().default(1),
    /** True until an attribution exists: the attribution sweep and its triggers read only these. */
    waiting: integer({ mode: 'boolean' }).notNull().default(true),
    /** Why a waiting line waits when a rule did name someone (their account is disabled, a contested click time): shown in the queue. */
    waitReason: text(),
    /** A contested click time's candidates with their evidence (JSON of Candidate[]), for the admin to decide. */
    contest: jsonText(contestSchema),
    /** Which write last touched the row, so the same batch appends its events for exactly those rows. */
    writeToken: text(),
    /**
     * JSON of what the line adds to `order_rollups` (its key and amounts), or null when it adds nothing.
     * Bookkeeping moves a line's share from this key to its new one, so rollups never rescan a day.
     */
    rolledUp: text(),
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (t) => [
    uniqueIndex('orders_network_line_uq').on(t.network, t.lineId),
    index('orders_waiting_idx').on(t.id).where(sql`waiting = 1`),
    // The dashboard's unattributed queue, newest first.
    index('orders_waiting_ordered_idx').on(t.orderedAt, t.id).where(sql`waiting = 1`),
    index('orders_waiting_sub_idx').on(t.subId).where(sql`waiting = 1`),
    index('orders_waiting_click_idx').on(t.productId, t.clickAt).where(sql`waiting = 1`),
    index('orders_unbooked_idx').on(t.id).where(sql`ledger_revision < revision`),
    index('orders_ordered_at_idx').on(t.orderedAt),
    // Covers the dashboard's per-day sums so they never touch the table rows.
    index('orders_day_totals_idx').on(t.orderedAt, t.status, t.platform, t.paidAmountFen, t.estimatedCommissionFen, t.actualCommissionFen),
    // Names a product in reports when only its orders know it (bought through a link to another item).
    index('orders_product_idx').on(t.platform, t.productId),
    // The overview counts the lines it leaves out as outliers without reading every line of the range.
    index('orders_outlier_idx').on(t.orderedAt).where(sql`outlier = 1`),
  ],
);

export const orderEvents = sqliteTable(
  'order_events',
  {
    id: text().primaryKey(),
    orderId: text()
      .notNull()
      .references(() => orders.id),
    at: integer().notNull(),
    fromStatus: text({ enum: ORDER_STATUSES }),
    toStatus: text({ enum: ORDER_STATUSES }).notNull(),
    /** What changed, in words an affiliate can read ("settled", "refunded", JD's invalid reason, …). */
    reason: text().notNull(),
    source: text().notNull(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.at)],
);

export const ATTRIBUTION_METHODS = ['sub_id', 'click_match', 'channel', 'manual'] as const;

/** Which affiliate an order line belongs to, how we know, and the rates fixed at that moment. */
export const attributions = sqliteTable(
  'attributions',
  {
    orderId: text()
      .primaryKey()
      .references(() => orders.id),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    code: text(),
    method: text({ enum: ATTRIBUTION_METHODS }).notNull(),
    /** 0–100: how sure the method is (sub-id 100, manual 100, click match 90/60, channel 80). */
    confidence: integer().notNull(),
    rateBp: integer().notNull(),
    /** JSON `[{affiliateId, level, rateBp}]`: the referral overrides owed on this line. */
    overrides: jsonText(overridesSchema).notNull(),
    decidedAt: integer().notNull(),
  },
  (t) => [index('attributions_affiliate_idx').on(t.affiliateId)],
);

/**
 * Live order lines per China day, platform, affiliate ('' = unattributed), channel tag, share code
 * ('' = none) and product (`platform:id`, '' = unknown), kept by bookkeeping (book-ledger.ts), which moves
 * each line's share (`orders.rolled_up`) whenever the line or its attribution changes. Every breakdown's
 * order side reads these rows, never the order lines: ≤ one row per line, far fewer when codes sell often.
 */
export const orderRollups = sqliteTable(
  'order_rollups',
  {
    day: integer().notNull(),
    platform: text({ enum: PLATFORM_IDS }).notNull(),
    affiliateId: text().notNull(),
    channel: text().notNull(),
    code: text().notNull(),
    product: text().notNull(),
    orders: integer().notNull(),
    gmvFen: integer().notNull(),
    commissionFen: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.platform, t.affiliateId, t.channel, t.code, t.product] }),
    index('order_rollups_code_idx').on(t.code, t.day),
    index('order_rollups_product_idx').on(t.product, t.day),
  ],
);

/**
 * The same lines per China day and shop only, with the settled lines' commission apart: the overview's
 * KPIs and daily series read ≤ days × shops rows, whatever the number of lines (moved with the order
 * rollups, from the same shares).
 */
export const orderDayRollups = sqliteTable(
  'order_day_rollups',
  {
    day: integer().notNull(),
    platform: text({ enum: PLATFORM_IDS }).notNull(),
    orders: integer().notNull(),
    gmvFen: integer().notNull(),
    commissionFen: integer().notNull(),
    /** Of `commissionFen`, what settled lines carry (the actual commission); the rest is estimated. */
    settledFen: integer().notNull(),
    /** What the ledger gives affiliates on these lines: their own shares, and the referral overrides. */
    ownFen: integer().notNull().default(0),
    overridesFen: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.platform] })],
);

export const LEDGER_KINDS = ['estimate', 'settle', 'reverse', 'adjustment', 'payout'] as const;
export const LEDGER_ROLES = ['own', 'override_1', 'override_2', 'adjustment', 'payout'] as const;
/**
 * Where a fen stands: `pending` until the network settles; `available` once settled (held for the hold
 * period before it can be withdrawn); `requested` while a payout is asked for; `paid` once paid out.
 * A payout moves money between buckets, so the ledger's total is what the affiliate has earned.
 */
export const LEDGER_BUCKETS = ['pending', 'available', 'requested', 'paid'] as const;

/** Append-only. A balance is a sum; history is never rewritten. */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: text().primaryKey(),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    orderId: text().references(() => orders.id),
    kind: text({ enum: LEDGER_KINDS }).notNull(),
    role: text({ enum: LEDGER_ROLES }).notNull(),
    bucket: text({ enum: LEDGER_BUCKETS }).notNull(),
    amountFen: integer().notNull(),
    reason: text().notNull(),
    /**
     * 0, 1, 2 … per order line. Two bookkeepers that read the same state and both append collide on
     * (order, seq), so one batch fails whole instead of booking the difference twice.
     */
    seq: integer(),
    /** The payout this entry moves (requested, rejected, paid). */
    payoutId: text(),
    createdAt: integer().notNull(),
  },
  (t) => [
    index('ledger_affiliate_idx').on(t.affiliateId, t.createdAt),
    index('ledger_payout_idx').on(t.payoutId),
    index('ledger_order_idx').on(t.orderId),
    uniqueIndex('ledger_order_seq_uq').on(t.orderId, t.seq),
  ],
);

/**
 * One report import. Its rows arrive in parts (the dashboard sends a large file in parts; an API upload is
 * cut into parts here), each recorded once in `import_parts`; the batch's counts are their sums.
 */
export const importBatches = sqliteTable('import_batches', {
  id: text().primaryKey(),
  network: text({ enum: NETWORKS }).notNull(),
  fileName: text().notNull(),
  fileSha256: text().notNull(),
  encoding: text().notNull(),
  /** JSON array of the header cells, and the spreadsheet row it stands on. */
  header: jsonText(headerCellsSchema).notNull().default([]),
  headerRow: integer().notNull().default(1),
  /** Data rows the sender says the file has (0 when unknown), for progress. */
  totalRows: integer().notNull().default(0),
  inserted: integer().notNull(),
  updated: integer().notNull(),
  unchanged: integer().notNull(),
  rejected: integer().notNull(),
  /** Unused since row errors moved to `import_row_errors`; kept empty (`[]`). */
  errors: text().notNull(),
  createdAt: integer().notNull(),
});

export const importParts = sqliteTable(
  'import_parts',
  {
    batchId: text().notNull(),
    part: integer().notNull(),
    firstRow: integer().notNull(),
    rows: integer().notNull(),
    inserted: integer().notNull(),
    updated: integer().notNull(),
    unchanged: integer().notNull(),
    rejected: integer().notNull(),
    createdAt: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.part] })],
);

/**
 * Rows of an import whose key can repeat (Alimama's legacy export has no sub-order number), with the
 * line each makes. A repeated key's lines are numbered by spreadsheet row over the whole batch
 * (`key`, `key#2`, …), so where the parts are cut, and the order they arrive in, changes nothing.
 */
export const importRepeatRows = sqliteTable(
  'import_repeat_rows',
  {
    batchId: text().notNull(),
    lineKey: text().notNull(),
    row: integer().notNull(),
    /** The order line the row makes, before its key is numbered (JSON of the shared OrderLine). */
    line: jsonText(repeatLineSchema).notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.lineKey, t.row] })],
);

/** The first rejected rows of a batch (at most IMPORT_ERRORS_KEPT); the batch's `rejected` counts them all. */
export const importRowErrors = sqliteTable(
  'import_row_errors',
  {
    batchId: text().notNull(),
    row: integer().notNull(),
    code: text().notNull(),
    message: text().notNull(),
    /** ROW_PROBLEMS, with the network's column and the cell: the dashboard words them (null on older rows). */
    problem: text({ enum: ROW_PROBLEMS }),
    field: text(),
    value: text(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.row] })],
);

export const auditLog = sqliteTable('audit_log', {
  id: text().primaryKey(),
  at: integer().notNull(),
  actor: text().notNull(),
  action: text().notNull(),
  /** JSON of what changed, before and after. */
  detail: jsonText(auditDetailSchema).notNull(),
});

/** Signatures of accepted webhook deliveries, so a captured request cannot be replayed within its window. */
export const webhookReceipts = sqliteTable('webhook_receipts', {
  signature: text().primaryKey(),
  receivedAt: integer().notNull(),
});

/** Dashboard sign-ins. The cookie names a row and is signed with a key derived from ADMIN_TOKEN; signing out revokes the row. */
export const adminSessions = sqliteTable('admin_sessions', {
  id: text().primaryKey(),
  expiresAt: integer().notNull(),
  revokedAt: integer(),
  createdAt: integer().notNull(),
});

/**
 * The operator's network quota, per network and China day: what mints, renewals, order pulls and checks
 * have spent. Each use is reserved in the write's own condition against the day's budget, renewals and
 * checks stopping short of it first and mints last.
 */
export const networkUsage = sqliteTable(
  'network_usage',
  {
    network: text({ enum: NETWORKS }).notNull(),
    day: integer().notNull(),
    mints: integer().notNull().default(0),
    renewals: integer().notNull().default(0),
    pulls: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.network, t.day] })],
);

/** Each affiliate's mints through a network, for the per-minute and per-day limits (kept a day). */
export const affiliateMints = sqliteTable(
  'affiliate_mints',
  {
    id: text().primaryKey(),
    affiliateId: text().notNull(),
    at: integer().notNull(),
  },
  (t) => [index('affiliate_mints_affiliate_at_idx').on(t.affiliateId, t.at)],
);

/**
 * Dashboard sign-ins under way or failed, per client address (hashed with VISITOR_SALT, never raw). A
 * sign-in reserves a row only while its address has fewer than the limit in the last minute — the
 * condition is inside the INSERT — and a sign-in that succeeds takes its row back: failures count, never
 * successes.
 */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: text().primaryKey(),
    addressHash: text().notNull(),
    at: integer().notNull(),
  },
  (t) => [index('sign_in_attempts_address_idx').on(t.addressHash, t.at)],
);

/**
 * The operator's account on each network. Credentials are stored only encrypted (AES-GCM, key from the
 * CREDENTIALS_KEY secret) and never leave the Worker; the list shows a masked key.
 */
export const networkConnections = sqliteTable('network_connections', {
  network: text({ enum: NETWORKS }).primaryKey(),
  /** base64 of iv (12 bytes) + ciphertext of the credentials JSON. */
  credentials: text().notNull(),
  maskedKey: text().notNull(),
  /** The gateway it talks to is not the network's real one (the local simulator). */
  simulated: integer({ mode: 'boolean' }).notNull(),
  lastCheckAt: integer(),
  lastSyncAt: integer(),
  lastError: text(),
  /** Order pulls have covered every update before this instant (epoch ms). */
  syncCursor: integer(),
  /** The last pull's figures, kept so a person sees what the cron did: {at, pulled, inserted, updated, unchanged, rejected}. */
  lastRun: jsonText(storedLastRunSchema),
  /**
   * A range an admin asked to pull again, longer than one run may pull: the cron continues it from
   * `rangeCursor` until it reaches `rangeTo`, then clears all three.
   */
  rangeFrom: integer(),
  rangeTo: integer(),
  rangeCursor: integer(),
  createdAt: integer().notNull(),
  updatedAt: integer().notNull(),
});

/**
 * A binding flow under way (Taobao OAuth): the hash of its `state` — never the state itself — tied to one
 * affiliate, single use, valid 10 minutes.
 */
export const bindingStates = sqliteTable('binding_states', {
  stateHash: text().primaryKey(),
  affiliateId: text().notNull(),
  network: text({ enum: NETWORKS }).notNull(),
  createdAt: integer().notNull(),
  usedAt: integer(),
});

/**
 * An affiliate bound at a network: Taobao 渠道备案 (the relation id, also registered as their
 * `relation:` channel id) or 多多进宝 备案 (their uid, once the network says it is bound).
 */
export const networkBindings = sqliteTable(
  'network_bindings',
  {
    affiliateId: text().notNull(),
    network: text({ enum: NETWORKS }).notNull(),
    /** Taobao: the relation id; PDD: the uid in custom_parameters. */
    externalId: text().notNull(),
    /** The network account's name, where the network gives one. */
    accountName: text(),
    boundAt: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.affiliateId, t.network] })],
);

/**
 * A row a network's order pull answered that cannot be an order line (no id, negative money, an impossible
 * time): kept as the network sent it, with the reason, for a person to see — never dropped in silence.
 */
export const networkRejectedRows = sqliteTable(
  'network_rejected_rows',
  {
    id: text().primaryKey(),
    network: text({ enum: NETWORKS }).notNull(),
    /** The row as the network sent it (JSON, cut at 8 KiB). */
    raw: text().notNull(),
    /** In English, for scripts; a person reads `problem` worded (null on rows kept before problems existed). */
    reason: text().notNull(),
    problem: text({ enum: ROW_PROBLEMS }),
    field: text(),
    value: text(),
    /** The same row pulled again is one record: a hash of network + raw. */
    fingerprint: text().notNull(),
    at: integer().notNull(),
  },
  (t) => [uniqueIndex('network_rejected_rows_fingerprint_idx').on(t.fingerprint), index('network_rejected_rows_network_idx').on(t.network, t.at)],
);

/**
 * An affiliate's request to be paid, and the admin's steps on it. Each step that moves money writes its
 * ledger entries in the same batch, conditioned on `step_token` — the random token the step wrote — so a
 * step two admins take at once books once.
 */
/**
 * Where each affiliate is paid. The account and real name are sealed (AES-GCM under CREDENTIALS_KEY,
 * bound to the affiliate's id), so a copy of the database alone reads no one's account; screens show
 * `masked`. The operator's payout file opens them (audited).
 */
export const payoutAccounts = sqliteTable('payout_accounts', {
  affiliateId: text()
    .primaryKey()
    .references(() => affiliates.id),
  method: text({ enum: PAYOUT_METHODS }).notNull(),
  sealed: text().notNull(),
  masked: text().notNull(),
  updatedAt: integer().notNull(),
});

export const payouts = sqliteTable(
  'payouts',
  {
    id: text().primaryKey(),
    affiliateId: text()
      .notNull()
      .references(() => affiliates.id),
    amountFen: integer().notNull(),
    status: text({ enum: PAYOUT_STATUSES }).notNull(),
    /** Why it was rejected. */
    reason: text(),
    /** The bank / Alipay / WeChat Pay transfer reference given when marked paid. */
    reference: text(),
    stepToken: text().notNull(),
    requestedAt: integer().notNull(),
    decidedAt: integer(),
    paidAt: integer(),
    updatedAt: integer().notNull(),
  },
  (t) => [index('payouts_status_idx').on(t.status, t.requestedAt), index('payouts_affiliate_idx').on(t.affiliateId, t.requestedAt)],
);
