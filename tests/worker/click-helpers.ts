import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../worker/index';
import { analyseUserAgent } from '../../worker/services/clicks/analyse-user-agent';
import { buildClick } from '../../worker/services/clicks/build-click';
import { CHROME_UA } from './client';

/** A click message as the redirect would queue it. */
export function click(code: string, ip: string, userAgent = CHROME_UA, at = Date.now()) {
  return buildClick({ code, at, ip, userAgent, facts: analyseUserAgent(userAgent), referer: undefined, country: 'CN', secret: 'test-salt' });
}

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
