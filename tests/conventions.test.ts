import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, platformRules } from '../shared/platforms';
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
    expect(Object.keys(platformRules).sort()).toEqual([...PLATFORM_IDS].sort());
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
