import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The dashboard is a small Preact app served as Workers static assets under /admin/ (see wrangler.toml).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../.output/admin/admin', import.meta.url)),
    emptyOutDir: true,
  },
});
