import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { shopNetwork } from './worker/shop-network.ts';
import { NetworkSimulator } from '../scripts/network-simulator/simulator.ts';

// Run through npm scripts/npx so node_modules/.bin's Node 24 is used (docs/toolchain.md §2).
if (Number(process.versions.node.split('.')[0]) < 22) {
  throw new Error(`Node ${process.version}: run tests with "npm test" (Node 24 from node_modules/.bin)`);
}

/** How long an e2e poll waits by default; sized for this 2-core machine under a full test run. */
const E2E_POLL_TIMEOUT_MS = 20_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Order-report fixtures as base64, handed to the worker tests as a binding (workerd has no file system). */
function orderFixtures(): Record<string, string> {
  const dir = at('tests/fixtures/orders');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = `${entry.parentPath}/${entry.name}`;
        return [path.slice(dir.length + 1), readFileSync(path).toString('base64')];
      }),
  );
}

// The networks' gateways, for worker tests: one simulator in this process, reached at http://sim.daihuo.test.
const simulator = new NetworkSimulator();
const SIM_ORIGIN = 'http://sim.daihuo.test';
const outbound = (request: Request) => (new URL(request.url).origin === SIM_ORIGIN ? simulator.handle(request) : shopNetwork(request));

export default defineConfig(async () => ({
  test: {
    root,
    projects: [
      {
        test: {
          name: 'shared',
          root,
          include: ['tests/shared/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          // npm start runs wrangler and builds: it takes its turn with the e2e files.
          exclude: ['tests/scripts/start.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: at('wrangler.toml') },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations(at('worker/db/migrations')),
                ADMIN_TOKEN: 'test-admin-token',
                PUBLIC_BASE_URL: 'http://daihuo.test',
                VISITOR_SALT: 'test-salt',
                ORDERS_WEBHOOK_SECRET: 'test-webhook-secret',
                // Route tests read clicks back at once; the queue path has its own tests.
                CLICK_DELIVERY: 'direct',
                ORDER_FIXTURES: orderFixtures(),
                CREDENTIALS_KEY: 'test-credentials-key-0123456789',
                TAOBAO_API_URL: `${SIM_ORIGIN}/taobao/router/rest`,
                TAOBAO_OAUTH_URL: `${SIM_ORIGIN}/taobao/oauth`,
                JD_API_URL: `${SIM_ORIGIN}/jd/api`,
                PDD_API_URL: `${SIM_ORIGIN}/pdd/api/router`,
              },
              outboundService: outbound,
              // A second, empty local D1 on which migration tests replay history step by step.
              d1Databases: { DB: 'daihuo', MIGRATION_DB: 'daihuo-migration-test' },
            },
          }),
        ],
        test: {
          name: 'worker',
          root,
          include: ['tests/worker/**/*.test.ts'],
          // Worker tests share two cores with the other projects in one run: a test that writes and books a
          // few thousand lines once took 5 s (vitest's default) under that load. Longer ones say so themselves.
          testTimeout: 20_000,
          setupFiles: ['tests/worker/apply-migrations.ts'],
        },
      },
      {
        plugins: [WxtVitest({ root }), preact()],
        test: {
          name: 'extension',
          root,
          include: ['tests/extension/**/*.test.{ts,tsx}', 'tests/conventions.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          // Each file starts its own wrangler dev (and Chromium); on two cores they take turns.
          fileParallelism: false,
          include: ['tests/e2e/**/*.test.ts', 'tests/scripts/start.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page on two busy cores can take seconds to draw (a poster, a chart): no e2e wait may rely on
          // expect.poll's 1 s default, so every poll here waits up to 20 s unless it says otherwise.
          expect: { poll: { timeout: E2E_POLL_TIMEOUT_MS, interval: 100 } },
        },
      },
    ],
  },
}));
