import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';

// An independent reader of the archive: DuckDB (a native Node module, so this runs in Node) reads objects
// made by the consumer's own writer. The writer is loaded at run time — it is Worker code, typed in the
// Worker's project — and the record is spelled out here as docs/clicks-archive.md gives it.
interface ArchivedClick {
  id: string;
  code: string;
  at: number;
  kind: 'human' | 'bot' | 'preview' | 'flood';
  visitor: string;
  device: string | null;
  os: string | null;
  browser: string | null;
  app: string | null;
  country: string | null;
  referrerHost: string | null;
}
type ArchiveObjects = (clicks: readonly ArchivedClick[]) => Promise<Array<{ key: string; body: Uint8Array }>>;
const WRITER = '../../worker/services/clicks/click-archive.ts';
const { archiveObjects } = (await import(WRITER)) as { archiveObjects: ArchiveObjects };
const CHINA_OFFSET_MS = 8 * 3_600_000;

// The README's DuckDB query, run as printed against archive objects written the way the consumer writes
// them; only the bucket URL is swapped for a folder on disk (httpfs and R2 are not reachable from here).
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const query = /<!-- duckdb-example -->\s*```sql\n([\s\S]*?)```\s*<!-- \/duckdb-example -->/.exec(README)?.[1];
const CODE = /WHERE code = '([^']+)'/.exec(query ?? '')?.[1] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'daihuo-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (hour: number, minute: number) => Date.parse(`2026-11-11T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
let serial = 0;
function archived(code: string, when: number, kind: ArchivedClick['kind'], visitor: number): ArchivedClick {
  serial++;
  return {
    id: `clk_${String(serial).padStart(22, '0')}`,
    code,
    at: when,
    kind,
    visitor: visitor.toString(16).padStart(16, '0'),
    device: 'mobile',
    os: 'iOS',
    browser: 'WebKit',
    app: 'WeChat',
    country: 'CN',
    referrerHost: kind === 'human' ? 'servicewechat.com' : null,
  };
}

describe('the README query over the click archive', () => {
  it('counts one code’s people, visitors and bots per China hour, a redelivered click once', async () => {
    expect(query, 'README has the marked DuckDB example').toBeTruthy();
    const ours = [
      archived(CODE, at(0, 5), 'human', 1),
      archived(CODE, at(0, 6), 'human', 1),
      archived(CODE, at(0, 7), 'human', 2),
      archived(CODE, at(0, 8), 'bot', 3),
      archived(CODE, at(20, 0), 'human', 4),
      archived(CODE, at(20, 1), 'flood', 5),
      archived(CODE, at(23, 59), 'preview', 6),
    ];
    const others = [archived('Zz9yX8w', at(0, 5), 'human', 7), archived('Zz9yX8w', at(20, 0), 'human', 8)];
    // Two batches, and the first batch's second click delivered again inside a third, regrouped batch.
    const batches = [[ours[0]!, ours[1]!, others[0]!], [ours[2]!, ours[3]!, ours[4]!, ours[5]!, ours[6]!, others[1]!], [ours[1]!]];
    for (const batch of batches) {
      for (const object of await archiveObjects(batch)) {
        const path = join(dir, object.key);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, object.body);
      }
    }
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const reader = await db.runAndReadAll(query!.replaceAll('r2://daihuo-clicks/', `${dir}/`));
    const rows = reader.getRowObjectsJson();

    // What the query must say, counted here from the clicks themselves.
    const hourOf = (ms: number) => new Date(ms + CHINA_OFFSET_MS).getUTCHours();
    const hours = [...new Set(ours.map((c) => hourOf(c.at)))].sort((a, b) => a - b);
    const expected = hours.map((hour) => {
      const inHour = ours.filter((c) => hourOf(c.at) === hour);
      const people = inHour.filter((c) => c.kind === 'human');
      return {
        hour,
        people: String(people.length),
        visitors: String(new Set(people.map((c) => c.visitor)).size),
        bots: String(inHour.filter((c) => c.kind === 'bot' || c.kind === 'flood').length),
      };
    });
    expect(rows).toEqual(expected);
    expect(expected[0]).toEqual({ hour: 0, people: '3', visitors: '2', bots: '1' });
  });
});
