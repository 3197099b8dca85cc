import { z } from 'zod';

// Where an affiliate stands at each network (GET /api/me/bindings): bound, unbound (with the way to bind),
// not needed (JD: the share code travels as subUnionId), or the network not connected by the operator.

export const bindingsSchema = z.object({
  taobao: z.discriminatedUnion('status', [
    z.object({ status: z.literal('bound'), relationId: z.string(), accountName: z.string().nullable() }),
    /** `canBind`: the operator's connection has the session 渠道备案 needs. */
    z.object({ status: z.literal('unbound'), canBind: z.boolean() }),
    z.object({ status: z.literal('not-connected') }),
  ]),
  pdd: z.discriminatedUnion('status', [
    z.object({ status: z.literal('bound') }),
    /** `bindUrl`: the 备案 link to open in the PDD app (shown as a link and a QR code). */
    z.object({ status: z.literal('unbound'), bindUrl: z.string().nullable() }),
    /** The network could not be asked just now; `reason` is its own words. */
    z.object({ status: z.literal('unknown'), reason: z.string() }),
    z.object({ status: z.literal('not-connected') }),
  ]),
  jd: z.object({ status: z.enum(['not-needed', 'not-connected']) }),
});
export type Bindings = z.infer<typeof bindingsSchema>;

export const taobaoBindingStartSchema = z.object({ authorizeUrl: z.string(), expiresAt: z.number() });
