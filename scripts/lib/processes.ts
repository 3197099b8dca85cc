import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * wrangler's network chatter off (docs/toolchain.md §8): no metrics, no update check, no Request.cf fetch.
 * Nothing here may reach past loopback.
 */
export const QUIET_ENV = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
} as const;

/** A package's bin run with this very Node (24 from node_modules), never the system's Node 20. */
const BINS = { wrangler: 'node_modules/wrangler/bin/wrangler.js', wxt: 'node_modules/wxt/bin/wxt.mjs', vite: 'node_modules/vite/bin/vite.js' } as const;
type Bin = keyof typeof BINS;

export function nodeBin(bin: Bin): string[] {
  const path = BINS[bin];
  return [process.execPath, `${ROOT}/${path}`];
}

/** Runs a bin to completion; rejects with its output when it fails. */
export function run(bin: Bin, args: string[], options: { quiet?: boolean } = {}): Promise<string> {
  const [cmd, ...pre] = nodeBin(bin);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, [...pre, ...args], { cwd: ROOT, env: { ...process.env, ...QUIET_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${bin} ${args.join(' ')} exited ${code}\n${output}`))));
  });
}

/** Starts a long-running bin in its own process group so stopping it also stops its children (workerd). */
export function start(bin: Bin, args: string[], options: SpawnOptions = {}): ChildProcess {
  const [cmd, ...pre] = nodeBin(bin);
  return spawn(cmd!, [...pre, ...args], { cwd: ROOT, env: { ...process.env, ...QUIET_ENV }, detached: true, ...options });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** A port nobody listens on right now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200 or `timeoutMs` passes. */
export async function waitForOk(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
