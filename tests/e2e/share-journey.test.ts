import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { freePort, ROOT, run } from '../../scripts/lib/processes.ts';
import { applyLocalMigrations, startDevWorker, type DevWorker } from '../../scripts/lib/worker-dev.ts';

// The whole journey in real parts: the built extension in Debian's Chromium, a product page served
// under its real host name, the Worker under `wrangler dev` with a local D1.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const PRODUCT_PAGE = readFileSync(join(ROOT, 'tests/fixtures/pages/jd/airpods.html'));
const ADMIN_TOKEN = `e2e-${crypto.randomUUID()}`;
// A friend's ordinary desktop Chrome; headless Chromium's own UA says "HeadlessChrome" and would be
// (rightly) classed as a bot and left out of the click counts.
const FRIEND_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

let worker: DevWorker;
let shop: Server;
let context: BrowserContext;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'daihuo-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  await run('wxt', ['build'], { quiet: true });
  await applyLocalMigrations(join(tmp, 'state'), true);
  worker = await startDevWorker({
    port: await freePort(),
    persistTo: join(tmp, 'state'),
    vars: { ADMIN_TOKEN, VISITOR_SALT: 'e2e' },
    logLevel: 'warn',
  });

  shop = createServer((req, res) => {
    const isProduct = req.headers.host?.startsWith('item.jd.com') && req.url?.startsWith('/100012043978.html');
    res.writeHead(isProduct ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(isProduct ? PRODUCT_PAGE : 'not found');
  });
  const shopPort = await freePort();
  await new Promise<void>((resolve) => shop.listen(shopPort, '127.0.0.1', resolve));

  context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the mode that runs extensions
    userAgent: FRIEND_UA,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
      `--host-resolver-rules=MAP item.jd.com 127.0.0.1:${shopPort}`,
    ],
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await worker?.stop();
  await new Promise((resolve) => (shop ? shop.close(resolve) : resolve(undefined)));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('share journey in Chromium', () => {
  it('mints a code on item.jd.com, follows the link, and shows the click in the popup', async () => {
    const created = await fetch(`${worker.url}/api/admin/affiliates`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'E2E 小王' }),
    });
    expect(created.status).toBe(201);
    const { apiKey } = (await created.json()) as { apiKey: string };

    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;

    // Settings through the real options page, as an affiliate would.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel(/Worker/).fill(worker.url);
    await options.getByLabel(/API/).fill(apiKey);
    await options.getByLabel(/API/).press('Enter');
    await expect.poll(() => options.getByTestId('options-status').textContent()).toMatch(/E2E 小王/);
    await options.close();

    // The panel on the product page (in an open shadow root, which Playwright's locators pierce).
    const product = await context.newPage();
    await product.goto('http://item.jd.com/100012043978.html');
    await expect.poll(() => product.getByTestId('product-title').textContent()).toBe('Apple AirPods Pro (第二代) 主动降噪无线蓝牙耳机');
    await product.getByTestId('create-code').click();
    const shortUrl = await product.getByTestId('short-url').inputValue();
    const shareText = await product.getByTestId('share-text').inputValue();
    await product.screenshot({ path: join(ARTIFACTS, 'product-panel.png') });
    expect(shortUrl).toMatch(new RegExp(`^${worker.url}/s/[2-9A-HJ-NP-Za-km-z]{8}$`));
    const code = shortUrl.split('/').pop()!;
    expect(shareText).toContain(`￥${code}￥`);
    expect(shareText).toContain('【京东】Apple AirPods Pro');

    // A friend follows the link: the Worker answers 302 to the canonical https product URL and the
    // browser goes there. (The local shop speaks plain http only, so that last hop ends in a TLS error,
    // which is why the request is checked rather than the page.)
    const friend = await context.newPage();
    const destination = friend.waitForRequest((request) => request.url().startsWith('https://item.jd.com/'));
    await friend.goto(shortUrl).catch(() => undefined);
    const followed = await destination;
    expect(followed.url()).toBe('https://item.jd.com/100012043978.html');
    expect(followed.redirectedFrom()?.url()).toBe(shortUrl);
    await friend.close();

    // The click was recorded after the redirect; the popup shows it.
    const popup = await context.newPage();
    await expect
      .poll(async () => {
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        return popup.getByTestId('clicks-today').textContent({ timeout: 5000 });
      }, { timeout: 20_000 })
      .toBe('1');
    expect(await popup.getByTestId(`clicks-${code}`).textContent()).toMatch(/^1 /);
    expect(await popup.getByTestId('code-count').textContent()).toBe('1');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png') });
  });
});
