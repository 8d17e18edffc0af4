/**
 * `npm run mutation [-- --dir NAME [--files a.ts,b.ts] [--tests x,y] [--label L]] [<stryker options>]`:
 * runs StrykerJS (stryker.config.mjs) once per directory of scripts/mutation-dirs.mjs (core,
 * hydrogen, ionhop, solidification; all of them when no `--dir` is given), each with its own tests,
 * JSON report (reports/mutation/NAME[-L].json) and incremental file, then prints the score per
 * directory and in total over every report that exists (scripts/mutation-summary.mjs).
 * `--files` narrows one directory to some of its files (names relative to it), `--tests` to some of
 * its test files (names relative to its mirror test folder, without `.test.ts`); such a run is
 * written under its own label (default: the file names). Other options (`--concurrency 1`) go to Stryker.
 */
import { spawnSync } from 'node:child_process';
import { MUTATION_DIRS, reportPath } from './mutation-dirs.mjs';

const args = process.argv.slice(2);
const dirs = [];
const extra = [];
const narrow = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dir') dirs.push(args[++i]);
  else if (['--files', '--tests', '--label'].includes(args[i])) narrow[args[i].slice(2)] = args[++i];
  else extra.push(args[i]);
}
const fail = (message) => {
  console.error(`mutation: ${message}`);
  process.exit(2);
};
const unknown = dirs.filter((d) => !(d in MUTATION_DIRS));
if (unknown.length > 0) fail(`unknown --dir ${unknown.join(', ')}; allowed: ${Object.keys(MUTATION_DIRS).join(', ')}`);
if (Object.keys(narrow).length > 0 && dirs.length !== 1) fail('--files, --tests and --label need exactly one --dir');

const run = (cmd, argv, env = {}) =>
  spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const list = (s) => s.split(',').filter((x) => x !== '');

for (const dir of dirs.length > 0 ? dirs : Object.keys(MUTATION_DIRS)) {
  const unit = MUTATION_DIRS[dir];
  const mutate = narrow.files ? list(narrow.files).map((f) => `${unit.root}/${f}`).join(',') : unit.mutate;
  const tests = narrow.tests ? list(narrow.tests).map((t) => `${unit.testRoot}/${t}.test.ts`).join(',') : unit.tests;
  const label = narrow.label ?? (narrow.files ? list(narrow.files).map((f) => f.replace(/\.ts$/, '').replace(/\W/g, '_')).join('-') : '');
  const name = label ? `${dir}-${label}` : dir;
  const started = Date.now();
  const status = run(
    'npx',
    ['stryker', 'run', '--mutate', mutate, '--testFiles', tests, '--incrementalFile', `reports/stryker-incremental-${name}.json`, ...extra],
    { MUTATION_REPORT: reportPath(name) },
  );
  console.log(`mutation: ${name} took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  if (status !== 0) process.exit(status);
}
process.exit(run('node', ['scripts/mutation-summary.mjs']));
