import { Hono } from 'hono';
import { shopRecords } from '../../shared/platforms';
import { SHARE_CODE_PATTERN } from '../../shared/share-code';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { openDb } from '../db/client';
import { linkPreviewPage } from '../pages/link-preview';
import { notFoundPage } from '../pages/not-found';
import { wechatLandingPage } from '../pages/wechat-landing';
import { analyseUserAgent } from '../services/clicks/analyse-user-agent';
import { buildClick } from '../services/clicks/build-click';
import { deliverClick } from '../services/clicks/deliver-click';
import { cachedLinkTarget } from '../services/clicks/link-target-cache';
import { liveDestination } from '../services/links/live-destination';
import { offlinePage } from '../pages/offline';
import { shortUrlFor } from '../services/share-code-view';
import { pageLang } from '../pages/page-lang';

export const redirectRoutes = new Hono<AppEnv>().get('/:code', async (c) => {
  const code = c.req.param('code');
  const db = openDb(c.env.DB);
  const target = SHARE_CODE_PATTERN.test(code) ? await cachedLinkTarget(db, code) : null;
  if (!target) return c.html(notFoundPage(pageLang(c.req.header('Accept-Language'))), 404);

  const userAgent = c.req.header('User-Agent');
  const facts = analyseUserAgent(userAgent);
  // HEAD is never a click: X (Twitter) alone sends one GET and three HEADs per share.
  if (c.req.method !== 'HEAD') {
    // The friend never waits for bookkeeping, and a failed write must not change the answer.
    const click = buildClick({
      code,
      at: Date.now(),
      ip: c.req.header('CF-Connecting-IP'),
      userAgent,
      facts,
      referer: c.req.header('Referer'),
      country: (c.req.raw.cf as { country?: string } | undefined)?.country,
      secret: c.env.VISITOR_SALT ?? '',
    }).then((message) => deliverClick(c.env, db, message));
    c.executionCtx.waitUntil(click.catch((err: unknown) => console.error('click not recorded', code, err)));
  }

  c.header('Cache-Control', 'private, no-store');
  if (facts.kind !== 'human') return c.html(linkPreviewPage(target, shortUrlFor(publicBaseUrl(c), code)));
  if (target.linkStatus === 'offline') return c.html(offlinePage(target, pageLang(c.req.header('Accept-Language'))));
  // A network link past its life is renewed inline (or the friend goes to the product page): never the lapsed link.
  const live = await liveDestination(db, c.env, code, target);
  // Apps that block this shop's links (WeChat and QQ block Taobao and Tmall) get a landing page instead.
  if (facts.app && shopRecords[target.platform].blockedInApps.includes(facts.app)) {
    return c.html(wechatLandingPage(target, live.networkPassword, pageLang(c.req.header('Accept-Language'))));
  }
  return c.redirect(live.destinationUrl, 302);
});
