/**
 * `npm run mutation [-- <stryker options>]`: runs StrykerJS (stryker.config.mjs; extra options such
 * as `--mutate 'src/core/**\/*.ts' --testFiles 'tests/unit/core/**\/*.test.ts'` narrow the run),
 * then prints the mutation score per directory and in total (scripts/mutation-summary.mjs).
 */
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

const stryker = run('npx', ['stryker', 'run', ...process.argv.slice(2)]);
if (stryker !== 0) process.exit(stryker);
process.exit(run('node', ['scripts/mutation-summary.mjs']));
