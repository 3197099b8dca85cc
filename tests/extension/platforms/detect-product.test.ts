import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectProduct, pageReaders } from '../../../extension/platforms';

// vitest runs from the project root (tests/vitest.config.ts sets `root`).
const FIXTURES = join(process.cwd(), 'tests/fixtures/pages');

interface Case {
  url: string;
  expected: Record<string, unknown> | null;
}

const cases = Object.keys(pageReaders).flatMap((platform) =>
  readdirSync(join(FIXTURES, platform))
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const base = join(FIXTURES, platform, file);
      const spec = JSON.parse(readFileSync(base.replace(/\.html$/, '.json'), 'utf8')) as Case;
      return { name: `${platform}/${file}`, html: readFileSync(base, 'utf8'), ...spec };
    }),
);

function documentOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('detectProduct on saved pages', () => {
  it('has fixtures for every platform, including pages that must yield nothing', () => {
    for (const platform of Object.keys(pageReaders)) expect(cases.some((c) => c.name.startsWith(`${platform}/`))).toBe(true);
    expect(cases.some((c) => c.expected === null)).toBe(true);
  });

  it.each(cases)('$name', ({ html, url, expected }) => {
    const product = detectProduct(documentOf(html), url);
    if (expected === null) expect(product).toBeNull();
    else expect(product).toEqual({ ...expected, pageUrl: url });
  });
});
