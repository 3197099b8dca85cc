import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, run } from '../../scripts/lib/processes.ts';
import { startScratchWorker, type DevWorker } from '../../scripts/lib/worker-dev.ts';
import { startNetworkSimulator, type RunningSimulator } from '../../scripts/network-simulator/server.ts';
import { SIM } from '../../scripts/network-simulator/simulator.ts';
import { read, utils } from '@e965/xlsx';

// The operator's morning: sign in, import a report, assign what could not be attributed, read the
// chart and breakdown, export CSV — in Debian's Chromium against the real `wrangler dev`.

const ADMIN_TOKEN = `e2e-${crypto.randomUUID()}`;
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const WECHAT_PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';

let worker: DevWorker;
let networks: RunningSimulator;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await run('vite', ['build', '--config', 'worker/admin/vite.config.ts', '--logLevel', 'warn'], { quiet: true });
  networks = await startNetworkSimulator();
  worker = await startScratchWorker({
    vars: { ADMIN_TOKEN, VISITOR_SALT: 'dash', CREDENTIALS_KEY: `e2e-${crypto.randomUUID()}`, JD_API_URL: `${networks.url}/jd/api` },
    logLevel: 'warn',
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}, 180_000);

/** A fresh code clicked once with this user agent, once the queue has delivered the click. */
async function clickedCode(userAgent: string): Promise<string> {
  const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
  const made = await fetch(`${worker.url}/api/admin/affiliates`, { method: 'POST', headers: admin, body: JSON.stringify({ name: '点击明细' }) });
  const { apiKey } = (await made.json()) as { apiKey: string };
  const minted = await fetch(`${worker.url}/api/codes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: 'https://item.jd.com/100012043979.html' }),
  });
  const { code } = (await minted.json()) as { code: string };
  await fetch(`${worker.url}/s/${code}`, { redirect: 'manual', headers: { 'User-Agent': userAgent } });
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await expect
    .poll(async () => {
      const res = await fetch(`${worker.url}/api/admin/codes/${code}/clicks?day=${today}`, { headers: admin });
      return ((await res.json()) as { clicks: unknown[] }).clicks.length;
    })
    .toBe(1);
  return code;
}

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await networks?.close();
});

describe('admin dashboard in Chromium', () => {
  it('signs in, imports, assigns, and the chart, breakdown and CSV follow', async () => {
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    const created = (await (
      await fetch(`${worker.url}/api/admin/affiliates`, { method: 'POST', headers: admin, body: JSON.stringify({ name: '小王 <b>团队</b>' }) })
    ).json()) as { apiKey: string };
    const minted = await fetch(`${worker.url}/api/codes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${created.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: 'https://item.jd.com/100012043978.html' }),
    });
    const { code } = (await minted.json()) as { code: string };
    await fetch(`${worker.url}/s/${code}`, { redirect: 'manual', headers: { 'User-Agent': CHROME } });

    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${worker.url}/admin/`);
    await page.getByLabel(/Admin token/).fill('not-it');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not right');
    await page.getByLabel(/Admin token/).fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Overview: the click arrives through the queue; the affiliate's name is shown as text, not markup.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByTestId('kpi-clicks').textContent({ timeout: 5000 });
        },
        { timeout: 20_000 },
      )
      .toBe('1');
    const row = () => page.getByTestId('breakdown').locator('tr', { hasText: '小王 <b>团队</b>' });
    await expect.poll(() => row().locator('td').nth(2).textContent()).toBe('0');

    // Import a JD report: line 1 carries the code, lines 2–3 do not.
    await page.getByRole('link', { name: 'Imports' }).click();
    const report = readFileSync(join(ROOT, 'tests/fixtures/orders/jd/rows-utf8-bom.csv'), 'utf8').replaceAll('{{RUN}}', '515151').replaceAll('{{CODE}}', code);
    await page.getByLabel('Network').selectOption('jd');
    await page.getByLabel('Report file (.xls / .xlsx / CSV)').setInputFiles({ name: 'jd-orders.csv', mimeType: 'text/csv', buffer: Buffer.from(report) });
    await page.getByRole('button', { name: 'Upload report' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toBe('3 inserted · 0 updated · 0 unchanged · 0 rejected');
    expect(await page.getByTestId('batches').textContent()).toContain('jd-orders.csv');

    // Assign the unattributed, still-valid line (3100515151 3) by hand.
    await page.getByRole('link', { name: 'Orders' }).click();
    await page.getByLabel('Unattributed only').check();
    const line = page.locator('[data-order="31005151513"]');
    await line.getByLabel('Assign to').selectOption({ label: '小王 <b>团队</b>' });
    await line.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => page.locator('[data-order="31005151513"]').count()).toBe(0);

    // Back on the overview: two orders for the affiliate, and a chart with three series.
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect.poll(() => row().locator('td').nth(2).textContent()).toBe('2');
    // Counts and money on charts of their own (¥ would flatten the counts).
    // The charts draw after their data arrives: waited for, not read once.
    await expect.poll(() => page.getByTestId('overview-chart').locator('.ct-line').count()).toBe(2);
    await expect.poll(() => page.getByTestId('overview-chart-money').locator('.ct-line').count()).toBe(1);
    // Straight segments (no curve through values that never happened), each day's value on hover.
    expect(await page.getByTestId('overview-chart').locator('.ct-line').first().getAttribute('d')).not.toMatch(/C/);
    expect(await page.getByTestId('overview-chart').locator('.ct-point title').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2} .+: \d+$/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-overview.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('affiliate,label,clicks,orders,gmv_yuan,commission_yuan');
    expect(csv).toMatch(/小王 <b>团队<\/b>,1,2,/);

    // The platform filter narrows KPIs and breakdowns: every line here is JD's, none Tmall's.
    await page.getByRole('tab', { name: 'Platform' }).click();
    await expect.poll(() => page.getByTestId('breakdown').locator('tbody tr').first().locator('td').first().textContent()).toBe('JD');
    await page.getByLabel('All platforms', { exact: true }).selectOption({ label: 'Tmall' });
    await expect.poll(() => page.getByTestId('kpi-orders').textContent()).toBe('0');
    await page.getByLabel('All platforms', { exact: true }).selectOption({ label: 'JD' });
    await expect.poll(() => page.getByTestId('kpi-orders').textContent()).toBe('2');
    await page.getByRole('tab', { name: 'Affiliate' }).click();

    // Tiers are edited in place; the server refuses more than 100 % in total, and the log keeps both.
    await page.getByRole('link', { name: 'Affiliates' }).click();
    const tiers = page.getByTestId('tiers');
    const memberRow = tiers.locator('tr', { has: page.getByLabel('会员 Rate', { exact: true }) });
    await tiers.getByLabel('会员 Rate', { exact: true }).fill('55');
    await memberRow.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => memberRow.getByRole('status').textContent()).toContain('Saved');
    const memberRate = async () => {
      const { tiers: all } = (await (await fetch(`${worker.url}/api/admin/tiers`, { headers: admin })).json()) as {
        tiers: Array<{ id: string; rateBp: number }>;
      };
      return all.find((tier) => tier.id === 'tir_member')?.rateBp;
    };
    await expect.poll(memberRate).toBe(5500);
    await tiers.getByLabel('会员 Rate', { exact: true }).fill('95');
    await tiers.getByLabel('会员 Level-1 override', { exact: true }).fill('12');
    await memberRow.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => tiers.getByRole('alert').textContent()).toContain('cannot exceed 100 %');
    expect(await memberRow.getByRole('status').count()).toBe(0); // a refused save is not shown as saved

    await page.getByLabel('Referral override levels').selectOption('2');
    await expect
      .poll(async () => ((await (await fetch(`${worker.url}/api/admin/tiers`, { headers: admin })).json()) as { overrideDepth: number }).overrideDepth)
      .toBe(2);

    // Alimama's binary .xls download is read in the browser and sent in parts; its bad row is listed.
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByLabel('Network').selectOption('taobao');
    await page.getByLabel('Report file (.xls / .xlsx / CSV)').setInputFiles(join(ROOT, 'tests/fixtures/orders/taobao/OrderDetail-2026-11-20.xls'));
    await page.getByRole('button', { name: 'Upload report' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toBe('5 inserted · 0 updated · 0 unchanged · 1 rejected');
    const xlsBatch = page.getByTestId('batches').locator('li', { hasText: 'OrderDetail-2026-11-20.xls' });
    expect(await xlsBatch.textContent()).toContain('xls');
    await xlsBatch.getByText('Row errors (1)').click();
    await expect.poll(() => xlsBatch.locator('ol').textContent()).toContain('Row 7: unknown 订单状态 "火星"');

    // 联盟账号: a wrong secret is refused with the network's own words; the right one connects, and orders can be pulled.
    await page.getByRole('link', { name: 'Networks' }).click();
    const jd = page.getByTestId('network-jd');
    await jd.getByLabel('AppKey').fill(SIM.jd.appKey);
    await jd.getByLabel('AppSecret').fill('not-the-secret');
    await jd.getByLabel('网站 ID (siteId)').fill(SIM.jd.siteId);
    await jd.getByRole('button', { name: 'Check and save' }).click();
    await expect.poll(() => jd.getByRole('alert').textContent()).toContain('[jd 14] 签名错误');
    await jd.getByLabel('AppKey').fill(SIM.jd.appKey);
    await jd.getByLabel('AppSecret').fill(SIM.jd.appSecret);
    await jd.getByLabel('网站 ID (siteId)').fill(SIM.jd.siteId);
    await jd.getByRole('button', { name: 'Check and save' }).click();
    await expect.poll(() => jd.locator('h2').textContent()).toContain('Connected');
    expect(await jd.textContent()).toContain('Simulated network');
    expect(await page.content()).not.toContain(SIM.jd.appSecret);
    await jd.getByRole('button', { name: 'Pull orders now' }).click();
    await expect.poll(() => jd.getByRole('status').last().textContent()).toMatch(/^Pulled \d+ rows/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-networks.png'), fullPage: true });

    // A phone-width screen still works.
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByTestId('kpi-orders').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone.png'), fullPage: true });
    expect(await page.getByTestId('kpi-orders').isVisible()).toBe(true);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Affiliates' }).click();
    await page.getByTestId('affiliates').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0); // the wide table scrolls inside itself
    await context.close();
  });

  it('in Chinese: an affiliate asks to be paid, the operator approves and pays it, and the statement shows every step', async () => {
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    const { id, apiKey } = (await (
      await fetch(`${worker.url}/api/admin/affiliates`, { method: 'POST', headers: admin, body: JSON.stringify({ name: '提现测试' }) })
    ).json()) as { id: string; apiKey: string };
    await fetch(`${worker.url}/api/admin/affiliates/${id}/adjustments`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ amountFen: 12_345, reason: '活动奖励' }),
    });
    const affiliate = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
    await fetch(`${worker.url}/api/me/payout-account`, {
      method: 'PUT',
      headers: affiliate,
      body: JSON.stringify({ method: 'alipay', account: '13812345678', realName: '张三' }),
    });
    const asked = (await (
      await fetch(`${worker.url}/api/me/payouts`, { method: 'POST', headers: affiliate, body: JSON.stringify({ amountFen: 10_000 }) })
    ).json()) as {
      id: string;
    };

    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${worker.url}/admin/`);
    await page.getByLabel(/管理员令牌/).fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: '登录' }).click();
    // The overview's first row says a payout waits, and one click opens the queue.
    await expect.poll(() => page.getByTestId('needs-payouts').textContent()).toContain('¥100.00');
    expect(await page.getByTestId('needs-you').textContent()).toContain('应付推客');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-overview-zh.png'), fullPage: true });
    await page.getByTestId('needs-payouts').click();
    const row = page.locator(`[data-payout="${asked.id}"]`);
    expect(await row.textContent()).toContain('¥100.00');
    await row.getByRole('button', { name: '批准' }).click();
    await expect.poll(() => page.locator(`[data-payout="${asked.id}"]`).count()).toBe(0); // no longer awaiting review
    await page.getByLabel('状态').selectOption({ label: '已批准' });
    await row.getByRole('textbox').fill('ALIPAY-2026120200001');
    await row.getByRole('button', { name: '标记已打款' }).click();
    await page.getByLabel('状态').selectOption({ label: '已打款' });
    await expect.poll(() => row.textContent()).toContain('ALIPAY-2026120200001');

    const balance = (await (await fetch(`${worker.url}/api/me/balance`, { headers: affiliate })).json()) as Record<string, number>;
    expect(balance).toMatchObject({ availableFen: 2345, requestedFen: 0, paidFen: 10_000 });

    // The month summary and the affiliate's statement, as downloads.
    expect(await page.getByTestId('month-summary').locator('tr', { hasText: '提现测试' }).textContent()).toContain('¥23.45');
    await page.getByRole('link', { name: '推客' }).click();
    const affiliateRow = page.getByTestId('affiliates').locator('tr', { hasText: '提现测试' });
    expect(await affiliateRow.textContent()).toContain('¥23.45');
    const [download] = await Promise.all([page.waitForEvent('download'), affiliateRow.getByRole('link', { name: '本月对账单' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    // Headed and worded in Chinese, as the wallet words each line.
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('时间（北京时间）,事项,金额（元）,订单号,提现单号,之后应付（元）');
    expect(csv).toContain('调整：活动奖励');
    expect(csv).toMatch(new RegExp(`,已打款,[-\\d.]+,,${asked.id},`));
    expect(csv.trim().split('\r\n').at(-1)).toMatch(/,23\.45$/);

    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole('link', { name: '提现' }).click();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-payouts-phone.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await context.close();
  });

  it('in Chinese: approved payouts go out as 支付宝’s batch file (Excel) with each saved account, and the batch is marked paid with one reference', async () => {
    const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };
    const payees = [
      { name: '批量甲', account: '13800001111', realName: '张三', fen: 5_000 },
      { name: '批量乙', account: 'yi@example.com', realName: '欧阳娜娜', fen: 1_234 },
    ];
    const affiliates: Array<{ id: string; apiKey: string }> = [];
    for (const payee of payees) {
      const me = (await (
        await fetch(`${worker.url}/api/admin/affiliates`, { method: 'POST', headers: admin, body: JSON.stringify({ name: payee.name }) })
      ).json()) as {
        id: string;
        apiKey: string;
      };
      const headers = { Authorization: `Bearer ${me.apiKey}`, 'Content-Type': 'application/json' };
      await fetch(`${worker.url}/api/me/payout-account`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ method: 'alipay', account: payee.account, realName: payee.realName }),
      });
      await fetch(`${worker.url}/api/admin/affiliates/${me.id}/adjustments`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ amountFen: payee.fen, reason: '活动奖励' }),
      });
      const asked = (await (
        await fetch(`${worker.url}/api/me/payouts`, { method: 'POST', headers, body: JSON.stringify({ amountFen: payee.fen }) })
      ).json()) as { id: string };
      await fetch(`${worker.url}/api/admin/payouts/${asked.id}/approve`, { method: 'POST', headers: admin, body: '{}' });
      affiliates.push(me);
    }

    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${worker.url}/admin/`);
    await page.getByLabel(/管理员令牌/).fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: '提现' }).click();
    const panel = page.getByTestId('payout-batch');
    await panel.getByRole('button', { name: '生成打款文件' }).click();
    await expect.poll(() => panel.getByTestId('batch-summary').textContent()).toContain('已批准 2 笔，合计 ¥62.34');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '⬇ Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^daihuo-alipay-DH\d{18}\.xlsx$/);
    const book = read(readFileSync((await download.path())!), { type: 'buffer' });
    const rows = utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false });
    expect(rows[0]!.slice(0, 6)).toEqual(['批次号', '付款日期', '付款人email', '账户名称', '总金额（元）', '总笔数']);
    expect(rows[1]!.slice(4, 6)).toEqual(['62.34', '2']);
    expect(rows.slice(3).map((r) => r.slice(1, 4))).toEqual([
      ['13800001111', '张三', '50.00'],
      ['yi@example.com', '欧阳娜娜', '12.34'],
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-payout-batch.png'), fullPage: true });

    await panel.getByLabel('转账流水号').fill('ALIPAY-BATCH-20261207');
    await panel.getByRole('button', { name: '整批标记已打款' }).click();
    await expect.poll(() => panel.getByTestId('batch-result').textContent()).toBe('已标记 2 笔已打款；0 笔状态已变，没有改动。');
    for (const me of affiliates) {
      const balance = (await (await fetch(`${worker.url}/api/me/balance`, { headers: { Authorization: `Bearer ${me.apiKey}` } })).json()) as Record<
        string,
        number
      >;
      expect(balance).toMatchObject({ requestedFen: 0, availableFen: 0 });
    }
    await context.close();
  });

  it('in Chinese at 1280 and 390 px: no page shows an English status, a shop id or an error code, and the key column stays in view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${worker.url}/admin/`);
    await page.getByLabel(/管理员令牌/).fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: '登录' }).click();
    const FORBIDDEN =
      /\b(paid|received|settled|refunded|invalid|unknown|requested|approved|rejected|taobao|tmall|jd|pdd|sub_id|click_match|manual|human|bot|preview|flood|mobile|desktop|WeChat|INVALID_ROW|VALIDATION_FAILED|WRONG_FILE_KIND|NETWORK_REJECTED)\b/;
    // A click from inside WeChat on a phone, for the click log; the queue delivers it within a few seconds.
    const code = await clickedCode(WECHAT_PHONE);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of ['overview', 'orders', 'affiliates', 'payouts', 'imports', 'networks', `clickLog?code=${code}`]) {
        await page.goto(`${worker.url}/admin/#/${view}`);
        await expect.poll(() => page.locator('[aria-busy="true"]:visible').count()).toBe(0);
        // Our own words, as a reader sees them; what people uploaded (the first test's jd-orders.csv) and web
        // addresses (open.taobao.com) are not ours to translate.
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without closed details and hidden options, is what is read
        const seen = await page.locator('body').innerText();
        const text = seen.replaceAll('jd-orders.csv', '').replace(/[\w.-]+\.(com|cn)\b/g, '');
        expect(FORBIDDEN.exec(text)?.[0], `${view} at ${width} px`).toBeUndefined();
        await page.screenshot({ path: join(ARTIFACTS, `dashboard-zh-${view.split('?')[0]}-${width}.png`), fullPage: true });
      }
    }
    // An import's refused row reads in Chinese: the row, what is wrong, the network's column and the cell.
    await page.goto(`${worker.url}/admin/#/imports`);
    const xlsBatch = page.getByTestId('batches').locator('li', { hasText: 'OrderDetail-2026-11-20.xls' });
    await xlsBatch.getByText('错误行 (1)').click();
    await expect.poll(() => xlsBatch.locator('ol').textContent()).toBe('第 7 行：不认识的订单状态 "火星"');
    // The click log reads the click back in words: a person, on a phone, in 微信.
    await page.goto(`${worker.url}/admin/#/clickLog?code=${code}`);
    const row = page.getByTestId('clicks').locator('tbody tr').first();
    await expect.poll(() => row.textContent()).toMatch(/真人[\s\S]*手机 · iOS · 微信[\s\S]*微信/);
    await expect.poll(() => page.getByTestId('clicks-source').textContent()).toContain('近期明细');
    // At phone width the orders table keeps its product column in view while the amounts scroll.
    await page.goto(`${worker.url}/admin/#/orders`);
    const first = page.getByTestId('orders').locator('tbody tr').first().locator('td').first();
    await expect.poll(() => first.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await context.close();
  });
});
