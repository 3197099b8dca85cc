import { newId } from '../../shared/ids';
import type { Db } from '../env';
import { sha256Hex } from '../crypto';
import { insertClick } from '../db/queries/clicks';
import type { UserAgentClass } from '../db/schema';

export interface ClickInput {
  code: string;
  at: number;
  ip: string | undefined;
  userAgent: string | undefined;
  uaClass: UserAgentClass;
  referer: string | undefined;
  /** Secret salt; rotated daily by mixing in the UTC date, so hashes cannot be joined across days. */
  visitorSalt: string;
}

function referrerHost(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).hostname || null;
  } catch {
    return null;
  }
}

export async function recordClick(db: Db, input: ClickInput): Promise<void> {
  const day = new Date(input.at).toISOString().slice(0, 10);
  await insertClick(db, {
    id: newId('clk', input.at),
    code: input.code,
    at: input.at,
    visitorHash: await sha256Hex(`${input.visitorSalt}|${day}|${input.ip ?? ''}|${input.userAgent ?? ''}`),
    uaClass: input.uaClass,
    referrerHost: referrerHost(input.referer),
  });
}
