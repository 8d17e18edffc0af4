/**
 * StrykerJS mutation testing (`npm run mutation`, scripts/mutation.mjs): mutates the pure layers
 * `src/models/**` and `src/core/**` and runs the Node unit tests (vitest.stryker.config.ts) against
 * every mutant. scripts/mutation.mjs runs one directory at a time (`--mutate`, `--testFiles`,
 * `--incrementalFile`) and names the JSON report through MUTATION_REPORT.
 * The session and worker client (`src/app/session.svelte.ts`, `src/app/worker/`) are mutated as
 * directory `app` against Node tests with in-process workers (tests/unit/app/).
 * Incremental mode keeps results in reports/ (gitignored), so a re-run tests only changed code.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/models/**/*.ts', 'src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level initialisers: regexes, tables, constants) are not tested: with
  // Vitest 4.1 this runner never re-evaluates a module for them, so every one of them "survived"
  // with no test covering it (seen for src/core: all 72, including a sign-requiring number regex
  // that the unit tests would certainly catch). Counting them would measure the runner, not the tests.
  ignoreStatic: true,
  // the machine is shared: two test processes at most
  concurrency: 2,
  // extra time a mutant may take over its tests' normal run before it counts as a timeout (an endless loop)
  timeoutMS: 10_000,
  // the first run of all unit tests takes minutes on a shared two-core machine
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // not copied into the sandbox: build output, reports and other runs' sandboxes
  ignorePatterns: ['dist', 'reports', '.stryker-tmp*', 'coverage', 'test-results'],
  cleanTempDir: 'always',
  reporters: ['clear-text', 'json', 'progress-append-only'],
  jsonReporter: { fileName: process.env.MUTATION_REPORT ?? 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
};
