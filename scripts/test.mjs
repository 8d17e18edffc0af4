/**
 * `npm test`: checks that Chromium is available (one clear line if not), builds the app for the
 * end-to-end tests, then runs every Vitest project (unit, browser, e2e). Extra arguments go to Vitest.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  console.error(
    'npm test: Chromium not found at /usr/bin/chromium (or $CHROMIUM_PATH). Install it: sudo apt-get install -y chromium',
  );
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } }).status ?? 1;

const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (build !== 0) process.exit(build);
process.exit(run('npx', ['vitest', 'run', ...process.argv.slice(2)]));
