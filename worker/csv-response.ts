import type { Context } from 'hono';

/** A CSV download (the body already carries its BOM). */
export function csvResponse(c: Context, csv: string, fileName: string): Response {
  return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}"` });
}
