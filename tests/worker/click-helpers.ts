import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../worker/index';
import { analyseUserAgent } from '../../worker/services/clicks/analyse-user-agent';
import { buildClick } from '../../worker/services/clicks/build-click';
import { chinaDayNumber, dateOfChinaDay } from '../../shared/china-time';
import type { ArchivedClick, ClickMessage, CodeClicksPage } from '../../shared/schemas';
import { CLICK_KIND_CODES, type StoredClickKind } from '../../worker/db/schema';
import { ADMIN_TOKEN, CHROME_UA, call } from './client';

/** A click message as the redirect would queue it. */
export function click(code: string, ip: string, userAgent = CHROME_UA, at = Date.now()) {
  return buildClick({ code, at, ip, userAgent, facts: analyseUserAgent(userAgent), referer: undefined, country: 'CN', secret: 'test-salt' });
}

/** What the archive must say of a message: the message itself, its stored kind, the visitor shortened. */
export const asArchived = (m: ClickMessage, kind: ArchivedClick['kind'] = m.kind): ArchivedClick => ({
  id: m.id,
  code: m.code,
  at: m.at,
  kind,
  visitor: m.visitorHash.slice(0, 16),
  device: m.device,
  os: m.os,
  browser: m.browser,
  app: m.app,
  country: m.country,
  referrerHost: m.referrerHost,
});

/** Hands messages to the Worker's queue consumer, as the Queues runtime would. */
export async function deliver(bodies: unknown[]) {
  const batch = createMessageBatch(
    'daihuo-clicks',
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  await waitOnExecutionContext(ctx);
  return getQueueResult(batch, ctx);
}

/**
 * Puts one raw click straight into D1, as the consumer stores it but without its rollups: for tests of
 * what reads raw clicks (attribution, the cron) that need a click the consumer never saw.
 */
export async function insertRawClick(code: string, at: number, kind: StoredClickKind = 'human', visitor = '00000000000000aa', nonce = 1) {
  await env.DB.batch([
    env.DB.prepare("INSERT OR IGNORE INTO click_facets (device, os, browser, app, country, referrer_host) VALUES ('', '', '', '', '', '')"),
    env.DB.prepare(`INSERT INTO clicks (day, code, at, visitor, nonce, kind, facets) VALUES (?1, ?2, ?3, unhex(?4), ?6, ?5,
      (SELECT id FROM click_facets WHERE device = '' AND os = '' AND browser = '' AND app = '' AND country = '' AND referrer_host = ''))`).bind(
      chinaDayNumber(at),
      code,
      at,
      visitor,
      CLICK_KIND_CODES[kind],
      nonce,
    ),
  ]);
}

/** A code's clicks of a China day (today by default) as the admin read-back answers them. */
export async function readBack(code: string, at = Date.now()): Promise<CodeClicksPage> {
  const res = await call(`/api/admin/codes/${code}/clicks?day=${dateOfChinaDay(chinaDayNumber(at))}`, { token: ADMIN_TOKEN });
  if (res.status !== 200) throw new Error(`read-back ${res.status}: ${await res.text()}`);
  return (await res.json()) as CodeClicksPage;
}
