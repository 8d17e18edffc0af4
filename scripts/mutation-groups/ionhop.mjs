/**
 * The mutation groups of `src/models/ionhop` (see scripts/mutation-dirs.mjs): each group's files are mutated
 * and tested against its tests only. Every file of the folder belongs to exactly one group
 * (tests/unit/scripts/mutationGroups.test.ts).
 * @type {import('../mutation-dirs.mjs').MutationGroup[]}
 */
export default [
  {
    // the kMC engine and its building blocks, against their focused tests (tiny lattices)
    label: 'engine-kmc',
    files: ['engine.ts', 'sumtree.ts', 'random.ts', 'rates.ts'],
    tests: ['engineKmc', 'sumtree', 'random', 'rates'],
  },
  {
    label: 'engine-lattice',
    files: ['lattice.ts'],
    tests: ['lattice'],
  },
  {
    // set-up and one replica's run loop, against focused tests and the known input failures
    label: 'engine-run',
    files: ['setup.ts', 'replica.ts'],
    tests: ['setup', 'replica', 'limits', '../inputFailures'],
  },
  {
    label: 'obs-estimators',
    files: ['equilibrium.ts', 'estimates.ts', 'observables.ts'],
    tests: ['equilibrium', 'estimates', 'observables'],
  },
  {
    label: 'obs-why',
    files: ['why.ts'],
    tests: ['why'],
  },
  {
    label: 'obs-params',
    files: ['electrolytes.ts', 'index.ts', 'limits.ts', 'outputUnits.ts', 'params.ts', 'presets.ts'],
    tests: ['limits', 'params', 'presets'],
  },
  {
    label: 'obs-run',
    files: ['results.ts', 'run.ts', 'sweep.ts'],
    tests: ['results', 'run', 'sweep'],
  },
];
