import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../extension/api/client';
import { makeShareCode, makeSummary } from '../factories';

const settings = { workerUrl: 'http://127.0.0.1:8787/', apiKey: 'dh_key', language: 'auto' as const };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createApiClient', () => {
  it('posts with the bearer key and parses the share code', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => json(201, makeShareCode()));
    const result = await createApiClient(settings, fetchImpl).createCode({ url: 'https://item.jd.com/1000.html' });
    expect(result).toEqual({ ok: true, data: makeShareCode() });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:8787/api/codes');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer dh_key', 'Content-Type': 'application/json' });
  });

  it('passes the server error code through', async () => {
    const fetchImpl = async () => json(422, { error: { code: 'UNSUPPORTED_URL', message: 'not a product page' } });
    expect(await createApiClient(settings, fetchImpl).createCode({ url: 'x' })).toEqual({
      ok: false,
      error: { code: 'UNSUPPORTED_URL', message: 'not a product page' },
    });
  });

  it.each([
    ['a network failure', async () => Promise.reject(new TypeError('Failed to fetch')), 'NETWORK'],
    ['a non-JSON error page', async () => new Response('<html>502</html>', { status: 502 }), 'BAD_RESPONSE'],
    ['a success that breaks the contract', async () => json(200, { clicks: 'many' }), 'BAD_RESPONSE'],
  ])('maps %s to %s', async (_, fetchImpl, code) => {
    const result = await createApiClient(settings, fetchImpl as typeof fetch).getSummary();
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('does not call anything before it is configured', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const result = await createApiClient({ ...settings, apiKey: '' }, fetchImpl).getSummary();
    expect(result.ok ? null : result.error.code).toBe('NOT_CONFIGURED');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('parses a summary', async () => {
    const result = await createApiClient(settings, async () => json(200, makeSummary())).getSummary();
    expect(result).toEqual({ ok: true, data: makeSummary() });
  });
});
