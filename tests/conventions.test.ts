import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_APP_BROWSERS, NETWORK_NAMES, PLATFORM_IDS, shopRecords } from '../shared/platforms';
import { NETWORKS } from '../shared/platforms/types';
import { pageReaders } from '../extension/platforms';
import { handlers } from '../extension/messaging/handlers';

// Registries are the only lists (docs/conventions.md): a file that exists but is not registered never runs.
const ROOT = process.cwd();
const modulesIn = (dir: string, helpers: string[]) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => f.replace(/\.tsx?$/, ''))
    .filter((name) => !['index', ...helpers].includes(name))
    .sort();
const camel = (kebab: string) => kebab.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('registries', () => {
  it('every shop has a URL rule and a page reader, one file each', () => {
    expect(modulesIn('shared/platforms', ['types', 'host', 'page-rules'])).toEqual([...PLATFORM_IDS].sort());
    expect(Object.keys(shopRecords).sort()).toEqual([...PLATFORM_IDS].sort());
    expect(modulesIn('extension/platforms', ['types', 'dom'])).toEqual(Object.keys(pageReaders).sort());
  });

  it('every message handler file is registered', () => {
    expect(modulesIn('extension/messaging/handlers', []).map(camel)).toEqual(Object.keys(handlers).sort());
  });

  it('every route module is mounted exactly once', () => {
    const index = readFileSync(join(ROOT, 'worker/index.ts'), 'utf8');
    for (const name of modulesIn('worker/routes', [])) {
      const exported = /export const (\w+)/.exec(readFileSync(join(ROOT, `worker/routes/${name}.ts`), 'utf8'))?.[1];
      expect(exported, name).toBeDefined();
      expect(index.match(new RegExp(`\\.route\\([^)]*\\b${exported}\\)`, 'g')), name).toHaveLength(1);
    }
  });
});

describe('e2e waits', () => {
  // Two fresh-clone CI runs failed on a poster poll that waited expect.poll's 1 s default on two busy cores.
  it('the e2e project gives every expect.poll a default sized for this 2-core machine', () => {
    const config = readFileSync(join(ROOT, 'tests/vitest.config.ts'), 'utf8');
    const timeout = Number(/const E2E_POLL_TIMEOUT_MS = ([\d_]+)/.exec(config)?.[1]?.replaceAll('_', ''));
    expect(timeout).toBeGreaterThanOrEqual(10_000);
    expect(config).toMatch(/name: 'e2e'[\s\S]*expect: \{ poll: \{ timeout: E2E_POLL_TIMEOUT_MS/);
  });
});

describe('components stay small', () => {
  // docs/conventions.md: no component (or hook) body past about 60 lines. Biome's format closes a
  // top-level function with a `}` in column 0, so a body is the lines between its declaration and that.
  const MAX_BODY_LINES = 60;
  const uiFiles = ['extension', 'worker/admin', 'shared/ui']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name)))
    .filter((path) => !path.includes('node_modules') && (/\.tsx$/.test(path) || /\/use-[\w-]+\.ts$/.test(path)));

  function longBodies(source: string): string[] {
    const lines = source.split('\n');
    const long: string[] = [];
    for (const [i, line] of lines.entries()) {
      const name = /^(?:export )?(?:async )?function (\w+)/.exec(line)?.[1];
      if (!name) continue;
      const end = lines.findIndex((l, j) => j > i && l.startsWith('}'));
      if (end - i - 1 > MAX_BODY_LINES) long.push(`${name}: ${end - i - 1} lines`);
    }
    return long;
  }

  it('the counter sees a long component', () => {
    const body = Array.from({ length: MAX_BODY_LINES + 1 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longBodies(`export function Big() {\n${body}\n}\nfunction Small() {\n  return 1;\n}`)).toEqual([`Big: ${MAX_BODY_LINES + 1} lines`]);
  });

  it(`no component or hook body in the popup, panel, options or dashboard runs past ${MAX_BODY_LINES} lines`, () => {
    expect(uiFiles.length).toBeGreaterThan(40);
    const long = uiFiles.flatMap((path) => longBodies(readFileSync(path, 'utf8')).map((what) => `${path.slice(ROOT.length + 1)} ${what}`));
    expect(long).toEqual([]);
  });
});

describe('docs citations', () => {
  // A comment citing a section that no longer exists sends the reader nowhere (docs drifted once: §2.8, P9).
  it('every "docs/<file>.md §N" cited in code and config names a section that exists', () => {
    const files = ['worker', 'shared', 'extension', 'scripts', 'tests']
      .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }).map((e) => join(e.parentPath, e.name)))
      .filter((path) => /\.(ts|tsx|sh)$/.test(path) && !path.includes('node_modules') && !path.endsWith('worker-configuration.d.ts'))
      .concat([join(ROOT, 'wrangler.toml'), join(ROOT, 'README.md')]);
    const cited: string[] = [];
    for (const path of files) {
      for (const [, doc, section] of readFileSync(path, 'utf8').matchAll(/docs\/([a-z-]+\.md)\s*(?:§\s?([0-9]+(?:\.[0-9]+)?))?/g)) {
        const text = readFileSync(join(ROOT, 'docs', doc!), 'utf8');
        if (section) expect(text, `${path} cites docs/${doc} §${section}`).toMatch(new RegExp(`^#+ §${section.replace('.', '\\.')}(\\s|$)`, 'm'));
        cited.push(`${doc}${section ? ` §${section}` : ''}`);
      }
    }
    expect(cited.length).toBeGreaterThan(5);
  });
});

describe('a shop is one record', () => {
  // docs/adding-a-shop.md: every list of shops or networks is derived from the records; a record missing
  // a field would leave a surface (the manifest, the landing page, the poster) silently without it.
  it('every shop record is complete', () => {
    for (const id of PLATFORM_IDS) {
      const shop = shopRecords[id];
      expect(shop.id, id).toBe(id);
      for (const text of [shop.names.zh, shop.names.en, shop.appName.zh, shop.appName.en]) expect(text.trim(), id).not.toBe('');
      expect(shop.template, id).toContain('{link}');
      for (const list of [shop.matches, shop.domains, shop.imageHosts, shop.channelIdKinds]) expect(list.length, id).toBeGreaterThan(0);
      for (const app of shop.blockedInApps) expect(IN_APP_BROWSERS, id).toContain(app);
      for (const pattern of [...shop.matches, ...shop.imageHosts]) expect(pattern, id).toMatch(/^\*:\/\/[*\w.-]+\/\*$/);
      expect(NETWORKS, id).toContain(shop.network);
    }
  });

  it('every network has its name, a shop, and its gateway var in wrangler.toml', () => {
    const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
    const start = readFileSync(join(ROOT, 'scripts/start.ts'), 'utf8');
    for (const network of NETWORKS) {
      expect(NETWORK_NAMES[network].zh.trim(), network).not.toBe('');
      expect(
        PLATFORM_IDS.some((id) => shopRecords[id].network === network),
        network,
      ).toBe(true);
      expect(toml, network).toMatch(new RegExp(`^${network.toUpperCase()}_API_URL = "https://`, 'm'));
      expect(start, network).toMatch(new RegExp(`${network}: \\['${network.toUpperCase()}_API_URL'`));
    }
  });
});
