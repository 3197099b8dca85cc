import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './env';
import { AppError, errorResponse, onError } from './errors';
import { noStore } from './middleware/no-store';
import { openDb } from './db/client';
import { sweepWaitingLines } from './services/orders/attribute-orders';
import { bookLedger } from './services/orders/book-ledger';
import { ingestClicks } from './services/clicks/ingest-clicks';
import { clickRetentionDays, pruneOldClicks } from './services/clicks/click-retention';
import { pruneWebhookReceipts } from './services/orders/verify-webhook';
import { pruneImportRepeatRows } from './services/orders/import-order-report';
import { pruneOldBindingStates } from './services/bindings/taobao-binding';
import { renewDueLinks } from './services/links/renew-links';
import { pruneOldMints } from './services/links/network-quota';
import { pruneSessions } from './services/admin-session';
import { syncAllNetworks } from './services/networks/sync-orders';
import { evaluateTiers } from './services/program/evaluate-tiers';
import { adminRoutes } from './routes/admin';
import { adminClickRoutes } from './routes/admin-clicks';
import { adminOrderRoutes } from './routes/admin-orders';
import { adminNetworkRoutes } from './routes/admin-networks';
import { adminProgramRoutes } from './routes/admin-program';
import { adminPayoutRoutes } from './routes/admin-payouts';
import { adminInviteRoutes } from './routes/admin-invites';
import { joinApiRoutes } from './routes/join-api';
import { joinPageRoutes } from './routes/join-page';
import { webhookRoutes } from './routes/webhooks';
import { adminSessionRoutes } from './routes/admin-session';
import { adminReportRoutes } from './routes/admin-reports';
import { offerRoutes } from './routes/offers';
import { codeRoutes } from './routes/codes';
import { meRoutes } from './routes/me';
import { meBindingRoutes } from './routes/me-bindings';
import { bindCallbackRoutes } from './routes/bind-callback';
import { redirectRoutes } from './routes/redirect';
import { resolveRoutes } from './routes/resolve';
import { convertRoutes } from './routes/convert';

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i;

export const app = new Hono<AppEnv>()
  // Only the extension calls the API from a browser; web pages get no CORS grant.
  .use(
    '/api/*',
    cors({
      origin: (origin) => (EXTENSION_ORIGIN.test(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    }),
  )
  .use('/api/*', noStore)
  // The join page answers the new member's key.
  .use('/join/*', noStore)
  .get('/healthz', (c) => c.json({ ok: true }))
  .route('/api/admin/session', adminSessionRoutes)
  .route('/api/admin/orders', adminOrderRoutes)
  .route('/api/admin/networks', adminNetworkRoutes)
  .route('/api/admin/reports', adminReportRoutes)
  .route('/api/admin', adminProgramRoutes)
  .route('/api/admin', adminPayoutRoutes)
  .route('/api/admin', adminInviteRoutes)
  .route('/api/join', joinApiRoutes)
  .route('/join', joinPageRoutes)
  .route('/api/admin', adminClickRoutes)
  .route('/api/admin', adminRoutes)
  .route('/api/webhooks', webhookRoutes)
  .route('/api/codes', codeRoutes)
  .route('/api/offer', offerRoutes)
  .route('/api/me/bindings', meBindingRoutes)
  .route('/api/me', meRoutes)
  .route('/api/resolve', resolveRoutes)
  .route('/api/convert', convertRoutes)
  .route('/s', redirectRoutes)
  .route('/bind', bindCallbackRoutes);

/** The routes' types, for Hono's typed client (`hc<AppType>`) in the dashboard and the tests. */
export type AppType = typeof app;

app.onError(onError);
app.notFound((c) => errorResponse(c, new AppError('NOT_FOUND', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`)));

/**
 * Cron: connected networks' orders are pulled from their cursors; the attribution sweep moves on through the waiting lines (attribution runs before pruning, so it
 * still sees the oldest clicks); any line whose ledger is still behind — work a failure cut short — is
 * booked; the promotion rules move affiliates between tiers; then raw clicks past their retention go,
 * and webhook receipts older than the replay window.
 */
async function scheduled(_controller: ScheduledController, env: AppEnv['Bindings']): Promise<void> {
  const db = openDb(env.DB);
  await syncAllNetworks(db, env);
  await renewDueLinks(db, env);
  await sweepWaitingLines(db);
  await bookLedger(db, null, { maxLines: 20_000 });
  await evaluateTiers(db);
  await pruneOldClicks(db, clickRetentionDays(env));
  await pruneWebhookReceipts(db);
  await pruneSessions(db);
  await pruneImportRepeatRows(db);
  await pruneOldBindingStates(db);
  await pruneOldMints(db);
}

/** Queue consumer: one batch of clicks, one D1 batch and one archive object in R2. */
async function queue(batch: MessageBatch<unknown>, env: AppEnv['Bindings']): Promise<void> {
  await ingestClicks(
    openDb(env.DB),
    env.CLICK_ARCHIVE,
    batch.messages.map((m) => m.body),
  );
  batch.ackAll();
}

export default { fetch: app.fetch, scheduled, queue } satisfies ExportedHandler<AppEnv['Bindings']>;
