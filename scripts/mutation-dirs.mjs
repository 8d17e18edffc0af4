/**
 * The directories `npm run mutation` measures one at a time: each name maps to the code it mutates
 * and the unit tests run against those mutants (its mirror tests, plus the cross-model tests for a
 * model). Shared by scripts/mutation.mjs (runs) and scripts/mutation-summary.mjs (reports).
 */
export const MUTATION_DIRS = {
  core: { mutate: 'src/core/**/*.ts', tests: 'tests/unit/core/**/*.test.ts' },
  hydrogen: { mutate: 'src/models/hydrogen/**/*.ts', tests: 'tests/unit/models/hydrogen/**/*.test.ts,tests/unit/models/inputFailures.test.ts' },
  ionhop: { mutate: 'src/models/ionhop/**/*.ts', tests: 'tests/unit/models/ionhop/**/*.test.ts,tests/unit/models/inputFailures.test.ts' },
  solidification: {
    mutate: 'src/models/solidification/**/*.ts',
    tests: 'tests/unit/models/solidification/**/*.test.ts,tests/unit/models/inputFailures.test.ts',
  },
};

/** Stryker's JSON report of one directory's run. */
export const reportPath = (dir) => `reports/mutation/${dir}.json`;
