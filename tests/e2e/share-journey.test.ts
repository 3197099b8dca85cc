import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { freePort, ROOT, run } from '../../scripts/lib/processes.ts';
import { startScratchWorker, type DevWorker } from '../../scripts/lib/worker-dev.ts';
import { startNetworkSimulator, type RunningSimulator } from '../../scripts/network-simulator/server.ts';
import { SIM, SIM_OPERATOR_SESSION } from '../../scripts/network-simulator/simulator.ts';

// The whole journey in real parts: the built extension in Debian's Chromium, a product page served
// under its real host name, the Worker under `wrangler dev` with a local D1.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const PRODUCT_PAGE = readFileSync(join(ROOT, 'tests/fixtures/pages/jd/airpods.html'));
const TMALL_PAGE = readFileSync(join(ROOT, 'tests/fixtures/pages/tmall/detergent.html'));
const TAOBAO_PAGE = readFileSync(join(ROOT, 'tests/fixtures/pages/taobao/tshirt.html'));
// Pages by host + path, as the shops serve them.
const SHOP_PAGES: Record<string, Buffer> = {
  'item.jd.com/100012043978.html': PRODUCT_PAGE,
  'detail.tmall.com/item.htm': TMALL_PAGE,
  'item.taobao.com/item.htm': TAOBAO_PAGE,
};
const ADMIN_TOKEN = `e2e-${crypto.randomUUID()}`;
/** A China-time date `n` days back, for report rows that must fall inside the popup's ranges whenever this runs. */
const chinaDaysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);
// A friend's ordinary desktop Chrome; headless Chromium's own UA says "HeadlessChrome" and would be
// (rightly) classed as a bot and left out of the click counts.
const FRIEND_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';

let worker: DevWorker;
let networks: RunningSimulator;
let shop: Server;
let context: BrowserContext;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'daihuo-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  await run('wxt', ['build'], { quiet: true });
  networks = await startNetworkSimulator();
  worker = await startScratchWorker({
    vars: {
      ADMIN_TOKEN,
      VISITOR_SALT: 'e2e',
      CREDENTIALS_KEY: `e2e-${crypto.randomUUID()}`,
      TAOBAO_API_URL: `${networks.url}/taobao/router/rest`,
      JD_API_URL: `${networks.url}/jd/api`,
      PDD_API_URL: `${networks.url}/pdd/api/router`,
      TAOBAO_OAUTH_URL: `${networks.url}/taobao/oauth`,
    },
    logLevel: 'warn',
  });

  shop = createServer((req, res) => {
    const host = req.headers.host?.split(':')[0] ?? '';
    const page = SHOP_PAGES[`${host}${new URL(req.url ?? '/', 'http://x').pathname}`];
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
  });
  const shopPort = await freePort();
  await new Promise<void>((resolve) => shop.listen(shopPort, '127.0.0.1', resolve));

  context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the mode that runs extensions
    userAgent: FRIEND_UA,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      `--host-resolver-rules=MAP item.jd.com 127.0.0.1:${shopPort}, MAP detail.tmall.com 127.0.0.1:${shopPort}, MAP item.taobao.com 127.0.0.1:${shopPort}`,
    ],
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await worker?.stop();
  await networks?.close();
  await new Promise((resolve) => (shop ? shop.close(resolve) : resolve(undefined)));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function newAffiliate(name: string): Promise<string> {
  const created = await fetch(`${worker.url}/api/admin/affiliates`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { apiKey: string }).apiKey;
}

/** Signs the extension in through its real options page, as an affiliate would; returns the extension id. */
async function signIn(name: string): Promise<string> {
  const apiKey = await newAffiliate(name);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // English or Chinese, whichever an earlier test left the extension in.
  await options.getByLabel(/Service address|服务地址/).fill(worker.url);
  await options.getByLabel(/Your key|你的密钥/).fill(apiKey);
  await options.getByLabel(/Your key|你的密钥/).press('Enter');
  await expect.poll(() => options.getByTestId('options-status').textContent()).toContain(name);
  await options.close();
  return extensionId;
}

