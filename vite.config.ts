/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMeta } from './src/build-tools/csp-meta.ts';
import { firstScreen } from './src/build-tools/first-screen/plugin.ts';
import { pwa } from './src/build-tools/pwa.ts';
import { SECURITY_HEADERS } from './src/build-tools/security-headers.ts';

export default defineConfig({
  plugins: [react(), cspMeta(), firstScreen(), pwa()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: [
          { test: /\/src\/engine\/zod\.ts$/, sideEffects: true },
          { test: /\/src\/(engine|url|state)\/.*\.ts$/, sideEffects: false },
        ],
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    // Browser tests (Playwright) live in test/e2e and run against the production build, not here.
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // Fixed time zone and locale keep formatted output identical on every machine.
    env: { TZ: 'UTC', LANG: 'en_US.UTF-8' },
    testTimeout: 60_000,
  },
});
