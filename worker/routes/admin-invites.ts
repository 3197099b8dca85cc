import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { openDb } from '../db/client';
import { adminAuth } from '../middleware/admin-auth';
import { revokeInviteLink } from '../services/invites/invite-links';
import { decideWaitingJoiner, waitingJoiners } from '../services/invites/team';

/** Joiners waiting for approval, the admin's decision on each, and revoking any invite. */
export const adminInviteRoutes = new Hono<AppEnv>()
  .use(adminAuth)
  .get('/joiners', async (c) => c.json(await waitingJoiners(openDb(c.env.DB))))
  .post('/affiliates/:id/approve', async (c) => c.json(await decideWaitingJoiner(openDb(c.env.DB), c.req.param('id'), true)))
  .post('/affiliates/:id/decline', async (c) => c.json(await decideWaitingJoiner(openDb(c.env.DB), c.req.param('id'), false)))
  .delete('/invites/:code', async (c) => c.json(await revokeInviteLink(openDb(c.env.DB), c.req.param('code'), null)));
