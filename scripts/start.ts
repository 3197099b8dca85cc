// `npm start`: the whole product on this machine. Migrates the local D1, seeds a demo affiliate and demo data once,
// builds the extension for Chrome and Firefox, and serves the Worker with `wrangler dev`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { bindDemoAffiliate, seedDemoData } from './lib/demo-data.ts';
import { ensureDevSecrets } from './lib/dev-vars.ts';
import { ROOT, run } from './lib/processes.ts';
import { applyLocalMigrations, startDevWorker } from './lib/worker-dev.ts';
import { startNetworkSimulator } from './network-simulator/server.ts';
import { SIM, SIM_OPERATOR_SESSION } from './network-simulator/simulator.ts';
import type { Network } from '../shared/platforms/types.ts';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
/** Where the local D1 lives: wrangler's .wrangler/state, or PERSIST_TO (a second instance beside the first). */
const persistTo = process.env.PERSIST_TO || undefined;

const DEV_VARS = join(ROOT, '.dev.vars');
const DEMO_FILE = join(persistTo ?? join(ROOT, '.wrangler'), 'demo-affiliate.json');

// Everything this script starts is stopped with it, however it is asked to stop: a signal to it (Ctrl-C,
// or the SIGTERM npm passes on), or its parent going away (a process manager that signals `npm` only).
const stoppers: Array<() => Promise<unknown>> = [];
let stopping = false;
function shutdown(code: number): void {
  if (stopping) return;
  stopping = true;
  const hardStop = setTimeout(() => process.exit(code), 8_000);
  hardStop.unref();
  void Promise.allSettled(stoppers.map((stopOne) => stopOne())).then(() => process.exit(code));
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown(0));
const parent = process.ppid;
setInterval(() => process.ppid !== parent && shutdown(0), 500).unref();

