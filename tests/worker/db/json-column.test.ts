import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { openDb } from '../../../worker/db/client';
import { readJson } from '../../../worker/db/json-column';
import { auditEntry } from '../../../worker/db/queries/audit';
import { auditLog } from '../../../worker/db/schema';

describe('stored JSON', () => {
  it('is read through its schema: the right shape comes back typed, a wrong one throws, a fallback applies only where the schema says', () => {
    const ids = z.array(z.string());
    expect(readJson(ids, '["relation:1","position:2"]')).toEqual(['relation:1', 'position:2']);
    expect(() => readJson(ids, '[1,2]')).toThrow();
    expect(() => readJson(ids, 'not json')).toThrow();
    expect(readJson(ids.catch([]), 'not json')).toEqual([]);
  });

  it('a JSON column written by drizzle is stored as JSON text and read back as the value', async () => {
    const db = openDb(env.DB);
    const detail = { id: `aff_json_${crypto.randomUUID()}`, before: { name: '小王' }, after: { name: '王小二' }, fen: 12_345 };
    await auditEntry(db, 'test.json', detail, 1);
    const raw = await env.DB.prepare("SELECT detail FROM audit_log WHERE action = 'test.json' AND json_extract(detail, '$.id') = ?1")
      .bind(detail.id)
      .first<{ detail: string }>();
    expect(JSON.parse(raw!.detail)).toEqual(detail);
    const [row] = await db.select({ detail: auditLog.detail }).from(auditLog).where(sql`json_extract(${auditLog.detail}, '$.id') = ${detail.id}`);
    expect(row?.detail).toEqual(detail);
  });
});
