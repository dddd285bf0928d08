import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web console: built into dist/console/, which the API serves at `/` (src/apps/api/plugins/console.ts). */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  // `npm run dev` serves the API; `npx vite --config src/apps/console/vite.config.ts` proxies it for live editing.
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
});