describe('share journey in Chromium', () => {
  it('mints a code on item.jd.com, follows the link, and shows the click in the popup', async () => {
    const extensionId = await signIn('E2E 小王');

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
    expect(shareText).toBe(`【京东】Apple AirPods Pro (第二代) 主动降噪无线蓝牙耳机 ¥1499\n${shortUrl}\n点击链接直接打开`);

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
      .poll(
        async () => {
          await popup.goto(`chrome-extension://${extensionId}/popup.html`);
          return popup.getByTestId('earn-clicks').textContent({ timeout: 5000 });
        },
        { timeout: 20_000 },
      )
      .toBe('1');
    expect(await popup.getByTestId(`clicks-${code}`).textContent()).toMatch(/^1 /);
    expect(await popup.getByTestId('code-count').textContent()).toBe('1');

    // The network's order report arrives; the admin imports it; the popup shows the estimate.
    const report = readFileSync(join(ROOT, 'tests/fixtures/orders/jd/rows-utf8-bom.csv'), 'utf8')
      .replaceAll('{{RUN}}', '424242')
      .replaceAll('{{CODE}}', code)
      .replaceAll('2026-11-20', chinaDaysAgo(10));
    const form = new FormData();
    form.set('network', 'jd');
    form.set('file', new File([report], 'jd-orders.csv', { type: 'text/csv' }));
    const imported = await fetch(`${worker.url}/api/admin/orders/import`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` }, body: form });
    expect(await imported.json()).toMatchObject({ inserted: 3, rejected: 0 });
    await popup.reload();
    // The report's order is from ten days ago, so look at the 30-day range.
    await popup.getByRole('button', { name: '30 days' }).click();
    // 会员 tier: 50 % of the ¥40.47 estimate, rounded half up to the fen.
    await expect.poll(() => popup.getByTestId('earn-estimated').textContent({ timeout: 5000 })).toBe('¥20.24');
    expect(await popup.getByTestId('recent-orders').textContent()).toContain('Apple AirPods Pro');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup.png'), fullPage: true });
  });

  it('on a Tmall page with 淘宝联盟 connected (simulated): shows the money, mints through the network, draws the poster, and WeChat gets the 淘口令', async () => {
    const connected = await fetch(`${worker.url}/api/admin/networks/taobao`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ appKey: SIM.taobao.appKey, appSecret: SIM.taobao.appSecret, adzoneId: SIM.taobao.adzoneId }),
    });
    expect(connected.status).toBe(200);
    await signIn('E2E 小李');
    const product = await context.newPage();
    // A laptop screen: the panel fits until the poster is drawn, then scrolls.
    await product.setViewportSize({ width: 1366, height: 768 });
    await product.goto('http://detail.tmall.com/item.htm?id=612345678901&skuId=4987654321');
    await expect.poll(() => product.getByTestId('product-title').textContent()).toBe('蓝月亮洗衣液 深层洁净 3kg×2瓶');
    // Money before the code: what the affiliate keeps (at their tier's 50 %) and the one 到手价, asked on open.
    await expect.poll(() => product.getByTestId('you-earn-before').textContent()).toContain('¥2.73');
    expect(await product.getByTestId('final-price-before').textContent()).toBe('¥109');
    // The page says ¥69.9; the panel's one price is the network's 到手价, as the share text and poster say.
    expect(await product.getByTestId('product-price').textContent()).toContain('¥109');
    await product.getByTestId('create-code').click();
    const shortUrl = await product.getByTestId('short-url').inputValue();
    expect(await product.getByTestId('tracking').getAttribute('data-tracking')).toBe('network');
    expect(await product.getByTestId('tracking').textContent()).toContain('simulated network');
    expect(await product.getByTestId('offer').textContent()).toContain('5%');
    const shareText = await product.getByTestId('share-text').inputValue();
    const networkPassword = /￥Sim\w+￥/.exec(shareText)?.[0];
    expect(networkPassword).toBeTruthy();
    expect(shareText).toBe(
      `【天猫】蓝月亮洗衣液 深层洁净 3kg×2瓶 ¥109 券后价 · 原价¥129 · 领券减20元\n${shortUrl}\n复制本条消息 ${networkPassword} 打开淘宝APP即可查看`,
    );
    // The whole text is in view — the 口令 line last — with nothing scrolled away.
    const box = product.getByTestId('share-text');
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 2)).toBe(true);
    const boxBottom = await box.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(boxBottom).toBeLessThanOrEqual(await product.evaluate(() => window.innerHeight));
    expect(await product.getByTestId('qr-code').getAttribute('aria-label')).toContain(shortUrl);
    const widthBeforePoster = await box.evaluate((el) => el.clientWidth);

    // The poster is drawn by a real canvas and exported as a PNG.
    await product.getByTestId('make-poster').click();
    const poster = product.getByTestId('poster-image');
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(750);
    // As tall as its content (no dead band), and — the photo could not be fetched here — the drawn stand-in
    // fills the photo square: its pixels are the red gradient, not blank white.
    const inked = (x: number, y: number, w: number, h: number) =>
      poster.evaluate(
        (img: HTMLImageElement, [rx, ry, rw, rh]) => {
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const d = g.getImageData(rx!, ry!, rw!, rh!).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 600) n++;
          return { share: n / (rw! * rh!), rgb: [d[0], d[1], d[2]] };
        },
        [x, y, w, h],
      );
    const height = await poster.evaluate((img: HTMLImageElement) => (img.src.startsWith('blob:') ? img.naturalHeight : -1));
    const photo = await inked(0, 0, 40, 40);
    expect(photo.rgb[0]).toBeGreaterThan(200);
    expect(photo.rgb[1]! + photo.rgb[2]!).toBeLessThan(250);
    // Content reaches the foot: the scan hint sits in the last 60 px; only a 36 px margin is blank.
    expect((await inked(0, height - 60, 750, 30)).share).toBeGreaterThan(0);
    expect((await inked(0, height - 30, 750, 30)).share).toBe(0);
    const savePoster = async (name: string) => {
      const base64 = await poster.evaluate(async (img: HTMLImageElement) => {
        const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(binary);
      });
      writeFileSync(join(ARTIFACTS, name), Buffer.from(base64, 'base64'));
    };
    await savePoster('tmall-poster.png');
    await product.getByTestId('poster-other-layout').click();
    // While it redraws the image is gone; each look waits a second at most, the whole check fifteen.
    await expect
      .poll(() => poster.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight], undefined, { timeout: 1000 }).catch(() => null), {
        timeout: 15_000,
      })
      .toEqual([1080, 1080]);
    await savePoster('tmall-poster-square.png');
    // After the poster the panel scrolls; at the laptop sizes affiliates use, the share text keeps every
    // line (the scrollbar's room is kept, the box re-measured) and the 口令 line can be brought into view.
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1280, height: 800 },
    ]) {
      await product.setViewportSize(size);
      // The panel now scrolls, and its scrollbar takes no width from the text (it would re-wrap under a stale height).
      expect(await box.evaluate((el) => el.clientWidth)).toBe(widthBeforePoster);
      await expect.poll(() => box.evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 2)).toBe(true);
      await box.scrollIntoViewIfNeeded();
      const shown = await box.evaluate((el) => {
        const panel = el.closest('.dh-panel')!.getBoundingClientRect();
        const rect = el.getBoundingClientRect();
        return rect.top >= panel.top - 1 && rect.bottom <= panel.bottom + 1 && rect.bottom <= window.innerHeight;
      });
      expect(shown, `${size.width}×${size.height}`).toBe(true);
      await product.screenshot({ path: join(ARTIFACTS, `tmall-panel-after-poster-${size.width}.png`) });
    }

    // Inside WeChat, a Taobao-family link answers with the landing page instead of a blocked redirect.
    const wechat = await context.newPage();
    const cdp = await context.newCDPSession(wechat);
    await cdp.send('Network.setUserAgentOverride', { userAgent: WECHAT_UA, acceptLanguage: 'zh-CN,zh;q=0.9' });
    const landing = await wechat.goto(shortUrl);
    expect(landing?.status()).toBe(200);
    expect(wechat.url()).toBe(shortUrl);
    expect(await wechat.getByTestId('password').textContent()).toBe(networkPassword);
    await wechat.getByRole('button', { name: '一键复制淘口令' }).click();
    await expect.poll(() => wechat.locator('#copy').textContent()).toBe('已复制，打开手机天猫或手机淘宝即可');
    await wechat.screenshot({ path: join(ARTIFACTS, 'wechat-landing.png') });
  });

  it('a friend joins through the invite link, shows in the inviter’s team, and the inviter asks to be paid from the popup', async () => {
    const extensionId = await signIn('E2E 团长');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('tab-team').click();
    await popup.getByRole('button', { name: 'Make an invite link' }).click();
    const inviteUrl = await popup.getByTestId('invite-url').inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${worker.url}/join/[A-Za-z0-9]{10}$`));

    // The friend opens the link (a phone-sized page), enters a name, and gets a key with the steps.
    const friend = await context.newPage();
    await friend.setViewportSize({ width: 390, height: 800 });
    await friend.setExtraHTTPHeaders({ 'Accept-Language': 'zh-CN,zh;q=0.9' }); // a Chinese friend's phone
    await friend.goto(inviteUrl);
    expect(await friend.locator('h1').textContent()).toBe('E2E 团长 邀请你加入带货');
    await friend.getByLabel(/你的名字/).fill('小刘');
    await friend.getByRole('button', { name: /加入/ }).click();
    expect(await friend.getByTestId('api-key').textContent()).toMatch(/^dh_\w{32}$/);
    await friend.screenshot({ path: join(ARTIFACTS, 'join-page.png'), fullPage: true });
    await friend.close();

    await popup.reload();
    await popup.getByTestId('tab-team').click();
    await expect.poll(() => popup.getByTestId('team').textContent({ timeout: 5000 })).toContain('小刘');
    expect(await popup.getByTestId('invite').textContent()).toContain('1 people joined');

    // A bonus from the operator is available at once; the inviter withdraws part of it.
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    const { affiliates } = (await (await fetch(`${worker.url}/api/admin/reports/affiliates`, { headers: admin })).json()) as {
      affiliates: Array<{ id: string; name: string }>;
    };
    const me = affiliates.find((a) => a.name === 'E2E 团长')!;
    await fetch(`${worker.url}/api/admin/affiliates/${me.id}/adjustments`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ amountFen: 8800, reason: '拉新奖励' }),
    });
    await popup.reload();
    await popup.getByTestId('tab-wallet').click();
    await expect.poll(() => popup.getByTestId('wallet-available').textContent({ timeout: 5000 })).toBe('¥88');
    // Where to be paid comes first: without it the request is refused, in words.
    await popup.getByTestId('payout-amount').fill('50');
    await popup.getByRole('button', { name: 'Request payout' }).click();
    await expect.poll(() => popup.getByTestId('payout-notice').textContent()).toBe('Add your payout account first, then ask to be paid.');
    const account = popup.getByTestId('payout-account-form');
    await account.getByLabel('Alipay account (phone or email)').fill('13812345678');
    await account.getByLabel('Real name (as on the account)').fill('张三');
    await account.getByRole('button', { name: 'Save payout account' }).click();
    await expect.poll(() => popup.getByTestId('payout-account').textContent()).toContain('138****5678 · *三');
    await popup.getByTestId('payout-amount').fill('50');
    await popup.getByRole('button', { name: 'Request payout' }).click();
    await expect.poll(() => popup.getByTestId('payout-notice').textContent()).toBe('Payout of ¥50 requested; the operator will review it.');
    await expect.poll(() => popup.getByTestId('wallet-available').textContent()).toBe('¥38');
    expect(await popup.getByTestId('payouts').textContent()).toContain('Awaiting review');
    // The popup at its real width: nothing runs off to the side.
    await popup.setViewportSize({ width: 380, height: 800 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-wallet-team.png'), fullPage: true });
  });

  it('in Chinese, at 380 px: options refuse a bad key and keep the good one; the panel on Taobao, Tmall and JD pages shows its whole text; the popup ranges filter the orders', async () => {
    const extensionId = await signIn('E2E 中文');
    const options = await context.newPage();
    await options.setViewportSize({ width: 380, height: 800 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Language').selectOption('zh');
    await options.getByRole('button', { name: '保存文案和语言' }).click();
    await options.getByText('已保存。').waitFor();

    // A wrong key is refused in Chinese and saves nothing: the popup still works with the good one.
    expect(await options.getByRole('heading', { level: 2 }).first().textContent()).toBe('连接');
    await options.getByLabel('你的密钥').fill('dh_not_a_real_key_000000000000000');
    await options.getByRole('button', { name: '连接并保存' }).click();
    await expect.poll(() => options.getByTestId('options-status').textContent()).toBe('没有保存：密钥不对或已被停用，请向运营方确认。');
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await options.screenshot({ path: join(ARTIFACTS, 'options-zh-380.png'), fullPage: true });

    for (const [url, shop] of [
      ['http://item.taobao.com/item.htm?id=678901234567', '淘宝'],
      ['http://detail.tmall.com/item.htm?id=612345678901', '天猫'],
      ['http://item.jd.com/100012043978.html', '京东'],
    ] as const) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 760 });
      await page.goto(url);
      await page.getByRole('button', { name: '生成分享码' }).click();
      const box = page.getByTestId('share-text');
      const text = await box.inputValue();
      expect(text, shop).toContain(`【${shop}】`);
      // The last line (the 口令 line where the shop has one) is in the box's view, and the box in the window's.
      expect(await box.evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 2), shop).toBe(true);
      const { bottom, right } = await box.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(bottom, shop).toBeLessThanOrEqual(760);
      expect(right, shop).toBeLessThanOrEqual(380);
      expect(await page.getByTestId('tracking').textContent(), shop).toMatch(/联盟|佣金/);
      await page.screenshot({ path: join(ARTIFACTS, `panel-zh-${shop}.png`) });
      await page.close();
    }

    // The order is from three days ago: today's list is empty, the 7-day list has it.
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 800 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const code = (await popup.locator('[data-testid^="copy-"]').first().textContent())!.trim();
    const run = String(Date.now()).slice(-6);
    const report = readFileSync(join(ROOT, 'tests/fixtures/orders/jd/rows-utf8-bom.csv'), 'utf8')
      .replaceAll('{{RUN}}', run)
      .replaceAll('{{CODE}}', code)
      .replaceAll('2026-11-20', chinaDaysAgo(3));
    const form = new FormData();
    form.set('network', 'jd');
    form.set('file', new File([report], 'jd-orders.csv', { type: 'text/csv' }));
    await fetch(`${worker.url}/api/admin/orders/import`, { method: 'POST', headers: { Authorization: admin.Authorization }, body: form });
    await popup.reload();
    await expect.poll(() => popup.getByTestId('no-orders').count()).toBe(1);
    await popup.getByRole('button', { name: '7天' }).click();
    await expect.poll(() => popup.getByTestId('recent-orders').textContent({ timeout: 5000 })).toContain('京东');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-zh-380.png'), fullPage: true });
    // Chrome draws a popup at most 800 × 600: the figures, the chart and the period's first order show without scrolling.
    await popup.setViewportSize({ width: 380, height: 600 });
    const bottomOf = async (box: Promise<{ y: number; height: number } | null>) => {
      const b = await box;
      return b ? b.y + b.height : Number.POSITIVE_INFINITY;
    };
    expect(await bottomOf(popup.getByTestId('earnings-chart').boundingBox())).toBeLessThanOrEqual(600);
    expect(await bottomOf(popup.getByTestId('recent-orders').locator('li').first().boundingBox())).toBeLessThanOrEqual(600);
    await popup.setViewportSize({ width: 380, height: 800 });

    // 转链 tab: a pasted 线报 comes back with the affiliate's own link in place of the shop's.
    await popup.getByTestId('tab-convert').click();
    await popup.getByTestId('convert-text').fill('京东好价 蓝牙耳机 到手99\nhttps://item.jd.com/100012043978.html\n速度上车');
    await popup.getByRole('button', { name: '整段转链' }).click();
    const converted = popup.getByTestId('converted-text');
    await expect.poll(() => converted.inputValue().catch(() => '')).toContain(worker.url);
    expect(await converted.inputValue()).not.toContain('item.jd.com');
    expect(await converted.inputValue()).toContain('速度上车');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-convert-zh-380.png'), fullPage: true });

    // 转链选中文字 leaves the selection for the popup, which opens on 转链 and converts it — once.
    type SessionStore = { chrome: { storage: { session: { set(items: object): Promise<void> } } } };
    await popup.evaluate(
      (text) => (globalThis as unknown as SessionStore).chrome.storage.session.set({ selectionToConvert: { text, at: Date.now() } }),
      '拼手速\nhttps://item.jd.com/100012043978.html',
    );
    await popup.reload();
    await expect.poll(() => converted.inputValue().catch(() => '')).toContain(worker.url);
    expect(await popup.getByTestId('tab-convert').getAttribute('aria-selected')).toBe('true');
    expect(await converted.inputValue()).toMatch(/^拼手速\n/);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('tab-earn').getAttribute('aria-selected')).toBe('true');
  });

  it('in Chinese: binds Taobao 渠道 from the popup through Taobao’s authorise page (simulated) and shows 已绑定', async () => {
    const connected = await fetch(`${worker.url}/api/admin/networks/taobao`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ appKey: SIM.taobao.appKey, appSecret: SIM.taobao.appSecret, adzoneId: SIM.taobao.adzoneId, session: SIM_OPERATOR_SESSION }),
    });
    expect(connected.status).toBe(200);
    const extensionId = await signIn('E2E 绑定');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel(/Language|语言/).selectOption('zh');
    await options.getByRole('button', { name: /保存文案和语言|Save/ }).click();
    await options.close();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 800 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByTestId('tab-team').click();
    const bind = popup.getByTestId('bind-taobao');
    expect(await bind.textContent()).toBe('绑定淘宝渠道');
    const [authorise] = await Promise.all([context.waitForEvent('page'), bind.click()]);
    await authorise.waitForLoadState();
    expect(authorise.url()).toContain(`${networks.url}/taobao/oauth/authorize`);
    await authorise.getByTestId('sim-nick').fill('tb_e2e_小周');
    await authorise.getByTestId('sim-authorize').click();
    await expect
      .poll(() =>
        authorise
          .getByTestId('binding-result')
          .textContent()
          .catch(() => null),
      )
      .toBe('淘宝渠道绑定成功');
    expect(authorise.url()).toContain(`${worker.url}/bind/taobao/callback`);
    await authorise.screenshot({ path: join(ARTIFACTS, 'binding-done-zh.png') });

    await popup.reload();
    await popup.getByTestId('tab-team').click();
    await expect
      .poll(() =>
        popup
          .getByTestId('taobao-bound')
          .textContent()
          .catch(() => null),
      )
      .toContain('tb_e2e_小周');
    expect(await popup.getByTestId('bindings').textContent()).toContain('已绑定');
    await popup.getByTestId('bindings').screenshot({ path: join(ARTIFACTS, 'popup-bindings-zh.png') });
  });
});
