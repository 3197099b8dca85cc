import { Hono } from 'hono';
import { z } from 'zod';
import { INVITE_CODE, JOIN_NAME_CHARS, joinRequestSchema, stripControls } from '../../shared/schemas';
import type { AppEnv } from '../env';
import { publicBaseUrl } from '../base-url';
import { openDb } from '../db/client';
import { AppError } from '../errors';
import { throttle } from '../middleware/throttle';
import { validate } from '../middleware/validate';
import { findInvite, joinThroughInvite } from '../services/invites/join';
import { BAD_NAME, inviteNotFoundPage, JOIN_FAILED, JOIN_FAILURES, joinedPage, joinPage } from '../pages/join';
import { pageLang } from '../pages/page-lang';

const codeParam = z.strictObject({ code: z.string().regex(INVITE_CODE, 'not an invite code') });

/** The page an invite link opens, and its form's answer (works without JavaScript). */
export const joinPageRoutes = new Hono<AppEnv>()
  .get('/:code', async (c) => {
    const code = c.req.param('code');
    const lang = pageLang(c.req.header('Accept-Language'));
    const invite = INVITE_CODE.test(code) ? await findInvite(openDb(c.env.DB), code) : null;
    if (!invite) return c.html(inviteNotFoundPage(lang), 404);
    return c.html(joinPage(code, invite.inviterName, lang));
  })
  .post('/:code', validate('param', codeParam), async (c) => {
    const { code } = c.req.valid('param');
    const form = await c.req.parseBody();
    const typed = typeof form.name === 'string' ? form.name : '';
    const db = openDb(c.env.DB);
    const lang = pageLang(c.req.header('Accept-Language'));
    const invite = await findInvite(db, code);
    if (!invite) return c.html(inviteNotFoundPage(lang), 404);
    // The same rule as POST /api/join: folded white space, no control or direction characters, 1–40.
    const parsed = joinRequestSchema.shape.name.safeParse(typed);
    if (!parsed.success) return c.html(joinPage(code, invite.inviterName, lang, BAD_NAME[lang], stripControls(typed).slice(0, JOIN_NAME_CHARS)), 400);
    const name = parsed.data;
    try {
      await throttle(c, 'JOIN_LIMITER');
      return c.html(joinedPage(await joinThroughInvite(db, code, name), publicBaseUrl(c), lang), 201);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return c.html(joinPage(code, invite.inviterName, lang, (JOIN_FAILURES[err.code] ?? JOIN_FAILED)[lang], name), err.status);
    }
  });