/** Refuses at once when something already listens on the port (its health check would pass against it). */
async function ensurePortFree(p: number): Promise<void> {
  const taken = await new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(p, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
  if (!taken) return;
  console.error(`\n✖ Port ${p} is already in use on 127.0.0.1 (another server is listening there).
  Stop that server, or choose another port:  PORT=${p === 8787 ? 8788 : p + 1} npm start\n`);
  process.exit(1);
}

function step(text: string) {
  console.log(`\n▶ ${text}`);
}

/** The demo affiliate, created (with demo data) only if the local database does not hold it yet. */
async function seedDemo(workerUrl: string, secrets: Record<string, string>): Promise<string> {
  if (existsSync(DEMO_FILE)) {
    const { apiKey } = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as { apiKey: string };
    const check = await fetch(`${workerUrl}/api/me/summary`, { headers: { Authorization: `Bearer ${apiKey}` } });
    if (check.ok) return apiKey; // seeded before and the local database still has it
  }
  const res = await fetch(`${workerUrl}/api/admin/affiliates`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secrets.ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: '演示推客 Demo' }),
  });
  if (res.status !== 201) throw new Error(`seeding the demo affiliate failed: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as { id: string; apiKey: string };
  const access = {
    workerUrl,
    adminToken: secrets.ADMIN_TOKEN!,
    webhookSecret: secrets.ORDERS_WEBHOOK_SECRET!,
    apiKey: created.apiKey,
    affiliateId: created.id,
  };
  const seeded = await seedDemoData(access);
  console.log(`  demo data: ${seeded.codes} share codes, ${seeded.clicks} clicks, ${seeded.orders} order lines`);
  if (networks) {
    const bound = await bindDemoAffiliate(access, networks.url, simulated);
    console.log(`  the demo affiliate is bound at ${bound.join(', ') || 'no network'}; the team member is not (to show both in the dashboard)`);
  }
  mkdirSync(join(DEMO_FILE, '..'), { recursive: true });
  writeFileSync(DEMO_FILE, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created.apiKey;
}

await ensurePortFree(port);

step('Local secrets (.dev.vars)');
const secrets = ensureDevSecrets(DEV_VARS, ['ADMIN_TOKEN', 'VISITOR_SALT', 'ORDERS_WEBHOOK_SECRET', 'CREDENTIALS_KEY']);

step('Applying D1 migrations to the local database');
await applyLocalMigrations(persistTo, true); // quiet unless it fails (the error carries wrangler's output)

step('Building the admin dashboard');
await run('vite', ['build', '--config', 'worker/admin/vite.config.ts', '--logLevel', 'warn'], { quiet: true });

step('Building the extension (Chrome MV3 and Firefox MV3)');
await run('wxt', ['build'], { quiet: true });
await run('wxt', ['build', '-b', 'firefox', '--mv3'], { quiet: true });

// Each network's gateway: a URL set in the environment wins; otherwise the local simulator, and the demo
// operator is connected to it so the whole path (mint → click → order pull → earnings) works offline.
const GATEWAYS = {
  taobao: ['TAOBAO_API_URL', '/taobao/router/rest'],
  jd: ['JD_API_URL', '/jd/api'],
  pdd: ['PDD_API_URL', '/pdd/api/router'],
} as const satisfies Record<Network, readonly [string, string]>;
const simulated = (Object.keys(GATEWAYS) as Array<keyof typeof GATEWAYS>).filter((n) => !process.env[GATEWAYS[n][0]]);
step('Starting the network simulator (淘宝联盟, 京东联盟, 多多进宝) on 127.0.0.1');
const networks = simulated.length ? await startNetworkSimulator(Number(process.env.SIM_PORT ?? 0), { linksHere: true }) : null;
if (networks) stoppers.push(() => networks.close());
const gatewayVars: Record<string, string> = Object.fromEntries(
  Object.entries(GATEWAYS).map(([, [name, path]]) => [name, process.env[name] ?? `${networks!.url}${path}`]),
);
// Taobao's OAuth (渠道备案) goes with its gateway: the simulator's authorise page while Taobao is simulated.
const oauth = process.env.TAOBAO_OAUTH_URL ?? (simulated.includes('taobao') ? `${networks!.url}/taobao/oauth` : undefined);
if (oauth) gatewayVars.TAOBAO_OAUTH_URL = oauth;

step(`Starting the Worker (wrangler dev) on 127.0.0.1:${port}`);
// Warnings and errors only: request logs would bury the banner (seeding alone makes ~100 requests).
const worker = await startDevWorker({ port, stdio: 'filtered', logLevel: 'warn', vars: gatewayVars, ...(persistTo ? { persistTo } : {}) });
stoppers.push(() => worker.stop());
// wrangler runs in a process group of its own (so stopping it stops workerd too); however this process
// ends, that group ends with it.
process.on('exit', () => {
  if (worker.process.exitCode === null && worker.process.pid) {
    try {
      process.kill(-worker.process.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});
const SIM_CONNECTIONS = {
  taobao: { appKey: SIM.taobao.appKey, appSecret: SIM.taobao.appSecret, adzoneId: SIM.taobao.adzoneId, session: SIM_OPERATOR_SESSION },
  jd: { appKey: SIM.jd.appKey, appSecret: SIM.jd.appSecret, siteId: SIM.jd.siteId, positionId: SIM.jd.positionId },
  pdd: { clientId: SIM.pdd.clientId, clientSecret: SIM.pdd.clientSecret, pid: SIM.pdd.pid },
};
for (const network of simulated) {
  const res = await fetch(`${worker.url}/api/admin/networks/${network}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${secrets.ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(SIM_CONNECTIONS[network]),
  });
  if (!res.ok) throw new Error(`connecting the simulated ${network} failed: ${res.status} ${await res.text()}`);
}
const apiKey = await seedDemo(worker.url, secrets);

console.log(`
────────────────────────────────────────────────────────────
 Daihuo is running.

 Worker          ${worker.url}
 Demo API key    ${apiKey}
 Admin token     ${secrets.ADMIN_TOKEN}   (also ADMIN_TOKEN in ${DEV_VARS})
 Dashboard       ${worker.url}/admin/  (sign in with the admin token)

 Extension (load unpacked):
   Chrome/Edge   ${join(ROOT, '.output/chrome-mv3')}
                 chrome://extensions → Developer mode → Load unpacked
   Firefox       ${join(ROOT, '.output/firefox-mv3')}
                 about:debugging → This Firefox → Load Temporary Add-on → manifest.json
 Then open the extension's settings: Worker URL ${worker.url}, API key as above.

 Networks        ${simulated.length ? `${simulated.join(', ')}: SIMULATED at ${networks!.url} (links say so; set TAOBAO_API_URL / JD_API_URL / PDD_API_URL for real gateways)` : 'all from the environment'}
   A simulated purchase through a minted link, then pull it:
     curl -X POST ${networks?.url ?? '<simulator>'}/__sim/purchase -d '{"trackedUrl":"<the link /s/CODE redirects to>"}'
     curl -X POST -H "Authorization: Bearer $ADMIN_TOKEN" ${worker.url}/api/admin/networks/jd/sync

 Cron            not run by wrangler dev; run it (order pulls, attribution sweep, bookkeeping) with
                 curl ${worker.url}/cdn-cgi/local/scheduled

 Ctrl-C (or SIGTERM) stops the Worker and the simulator.
────────────────────────────────────────────────────────────
`);

worker.process.on('exit', (code) => (stopping ? undefined : process.exit(code ?? 0)));
