/**
 * Vite build and Vitest projects: `unit` (Node), `browser` (system Chromium via Playwright)
 * and `e2e` (Node driving Chromium against the built app served by `vite preview`).
 */
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * Offline use (issue 13, item 7): a Workbox service worker precaches every file of the build —
 * the shell, the lazily loaded model pages and chunks, their workers, KaTeX's CSS and WOFF2 fonts,
 * the icons and the web app manifest — and asks before switching to a new version (the update
 * prompt in UpdatePrompt.svelte registers it; nothing registers in dev or in Vitest). Every URL is
 * relative, so the same dist/ works at any path (item 8).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // the glob below already lists the favicon and the icons; the plugin adds the manifest itself
  includeManifestIcons: false,
  manifest: {
    name: 'Crucible — simulation sandbox for energy materials',
    short_name: 'Crucible',
    description: pkg.description,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0072b2',
    lang: 'en',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // woff2 only: every browser that runs service workers reads it, the woff/ttf fallbacks are never fetched
    globPatterns: ['**/*.{html,js,css,svg,png,woff2}'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  // relative URLs: dist/ can be served from any path (site root or a sub-path such as /crucible/)
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __GIT_COMMIT__: JSON.stringify(gitCommit()) },
  plugins: [svelte(), cspMeta(), pwa],
  worker: { format: 'es' },
  optimizeDeps: { include: prebundled },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Workbox writes sw.js after the bundle (seconds of minifying); Rolldown would warn about that time on every build
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
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
          setupFiles: ['tests/browser/setup.ts'],
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
