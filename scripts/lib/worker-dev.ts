import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { freePort, run, start, stop, waitForOk } from './processes.ts';
import { createWorkerdLogFilter } from './workerd-log-filter.ts';

export interface DevWorker {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface DevWorkerOptions {
  port: number;
  /** Where local D1 lives; defaults to wrangler's .wrangler/state. */
  persistTo?: string;
  /** Bindings passed with --var (they win over .dev.vars). */
  vars?: Record<string, string>;
  /** An entry other than wrangler.toml's `main` (the bench's). */
  script?: string;
  logLevel?: 'info' | 'warn' | 'error';
  /** `filtered`: wrangler's output on ours, with workerd's internal-error blocks cut to one line. */
  stdio?: 'inherit' | 'ignore' | 'filtered';
}

function relay(from: Readable | null, to: Writable): void {
  if (!from) return;
  const keep = createWorkerdLogFilter();
  createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    const out = keep(line);
    if (out !== null) to.write(`${out}\n`);
  });
}

export async function applyLocalMigrations(persistTo?: string, quiet = false): Promise<void> {
  await run('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', ...(persistTo ? ['--persist-to', persistTo] : [])], { quiet });
}

/** `wrangler dev` on 127.0.0.1:port, resolved once /healthz answers. */
export async function startDevWorker(options: DevWorkerOptions): Promise<DevWorker> {
  const args = [
    'dev',
    ...(options.script ? [options.script] : []),
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--inspector-port',
    String(await freePort()),
  ];
  args.push('--show-interactive-dev-session=false', '--log-level', options.logLevel ?? 'info');
  if (options.persistTo) args.push('--persist-to', options.persistTo);
  for (const [key, value] of Object.entries(options.vars ?? {})) args.push('--var', `${key}:${value}`);
  const out = options.stdio === 'filtered' ? 'pipe' : (options.stdio ?? 'ignore');
  const child = start('wrangler', args, { stdio: ['ignore', out, out] });
  if (options.stdio === 'filtered') {
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
  }
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForOk(`${url}/healthz`, 60_000);
  } catch (err) {
    await stop(child);
    throw err;
  }
  return { url, process: child, stop: () => stop(child) };
}

/**
 * A throwaway Worker for tests and benchmarks: its own freshly migrated local D1 in a temp dir and a free
 * port; `stop()` also deletes the state.
 */
export async function startScratchWorker(options: Omit<DevWorkerOptions, 'port' | 'persistTo'>): Promise<DevWorker> {
  const tmp = mkdtempSync(join(tmpdir(), 'daihuo-worker-'));
  const remove = () => rmSync(tmp, { recursive: true, force: true });
  try {
    const persistTo = join(tmp, 'state');
    await applyLocalMigrations(persistTo, true);
    const worker = await startDevWorker({ ...options, port: await freePort(), persistTo });
    return { ...worker, stop: () => worker.stop().finally(remove) };
  } catch (err) {
    remove();
    throw err;
  }
}
