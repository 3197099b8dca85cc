import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, call, countRows, makeAffiliate } from '../client';

const TABLES = ['affiliates', 'api_keys', 'products', 'share_codes', 'clicks'] as const;
const snapshot = () => Promise.all(TABLES.map(countRows));

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
}

describe('bad input is refused with a stable code and writes nothing', () => {
  it('malformed JSON → 400 BAD_JSON', async () => {
    const { apiKey } = await makeAffiliate();
    const before = await snapshot();
    for (const [path, token] of [
      ['/api/codes', apiKey],
      ['/api/admin/affiliates', ADMIN_TOKEN],
    ] as const) {
      await expectError(
        await call(path, { token, body: '{"url": "https://item.jd.com/1000.html"', headers: { 'Content-Type': 'application/json' } }),
        400,
        'BAD_JSON',
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a body that is not a JSON object → 400 VALIDATION_FAILED', async () => {
    const { apiKey } = await makeAffiliate();
    const before = await snapshot();
    for (const json of [
      null,
      [],
      'https://item.jd.com/1000.html',
      { url: 42 },
      { url: '' },
      { url: 'https://item.jd.com/100012043978.html', channel: '<script>' },
    ]) {
      await expectError(await call('/api/codes', { token: apiKey, json }), 400, 'VALIDATION_FAILED');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a huge body → 413 PAYLOAD_TOO_LARGE', async () => {
    const { apiKey } = await makeAffiliate();
    const before = await snapshot();
    const huge = JSON.stringify({ url: `https://item.jd.com/100012043978.html?pad=${'x'.repeat(1024 * 1024)}` });
    await expectError(await call('/api/codes', { token: apiKey, body: huge, headers: { 'Content-Type': 'application/json' } }), 413, 'PAYLOAD_TOO_LARGE');
    await expectError(
      await call('/api/admin/affiliates', {
        token: ADMIN_TOKEN,
        body: JSON.stringify({ name: 'x'.repeat(100_000) }),
        headers: { 'Content-Type': 'application/json' },
      }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['no Authorization header', undefined],
    ['an unknown key', 'dh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['the admin token', ADMIN_TOKEN],
  ])('%s → 401 UNAUTHORIZED on affiliate routes', async (_, token) => {
    const before = await snapshot();
    await expectError(await call('/api/codes', { ...(token ? { token } : {}), json: { url: 'https://item.jd.com/100012043978.html' } }), 401, 'UNAUTHORIZED');
    await expectError(await call('/api/me/summary', token ? { token } : {}), 401, 'UNAUTHORIZED');
    expect(await snapshot()).toEqual(before);
  });

  it('a malformed Authorization header → 401 UNAUTHORIZED', async () => {
    for (const header of ['Basic YWRtaW46YWRtaW4=', 'Bearer', `Bearer ${'k'.repeat(5000)}`]) {
      await expectError(await call('/api/me/summary', { headers: { Authorization: header } }), 401, 'UNAUTHORIZED');
    }
  });

  it('an unknown route → 404 NOT_FOUND envelope', async () => {
    await expectError(await call('/api/nope'), 404, 'NOT_FOUND');
  });
});
