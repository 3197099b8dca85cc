import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  // Explicit imports only: hidden auto-imports make extension code read differently from shared/ and worker/.
  imports: false,
  // The user's brief asks for webextension-polyfill; this module makes `wxt/browser` resolve to it.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Daihuo 带货',
    description: 'One-click affiliate share codes for Taobao, Tmall and JD / 一键生成淘宝、天猫、京东分享码',
    permissions: ['storage', 'contextMenus', 'clipboardWrite'],
    // The Worker URL is chosen on the options page, so the background may need any http(s) origin.
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'daihuo@daihuo.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
