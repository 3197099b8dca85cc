import { chinaDayNumber } from '../../../shared/china-time';
import { newId } from '../../../shared/ids';
import type { ClickMessage } from '../../../shared/schemas';
import { sha256Hex } from '../../crypto';
import type { UserAgentFacts } from './analyse-user-agent';

export interface ClickRequest {
  code: string;
  at: number;
  ip: string | undefined;
  userAgent: string | undefined;
  /** What the redirect already learnt from the user agent (it needs it first, to choose the answer). */
  facts: UserAgentFacts;
  referer: string | undefined;
  country: string | undefined;
  /** The Worker secret the daily salt is derived from. */
  secret: string;
}

let saltCache: { key: string; salt: string } | null = null;

async function dailySalt(secret: string, utcDay: string): Promise<string> {
  const key = `${secret}|${utcDay}`;
  if (saltCache?.key !== key) saltCache = { key, salt: await sha256Hex(key) };
  return saltCache.salt;
}

function referrerHost(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).hostname.slice(0, 255) || null;
  } catch {
    return null;
  }
}

/**
 * Everything a click records, computed in the redirect. The visitor hash mixes a salt that rotates
 * every UTC day (derived from the secret) with IP and user agent, so hashes count unique visitors
 * within a day and cannot be joined across days or reversed to an IP. The IP itself goes nowhere.
 */
export async function buildClick(input: ClickRequest): Promise<ClickMessage> {
  const salt = await dailySalt(input.secret, new Date(input.at).toISOString().slice(0, 10));
  return {
    id: newId('clk', input.at),
    code: input.code,
    at: input.at,
    day: chinaDayNumber(input.at),
    visitorHash: await sha256Hex(`${salt}|${input.ip ?? ''}|${input.userAgent ?? ''}`),
    ...input.facts,
    country: input.country?.slice(0, 4) ?? null,
    referrerHost: referrerHost(input.referer),
  };
}
