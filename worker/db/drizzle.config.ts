import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/db/schema.ts',
  // Also wrangler's migrations_dir and what the worker tests replay: one folder, one truth.
  out: './worker/db/migrations',
  casing: 'snake_case',
});
