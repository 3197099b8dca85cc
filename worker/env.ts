import type { DrizzleD1Database } from 'drizzle-orm/d1';

/**
 * Bindings come from `wrangler types` (worker/worker-configuration.d.ts, `npm run cf-typegen`). Secrets are
 * declared here because `wrangler types` only sees them when a .dev.vars exists, which a fresh clone lacks.
 */
export type Bindings = Env & {
  ADMIN_TOKEN?: string;
  VISITOR_SALT?: string;
  ORDERS_WEBHOOK_SECRET?: string;
};

export interface AuthedAffiliate {
  id: string;
  name: string;
}

export type Db = DrizzleD1Database;

export interface AppEnv {
  Bindings: Bindings;
  Variables: { affiliate: AuthedAffiliate };
}
