import type { DrizzleD1Database } from 'drizzle-orm/d1';

/**
 * Bindings come from `wrangler types` (worker/worker-configuration.d.ts, `npm run cf-typegen`). Secrets are
 * declared here because `wrangler types` only sees them when a .dev.vars exists, which a fresh clone lacks.
 */
export type Bindings = Env & {
  ADMIN_TOKEN?: string;
  VISITOR_SALT?: string;
  ORDERS_WEBHOOK_SECRET?: string;
  /** Encrypts the networks' credentials at rest (AES-GCM). */
  CREDENTIALS_KEY?: string;
  /** Absent where no queue is bound (some tests); clicks are then written directly. */
  CLICKS?: Queue<unknown>;
  CLICK_DELIVERY?: string;
  CLICK_RETENTION_DAYS?: string;
};

export interface AuthedAffiliate {
  id: string;
  name: string;
}

/** drizzle over D1; `$client` is the raw binding, for the few statements drizzle cannot express. */
export type Db = DrizzleD1Database & { $client: D1Database };

export interface AppEnv {
  Bindings: Bindings;
  Variables: { affiliate: AuthedAffiliate };
}
