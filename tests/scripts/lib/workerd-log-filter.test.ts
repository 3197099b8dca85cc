import { describe, expect, it } from 'vitest';
import { createWorkerdLogFilter } from '../../../scripts/lib/workerd-log-filter.ts';

// Lines as wrangler dev printed them when /api/resolve met a shop short link on a machine without DNS.
const BLOCK = [
  '\x1b[31m✘ \x1b[41;31m[\x1b[41;97mERROR\x1b[41;31m]\x1b[0m \x1b[1me = rust/worker/ffi.rs:110: failed: failed to lookup address information: Name or service not known\x1b[0m',
  '',
  '  stack: /work/main/node_modules/@cloudflare/workerd-linux-64/bin/workerd@383c3f9 /work/main/node_modules/@cloudflare/workerd-linux-64/bin/workerd@28a3c60; sentryErrorContext = jsgInternalError; wdErrId = qj3apc9d394lu9e8jqv52jcr',
  '',
  '',
];

describe('workerd log filter', () => {
  it('turns each internal-error block into one line and keeps everything else', () => {
    const filter = createWorkerdLogFilter();
    const out = ['Ready on http://127.0.0.1:8787', ...BLOCK, ...BLOCK, '[wrangler:info] GET /healthz 200 OK'].map(filter).filter((l) => l !== null);
    expect(out).toEqual([
      'Ready on http://127.0.0.1:8787',
      '  (an outbound request failed inside workerd: failed to lookup address information: Name or service not known; the Worker answered with an error code)',
      '  (an outbound request failed inside workerd: failed to lookup address information: Name or service not known; the Worker answered with an error code)',
      '[wrangler:info] GET /healthz 200 OK',
    ]);
  });

  it('passes an ordinary error, and the blank lines around it, untouched', () => {
    const filter = createWorkerdLogFilter();
    const lines = ['', '✘ [ERROR] unhandled error POST /api/codes', '  at foo (worker.js:1:1)', ''];
    expect(lines.map(filter)).toEqual(lines);
  });
});
