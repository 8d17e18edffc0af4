/**
 * The mutation groups of `src/models/solidification` (see scripts/mutation-dirs.mjs): each group's files are mutated
 * and tested against its tests only. Every file of the folder belongs to exactly one group
 * (tests/unit/scripts/mutationGroups.test.ts).
 * @type {import('../mutation-dirs.mjs').MutationGroup[]}
 */
export default [
  {
    label: 'front',
    files: [
      'diagram.ts',
      'grid.ts',
      'history.ts',
      'index.ts',
      'outputUnits.ts',
      'params.ts',
      'phaseDiagram.ts',
      'presets.ts',
      'regularSolution.ts',
      'results.ts',
      'run.ts',
      'runSize.ts',
      'simulate.ts',
      'stability.ts',
      'stabilityMap.ts',
      'steadyState.ts',
      'supercooling.ts',
      'transient.ts',
      'why.ts',
    ],
    tests: [
      'limits',
      'model',
      'morphology/conservation',
      'morphology/load',
      'morphology/measure',
      'morphology/noise',
      'morphology/planar',
      'morphology/scaling',
      'morphology/session',
      'morphology/stability',
      'morphology/strips',
      'nonQuasiStatic',
      'phaseDiagram',
      'regularSolutionEnds',
      'stabilityOptimum',
      'steadiness',
      'steadyStability',
      'supercooling',
      'transient',
      'why',
      '../inputFailures',
    ],
  },
  {
    label: 'morphology-solver',
    files: ['morphology/solver.ts', 'morphology/strips.ts'],
    tests: ['morphology/solver', 'morphology/strips'],
  },
  {
    label: 'morphology-measure',
    files: ['morphology/measure.ts', 'morphology/noise.ts', 'morphology/scaling.ts'],
    tests: ['morphology/measure', 'morphology/noise', 'morphology/scaling'],
  },
  {
    label: 'morphology-setup',
    files: [
      'morphology/index.ts',
      'morphology/linearStability.ts',
      'morphology/params.ts',
      'morphology/presets.ts',
      'morphology/run.ts',
      'morphology/session.ts',
      'morphology/setup.ts',
    ],
    tests: ['morphology/params', 'morphology/setup', 'morphology/run', 'morphology/session', 'morphology/linearStability', 'morphology/index'],
  },
];
