/**
 * The directories `npm run mutation` measures one at a time: each name maps to the code it mutates
 * (`root`, `mutate`) and the unit tests run against those mutants (`testRoot`, `tests`: its mirror
 * tests, plus the cross-model input-failure walk for a model). Shared by scripts/mutation.mjs (runs)
 * and scripts/mutation-summary.mjs (reports).
 */
const unit = (root, testRoot, extraTests = []) => ({
  root,
  testRoot,
  mutate: `${root}/**/*.ts`,
  tests: [`${testRoot}/**/*.test.ts`, ...extraTests].join(','),
});

export const MUTATION_DIRS = {
  core: unit('src/core', 'tests/unit/core'),
  hydrogen: unit('src/models/hydrogen', 'tests/unit/models/hydrogen', ['tests/unit/models/inputFailures.test.ts']),
  ionhop: unit('src/models/ionhop', 'tests/unit/models/ionhop', ['tests/unit/models/inputFailures.test.ts']),
  solidification: unit('src/models/solidification', 'tests/unit/models/solidification', ['tests/unit/models/inputFailures.test.ts']),
};

/** Folder of the JSON reports; one file per run (a directory, or a narrowed part of one). */
export const REPORT_DIR = 'reports/mutation';

/** Stryker's JSON report of one run. */
export const reportPath = (name) => `${REPORT_DIR}/${name}.json`;
