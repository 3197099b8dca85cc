import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PLATFORM_IDS } from '../../shared/platforms/types';

// Times are epoch ms UTC; money is integer fen; ids are prefixed strings (shared/ids.ts).
// Column names are the snake_case of the property names (drizzle `casing: 'snake_case'`).

export const affiliates = sqliteTable('affiliates', {
  id: text().primaryKey(),
  name: text().notNull(),
  createdAt: integer().notNull(),
});

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text().primaryKey(),
    affiliateId: text().notNull().references(() => affiliates.id),
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
    createdAt: integer().notNull(),
    updatedAt: integer().notNull(),
  },
  (t) => [uniqueIndex('products_platform_product_uq').on(t.platform, t.externalId)],
);

export const shareCodes = sqliteTable(
  'share_codes',
  {
    code: text().primaryKey(),
    affiliateId: text().notNull().references(() => affiliates.id),
    productId: text().notNull().references(() => products.id),
    /** '' when untagged, so the uniqueness rule below holds without NULL semantics. */
    channel: text().notNull(),
    destinationUrl: text().notNull(),
    createdAt: integer().notNull(),
  },
  (t) => [
    // One code per (affiliate, product, channel): asking twice returns the same code.
    uniqueIndex('share_codes_affiliate_product_channel_uq').on(t.affiliateId, t.productId, t.channel),
    index('share_codes_affiliate_created_idx').on(t.affiliateId, t.createdAt),
  ],
);

export const USER_AGENT_CLASSES = ['desktop', 'mobile', 'wechat', 'qq', 'bot', 'unknown'] as const;
export type UserAgentClass = (typeof USER_AGENT_CLASSES)[number];

export const clicks = sqliteTable(
  'clicks',
  {
    id: text().primaryKey(),
    code: text().notNull().references(() => shareCodes.code),
    at: integer().notNull(),
    /** SHA-256 of a secret salt, the UTC day, IP and user agent: counts visitors, never stores an IP. */
    visitorHash: text().notNull(),
    uaClass: text({ enum: USER_AGENT_CLASSES }).notNull(),
    referrerHost: text(),
  },
  (t) => [index('clicks_code_at_idx').on(t.code, t.at)],
);
