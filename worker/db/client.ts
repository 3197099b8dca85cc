import { drizzle } from 'drizzle-orm/d1';
import type { Db } from '../env';

/** The drizzle handle every route uses; casing must match drizzle.config.ts so columns are snake_case. */
export function openDb(d1: D1Database): Db {
  return drizzle(d1, { casing: 'snake_case' });
}
