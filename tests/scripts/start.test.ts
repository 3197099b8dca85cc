import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` as a process manager sees it: it signals the `npm` process it started, and expects every
// process under it gone soon after. And a port already taken stops it at once, saying which.

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Every process below `pid` (children, their children …), read from /proc. */
function descendants(pid: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      childrenOf.set(ppid, [...(childrenOf.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const child of childrenOf.get(p) ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

const alive = (pid: number) => {
  try {
    // A zombie (exited, not yet reaped) counts as gone.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

const state = mkdtempSync(join(tmpdir(), 'daihuo-start-'));
afterAll(() => rmSync(state, { recursive: true, force: true }));

describe('npm start', () => {
  it('SIGTERM to the npm process stops everything it started (wrangler, workerd, the simulator) within 10 s', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], { env: { ...process.env, PORT: String(port), PERSIST_TO: join(state, 'd1') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 240_000;
    while (!output.includes('Daihuo is running.') && Date.now() < deadline && npm.exitCode === null) await new Promise((r) => setTimeout(r, 250));
    expect(output).toContain('Daihuo is running.');
    const tree = descendants(npm.pid!);
    const commands = tree.map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        return '';
      }
    });
    expect(commands.some((c) => c.includes('scripts/start.ts'))).toBe(true);
    expect(commands.some((c) => c.includes('wrangler'))).toBe(true);
    expect(commands.some((c) => c.includes('workerd'))).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    // Demo links work: a code minted through the simulated JD goes to the simulator, which sends the browser
    // on to the real product page — never a made-up link on JD's own host.
    const apiKey = /Demo API key\s+(\S+)/.exec(output)?.[1];
    const minted = (await (
      await fetch(`http://127.0.0.1:${port}/api/codes`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ url: 'https://item.jd.com/100012043999.html' }),
      })
    ).json()) as { code: string; tracking: string };
    expect(minted.tracking).toBe('network');
    const browser = { 'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' };
    const tracked = (await fetch(`http://127.0.0.1:${port}/s/${minted.code}`, { redirect: 'manual', headers: browser })).headers.get('Location')!;
    expect(tracked).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/click\/jd\//);
    const onward = await fetch(tracked, { redirect: 'manual' });
    expect(onward.headers.get('Location')).toBe('https://item.jd.com/100012043999.html');

    const signalled = Date.now();
    npm.kill('SIGTERM');
    while (tree.some(alive) && Date.now() - signalled < 15_000) await new Promise((r) => setTimeout(r, 100));
    expect(tree.filter(alive), commands.join('\n')).toEqual([]);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 300_000);

  it('a port already in use stops it at once, naming the port and PORT=', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const started = Date.now();
      let output = '';
      try {
        execFileSync('npm', ['start'], { env: { ...process.env, PORT: String(port), PERSIST_TO: join(state, 'unused') }, stdio: 'pipe', timeout: 60_000 });
      } catch (err) {
        const e = err as { status: number; stdout: Buffer; stderr: Buffer };
        expect(e.status).not.toBe(0);
        output = e.stdout.toString() + e.stderr.toString();
      }
      expect(output).toContain(`Port ${port} is already in use`);
      expect(output).toContain(`PORT=${port + 1} npm start`);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      taken.close();
    }
  }, 60_000);
});
