declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
      MIGRATION_DB: D1Database;
      ADMIN_TOKEN: string;
      VISITOR_SALT: string;
      ORDERS_WEBHOOK_SECRET: string;
      CLICK_DELIVERY: string;
      ORDER_FIXTURES: Record<string, string>;
      CREDENTIALS_KEY: string;
    }
  }
}
export {};
