import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { ADMIN_TOKEN, call, countRows } from '../client';

describe('POST /api/admin/affiliates', () => {
  it('creates an affiliate and shows the key once, storing only its SHA-256', async () => {
    const res = await call('/api/admin/affiliates', { token: ADMIN_TOKEN, json: { name: '  小王  ' } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; name: string; apiKey: string };
    expect(body.id).toMatch(/^aff_[0-9a-z]{22}$/);
    expect(body.name).toBe('小王');
    expect(body.apiKey).toMatch(/^dh_[A-Za-z0-9]{32}$/);

    const stored = await env.DB.prepare('SELECT key_hash FROM api_keys WHERE affiliate_id = ?').bind(body.id).first<{ key_hash: string }>();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body.apiKey));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(stored?.key_hash).toBe(hex);
    expect(JSON.stringify(await env.DB.prepare('SELECT * FROM api_keys').all())).not.toContain(body.apiKey);
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { token: 'not-the-admin-token' }],
    ['an affiliate-shaped token', { token: 'dh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
  ])('refuses %s with UNAUTHORIZED and writes nothing', async (_, auth) => {
    const before = await countRows('affiliates');
    const res = await call('/api/admin/affiliates', { ...auth, json: { name: 'Mallory' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    expect(await countRows('affiliates')).toBe(before);
  });

  it.each([
    ['an empty name', { name: '   ' }],
    ['a missing name', {}],
    ['unknown fields', { name: 'x', admin: true }],
    ['a non-string name', { name: 42 }],
  ])('rejects %s with VALIDATION_FAILED', async (_, json) => {
    const before = await countRows('affiliates');
    const res = await call('/api/admin/affiliates', { token: ADMIN_TOKEN, json });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect(await countRows('affiliates')).toBe(before);
  });
});
