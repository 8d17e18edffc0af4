/**
 * `npm run mutation [-- --dir NAME ...] [-- <stryker options>]`: runs StrykerJS (stryker.config.mjs)
 * once per directory of scripts/mutation-dirs.mjs (core, hydrogen, ionhop, solidification; all of
 * them when no `--dir` is given), each with its own tests, JSON report (reports/mutation/NAME.json)
 * and incremental file, then prints the score per directory and in total over every report that
 * exists (scripts/mutation-summary.mjs). Other options (e.g. `--concurrency 1`) go to Stryker.
 */
import { spawnSync } from 'node:child_process';
import { MUTATION_DIRS, reportPath } from './mutation-dirs.mjs';

const args = process.argv.slice(2);
const dirs = [];
const extra = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dir') dirs.push(args[++i]);
  else extra.push(args[i]);
}
const unknown = dirs.filter((d) => !(d in MUTATION_DIRS));
if (unknown.length > 0) {
  console.error(`mutation: unknown --dir ${unknown.join(', ')}; allowed: ${Object.keys(MUTATION_DIRS).join(', ')}`);
  process.exit(2);
}

const run = (cmd, argv, env = {}) =>
  spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

for (const dir of dirs.length > 0 ? dirs : Object.keys(MUTATION_DIRS)) {
  const { mutate, tests } = MUTATION_DIRS[dir];
  const started = Date.now();
  const status = run(
    'npx',
    ['stryker', 'run', '--mutate', mutate, '--testFiles', tests, '--incrementalFile', `reports/stryker-incremental-${dir}.json`, ...extra],
    { MUTATION_REPORT: reportPath(dir) },
  );
  console.log(`mutation: ${dir} took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  if (status !== 0) process.exit(status);
}
process.exit(run('node', ['scripts/mutation-summary.mjs']));
