import { chinaDayNumber, chinaDayOfDate } from '../../../shared/china-time';
import type { CodeClicksPage } from '../../../shared/schemas';
import type { Db } from '../../env';
import { AppError } from '../../errors';
import { findCodeClicksOfDay } from '../../db/queries/clicks';
import { findCodeOwner } from '../../db/queries/share-codes';
import { ARCHIVE_KEY, archiveDayPrefix, readArchiveObject } from './click-archive';
import { firstRecentDay } from './click-retention';

export interface CodeClicksRequest {
  retentionDays: number;
  code: string;
  /** A China day, YYYY-MM-DD. */
  date: string;
  after?: string;
  now?: number;
  /** Clicks per page from D1. */
  pageClicks?: number;
  /** Archive pages end after this many of the day's objects that hold the code. */
  pageObjects?: number;
}

/**
 * A code's raw clicks of one China day — for a dispute or a flood — from D1 inside the attribution window
 * and from the R2 archive beyond it, a page at a time.
 */
export async function readCodeClicks(db: Db, archive: R2Bucket, request: CodeClicksRequest): Promise<CodeClicksPage> {
  const { code, date, now = Date.now() } = request;
  if ((await findCodeOwner(db, code)) === null) throw new AppError('NOT_FOUND', `No share code ${code}.`);
  const day = chinaDayOfDate(date);
  if (day > chinaDayNumber(now)) return { code, day: date, source: 'recent', clicks: [], next: null };
  return day >= firstRecentDay(request.retentionDays, now) ? fromD1(db, day, request) : fromArchive(archive, day, request);
}

const badCursor = () => new AppError('VALIDATION_FAILED', '`after` must be the `next` of the page before.');

async function fromD1(db: Db, day: number, { code, date, after, pageClicks = 5000 }: CodeClicksRequest): Promise<CodeClicksPage> {
  const cursor = after === undefined ? null : /^(\d{1,16}):([0-9a-f]{16}):(\d{1,10})$/.exec(after);
  if (cursor === null && after !== undefined) throw badCursor();
  const from = cursor ? { at: Number(cursor[1]), visitor: cursor[2]!, nonce: Number(cursor[3]) } : null;
  const rows = await findCodeClicksOfDay(db, code, day, from, pageClicks + 1);
  const page = rows.slice(0, pageClicks);
  const last = page.at(-1);
  const next = rows.length > pageClicks && last ? `${last.at}:${last.visitor}:${last.nonce}` : null;
  return { code, day: date, source: 'recent', clicks: page.map(({ nonce: _nonce, ...click }) => click), next };
}

async function fromArchive(archive: R2Bucket, day: number, { code, date, after, pageObjects = 100 }: CodeClicksRequest): Promise<CodeClicksPage> {
  const prefix = archiveDayPrefix(day);
  if (after !== undefined && !(after.startsWith(prefix) && ARCHIVE_KEY.test(after))) throw badCursor();
  const found: string[] = [];
  let cursor: string | undefined;
  let listedAll = false;
  // Objects name the codes they hold, so only those are opened; listing goes on until a page's worth is found.
  while (found.length < pageObjects) {
    const listed = await archive.list({ prefix, include: ['customMetadata'], ...(cursor ? { cursor } : after ? { startAfter: after } : {}) });
    for (const object of listed.objects) if (holdsCode(object, code)) found.push(object.key);
    if (!listed.truncated) {
      listedAll = true;
      break;
    }
    cursor = listed.cursor;
  }
  const keys = found.slice(0, pageObjects);
  const more = !listedAll || found.length > keys.length;
  const seen = new Set<string>();
  const clicks: CodeClicksPage['clicks'] = [];
  for (const key of keys) {
    const object = await archive.get(key);
    if (!object) continue;
    const { clicks: read, unreadable } = await readArchiveObject(object.body);
    if (unreadable) console.error('archive object has unreadable lines', key, unreadable);
    for (const { id, code: clickCode, ...click } of read) {
      if (clickCode !== code || seen.has(id)) continue;
      seen.add(id);
      clicks.push(click);
    }
  }
  clicks.sort((a, b) => a.at - b.at);
  return { code, day: date, source: 'archive', clicks, next: more && keys.length ? keys.at(-1)! : null };
}

function holdsCode(object: R2Object, code: string): boolean {
  const codes = object.customMetadata?.codes ?? '*';
  return codes === '*' || codes.split(',').includes(code);
}
