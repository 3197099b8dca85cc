import { Hono } from 'hono';
import { SHARE_CODE_PATTERN } from '../../shared/share-code';
import { formatPassword } from '../../shared/share-template';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { openDb } from '../db/client';
import { findLinkTarget } from '../db/queries/share-codes';
import { linkPreviewPage } from '../pages/link-preview';
import { notFoundPage } from '../pages/not-found';
import { wechatLandingPage } from '../pages/wechat-landing';
import { classifyUserAgent } from '../services/classify-user-agent';
import { recordClick } from '../services/record-click';
import { shortUrlFor } from '../services/share-code-view';

const BLOCKED_IN_APP = new Set(['wechat', 'qq']);
const TAOBAO_FAMILY = new Set(['taobao', 'tmall']);

export const redirectRoutes = new Hono<AppEnv>().get('/:code', async (c) => {
  const code = c.req.param('code');
  const target = SHARE_CODE_PATTERN.test(code) ? await findLinkTarget(openDb(c.env.DB), code) : null;
  if (!target) return c.html(notFoundPage(), 404);

  const userAgent = c.req.header('User-Agent');
  const uaClass = classifyUserAgent(userAgent);
  // The friend never waits for bookkeeping, and a failed write must not change the answer.
  const click = recordClick(openDb(c.env.DB), {
    code,
    at: Date.now(),
    ip: c.req.header('CF-Connecting-IP'),
    userAgent,
    uaClass,
    referer: c.req.header('Referer'),
    visitorSalt: c.env.VISITOR_SALT ?? '',
  }).catch((err: unknown) => console.error('click not recorded', code, err));
  c.executionCtx.waitUntil(click);

  c.header('Cache-Control', 'private, no-store');
  if (uaClass === 'bot') return c.html(linkPreviewPage(target, shortUrlFor(publicBaseUrl(c), code)));
  if (BLOCKED_IN_APP.has(uaClass) && TAOBAO_FAMILY.has(target.platform)) {
    return c.html(wechatLandingPage(target, formatPassword(code)));
  }
  return c.redirect(target.destinationUrl, 302);
});
