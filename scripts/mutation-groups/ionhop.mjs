/**
 * The mutation groups of `src/models/ionhop` (see scripts/mutation-dirs.mjs): each group's files are mutated
 * and tested against its tests only. Every file of the folder belongs to exactly one group
 * (tests/unit/scripts/mutationGroups.test.ts).
 * @type {import('../mutation-dirs.mjs').MutationGroup[]}
 */
export default [
  {
    label: 'engine',
    files: [
      'engine.ts',
      'lattice.ts',
      'sumtree.ts',
      'random.ts',
      'rates.ts',
      'setup.ts',
      'replica.ts',
    ],
    tests: [
      'contract',
      'engine',
      'estimators',
      'lattice',
      'limits',
      'physics',
      'streaming',
      'why',
      '../inputFailures',
    ],
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
