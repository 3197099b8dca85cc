import { z } from 'zod';
import { personText } from './text';

/** A joiner's name, as long as the join page lets it be. */
export const JOIN_NAME_CHARS = 40;

/** Invite codes: 10 characters of the share-code alphabet's kind, unguessable enough to hand out. */
export const INVITE_CODE = /^[A-Za-z0-9]{10}$/;

export const inviteSchema = z.object({
  code: z.string(),
  url: z.string(),
  joins: z.number().int(),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type Invite = z.infer<typeof inviteSchema>;

export const joinRequestSchema = z.strictObject({
  inviteCode: z.string().regex(INVITE_CODE, 'inviteCode is not an invite code'),
  name: personText(JOIN_NAME_CHARS, { what: 'name' }),
});

export const joinResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  apiKey: z.string(),
  /** `waiting` when the operator approves joiners first: the key works once they do. */
  status: z.enum(['active', 'waiting']),
  inviterName: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const teamMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  joinedAt: z.number(),
  waiting: z.boolean(),
  /** The last 30 days, valid orders only. */
  orders: z.number().int(),
  salesFen: z.number().int(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/** 0: nobody may join through invites; 1: anyone with an invite joins at once; 2: joiners wait for approval. */
export const JOIN_MODES = [0, 1, 2] as const;
