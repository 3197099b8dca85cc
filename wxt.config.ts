import { defineConfig } from 'wxt';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { productImageHosts, productPageMatches } from './shared/platforms';

// What every shop page loads (the content script) stays small; the panel is injected only on product pages.
const CONTENT_SCRIPT_BUDGET = 20 * 1024;

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  // Icons (scripts/make-icons.ts) live with the extension, not in a top-level public/.
  publicDir: 'extension/public',
  // Explicit imports only: hidden auto-imports make extension code read differently from shared/ and worker/.
  imports: false,
  // The user's brief asks for webextension-polyfill; this module makes `wxt/browser` resolve to it.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '带货 Daihuo — 淘宝·天猫·京东·拼多多 分享赚佣金',
    short_name: '带货',
    description:
      '在淘宝、天猫、京东、拼多多商品页一键生成带佣金的分享码：短链接、口令文案、二维码和海报；收益随时看。One-click affiliate share codes for Taobao, Tmall, JD and Pinduoduo.',
    // scripting: the panel's script is injected into product pages only when one is open.
    // activeTab: after a menu click, reading the selection with its line breaks on any page.
    permissions: ['storage', 'contextMenus', 'clipboardWrite', 'scripting', 'activeTab'],
    // The shops' pages (the content script) and their image hosts (posters draw the product photo).
    host_permissions: [...new Set([...productPageMatches, ...productImageHosts])],
    // The affiliate's own service address is asked for at runtime, when they save it on the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'daihuo@daihuo.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Measured on every build and printed; over the budget the build fails.
    'build:done': (wxt) => {
      const file = join(wxt.config.outDir, 'content-scripts/product.js');
      const gzip = gzipSync(readFileSync(file)).length;
      wxt.logger.info(`content script: ${(gzip / 1024).toFixed(1)} kB gzip (budget ${CONTENT_SCRIPT_BUDGET / 1024} kB)`);
      if (gzip > CONTENT_SCRIPT_BUDGET) throw new Error(`content script is ${gzip} bytes gzip, over the ${CONTENT_SCRIPT_BUDGET}-byte budget`);
    },
  },
});
