import { chinaDayNumber, dateOfChinaDay } from '../../../shared/china-time';
import { archivedClickSchema, type ArchivedClick, type ClickMessage } from '../../../shared/schemas';
import { sha256Hex } from '../../crypto';

// The archive's layout, which the README's DuckDB query and docs/clicks-archive.md rely on:
//   clicks/day=YYYY-MM-DD/<first click's epoch ms, 13 digits>-<16 hex>.ndjson.gz
// (China day, hive-style, so engines read `day` as a column): one gzip'd NDJSON object per consumer batch
// and day, named by its first click's time (names sort roughly by time) and a hash of its click ids — a
// redelivered batch writes the same name again instead of a second copy.
export const ARCHIVE_PREFIX = 'clicks/';
/** R2 allows 8 KiB of metadata per object; past this the object is listed as holding any code. */
const CODES_METADATA_MAX = 6000;

/** What the consumer names an object; anything else is not a key of ours. */
export const ARCHIVE_KEY = /^clicks\/day=\d{4}-\d{2}-\d{2}\/\d{13}-[0-9a-f]{16}\.ndjson\.gz$/;

export const archiveDayPrefix = (day: number): string => `${ARCHIVE_PREFIX}day=${dateOfChinaDay(day)}/`;

/** The click as the archive keeps it: the message with its stored kind, the visitor shortened. */
export function toArchived(click: ClickMessage, kind: ArchivedClick['kind']): ArchivedClick {
  const { day: _day, visitorHash, ...rest } = click;
  return { ...rest, kind, visitor: visitorHash.slice(0, 16) };
}

export interface ArchiveObject {
  key: string;
  body: Uint8Array;
  /** The codes inside, comma-separated (or `*`), so a read-back opens only the objects that hold its code. */
  codes: string;
  count: number;
}

/** One object per China day the clicks fall on (a batch spans two days only around midnight). */
export async function archiveObjects(clicks: readonly ArchivedClick[]): Promise<ArchiveObject[]> {
  const byDay = Map.groupBy(clicks, (c) => chinaDayNumber(c.at));
  return Promise.all(
    [...byDay].map(async ([day, group]) => {
      const ids = group.map((c) => c.id).toSorted();
      const codes = [...new Set(group.map((c) => c.code))].toSorted().join(',');
      const first = String(Math.min(...group.map((c) => c.at))).padStart(13, '0');
      return {
        key: `${archiveDayPrefix(day)}${first}-${(await sha256Hex(ids.join('\n'))).slice(0, 16)}.ndjson.gz`,
        body: await gzip(group.map((c) => `${JSON.stringify(c)}\n`).join('')),
        codes: codes.length <= CODES_METADATA_MAX ? codes : '*',
        count: group.length,
      };
    }),
  );
}

/** An object's clicks; a line that does not parse is skipped and counted, never thrown. */
export async function readArchiveObject(body: ReadableStream<Uint8Array>): Promise<{ clicks: ArchivedClick[]; unreadable: number }> {
  const text = await new Response(body.pipeThrough(new DecompressionStream('gzip'))).text();
  const clicks: ArchivedClick[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const parsed = archivedClickSchema.safeParse(safeJson(line));
    if (parsed.success) clicks.push(parsed.data);
    else unreadable++;
  }
  return { clicks, unreadable };
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
