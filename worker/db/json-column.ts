import { customType } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';

// JSON we store is written by us, so a row that does not match its shape is a bug or an old row: it is
// read through the column's zod schema (whose `.catch` says what an old row becomes), never cast.

/** Reads a stored JSON text through its schema; for raw SQL reads of the columns `jsonText` declares. */
export function readJson<S extends z.ZodType>(schema: S, text: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  return schema.parse(value);
}

/** A text column of JSON: drizzle writes the value as JSON and reads it back through `schema`. */
export const jsonText = <S extends z.ZodType>(schema: S) =>
  customType<{ data: z.output<S>; driverData: string }>({
    dataType: () => 'text',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => readJson(schema, value),
  })();
