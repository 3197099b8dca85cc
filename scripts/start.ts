// `npm start`: the whole product on this machine. Migrates the local D1, seeds a demo affiliate and demo data once,
// builds the extension for Chrome and Firefox, and serves the Worker with `wrangler dev`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemoData } from './lib/demo-data.ts';
import { ensureDevSecrets } from './lib/dev-vars.ts';
import { ROOT, run } from './lib/processes.ts';
import { applyLocalMigrations, startDevWorker } from './lib/worker-dev.ts';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);

const DEV_VARS = join(ROOT, '.dev.vars');
const DEMO_FILE = join(ROOT, '.wrangler/demo-affiliate.json');

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
  const seeded = await seedDemoData({ workerUrl, adminToken: secrets.ADMIN_TOKEN!, webhookSecret: secrets.ORDERS_WEBHOOK_SECRET!, apiKey: created.apiKey, affiliateId: created.id });
  console.log(`  demo data: ${seeded.codes} share codes, ${seeded.clicks} clicks, ${seeded.orders} order lines`);
  mkdirSync(join(ROOT, '.wrangler'), { recursive: true });
  writeFileSync(DEMO_FILE, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created.apiKey;
}

step('Local secrets (.dev.vars)');
const secrets = ensureDevSecrets(DEV_VARS, ['ADMIN_TOKEN', 'VISITOR_SALT', 'ORDERS_WEBHOOK_SECRET']);

step('Applying D1 migrations to the local database');
await applyLocalMigrations();

step('Building the admin dashboard');
await run('vite', ['build', '--config', 'worker/admin/vite.config.ts', '--logLevel', 'warn'], { quiet: true });

step('Building the extension (Chrome MV3 and Firefox MV3)');
await run('wxt', ['build'], { quiet: true });
await run('wxt', ['build', '-b', 'firefox', '--mv3'], { quiet: true });

step(`Starting the Worker (wrangler dev) on 127.0.0.1:${port}`);
const worker = await startDevWorker({ port, stdio: 'inherit' });
const apiKey = await seedDemo(worker.url, secrets);

console.log(`
────────────────────────────────────────────────────────────
 Daihuo is running.

 Worker          ${worker.url}
 Demo API key    ${apiKey}
 Admin token     ADMIN_TOKEN in ${DEV_VARS}
 Dashboard       ${worker.url}/admin/  (sign in with the admin token)

 Extension (load unpacked):
   Chrome/Edge   ${join(ROOT, '.output/chrome-mv3')}
                 chrome://extensions → Developer mode → Load unpacked
   Firefox       ${join(ROOT, '.output/firefox-mv3')}
                 about:debugging → This Firefox → Load Temporary Add-on → manifest.json
 Then open the extension's settings: Worker URL ${worker.url}, API key as above.

 Ctrl-C stops the Worker.
────────────────────────────────────────────────────────────
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void worker.stop().then(() => process.exit(0)));
}
worker.process.on('exit', (code) => process.exit(code ?? 0));
