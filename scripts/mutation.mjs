/**
 * `npm run mutation [-- --dir NAME [--group L]] [<stryker options>]` runs StrykerJS
 * (stryker.config.mjs) once per group of scripts/mutation-dirs.mjs (all groups of all directories
 * by default; `--dir` picks directories, `--group` one group of one directory), each group with its
 * own tests, JSON report (reports/mutation/DIR-GROUP.json) and incremental file, then prints the
 * score per directory and in total over every report that exists (scripts/mutation-summary.mjs).
 * An ad hoc run: `--dir NAME --files a.ts,b.ts [--tests x,y] [--label L]` narrows one directory to
 * some of its files and test files (names relative to its folder and test folder, tests without
 * `.test.ts`; tests default to the directory's own). Other options (`--concurrency 1`) go to Stryker.
 */
import { spawnSync } from 'node:child_process';
import { MUTATION_DIRS, reportPath } from './mutation-dirs.mjs';

const args = process.argv.slice(2);
const dirs = [];
const extra = [];
const narrow = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dir') dirs.push(args[++i]);
  else if (['--files', '--tests', '--label', '--group'].includes(args[i])) narrow[args[i].slice(2)] = args[++i];
  else extra.push(args[i]);
}
const fail = (message) => {
  console.error(`mutation: ${message}`);
  process.exit(2);
};
const unknown = dirs.filter((d) => !(d in MUTATION_DIRS));
if (unknown.length > 0) fail(`unknown --dir ${unknown.join(', ')}; allowed: ${Object.keys(MUTATION_DIRS).join(', ')}`);
if (Object.keys(narrow).length > 0 && dirs.length !== 1) fail('--group, --files, --tests and --label need exactly one --dir');
if (narrow.group !== undefined && (narrow.files ?? narrow.tests ?? narrow.label) !== undefined) fail('--group cannot be combined with --files, --tests or --label');

const list = (s) => s.split(',').filter((x) => x !== '');
const fileLabel = (files) => files.map((f) => f.replace(/\.ts$/, '').replace(/\W/g, '_')).join('-');

/** The runs asked for: one per group, or the one ad hoc narrowed run. */
const runs = [];
for (const dir of dirs.length > 0 ? dirs : Object.keys(MUTATION_DIRS)) {
  const { root, testRoot, groups } = MUTATION_DIRS[dir];
  if (narrow.files !== undefined || narrow.tests !== undefined) {
    const files = narrow.files ? list(narrow.files) : groups.flatMap((g) => g.files);
    const tests = narrow.tests ? list(narrow.tests) : [...new Set(groups.flatMap((g) => g.tests))];
    runs.push({ dir, root, testRoot, label: narrow.label ?? (narrow.files ? fileLabel(files) : 'custom'), files, tests });
    continue;
  }
  const picked = narrow.group === undefined ? groups : groups.filter((g) => g.label === narrow.group);
  if (picked.length === 0) fail(`no group ${narrow.group} in ${dir}; groups: ${groups.map((g) => g.label).join(', ')}`);
  for (const g of picked) runs.push({ dir, root, testRoot, ...g });
}

const run = (cmd, argv, env = {}) => spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

for (const r of runs) {
  const name = `${r.dir}-${r.label}`;
  const mutate = r.files.map((f) => `${r.root}/${f}`).join(',');
  const tests = r.tests.map((t) => `${r.testRoot}/${t}.test.ts`).join(',');
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
