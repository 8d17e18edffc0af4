/**
 * Vite build and Vitest projects: `unit` (Node), `browser` (system Chromium via Playwright)
 * and `e2e` (Node driving Chromium against the built app served by `vite preview`).
 */
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { cspMeta, hostHeaders } from './scripts/csp.mjs';
import { execFileSync } from 'node:child_process';
import pkg from './package.json' with { type: 'json' };

/** Short git commit of the tree being built, or null outside a git checkout. */
function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

const chromium = findChromium() ?? '/usr/bin/chromium';

/** Dependencies pre-bundled up front, so the dev server and browser tests never reload to add one. */
const prebundled = ['comlink', 'valibot', 'mathjs', 'd3-scale', 'd3-shape', 'd3-selection', 'd3-axis', 'd3-format', 'd3-array', 'katex', 'three', 'three/examples/jsm/controls/OrbitControls.js', 'ml-levenberg-marquardt'];

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __GIT_COMMIT__: JSON.stringify(gitCommit()) },
  plugins: [svelte(), cspMeta()],
  worker: { format: 'es' },
  optimizeDeps: { include: prebundled },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', headers: hostHeaders },
  test: {
    reporters: ['default', './scripts/summary-reporter.mjs'],
    projects: [
      {
        extends: true,
        // generous per-test limit: the tests assert results, not speed, and CI machines are shared
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        optimizeDeps: { include: [...prebundled, 'vitest-browser-svelte'] },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromium, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            // a laptop-sized page: below 760 px the app switches to its phone layout (parameters in a sheet)
            viewport: { width: 1280, height: 900 },
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
