/**
 * The mutation groups of `src/models/solidification` (see scripts/mutation-dirs.mjs): each group's files are mutated
 * and tested against its tests only. Every file of the folder belongs to exactly one group
 * (tests/unit/scripts/mutationGroups.test.ts).
 * @type {import('../mutation-dirs.mjs').MutationGroup[]}
 */
export default [
  {
    label: 'front-diagrams',
    files: ['diagram.ts', 'phaseDiagram.ts', 'regularSolution.ts', 'supercooling.ts'],
    tests: ['diagram', 'phaseDiagram', 'regularSolutionEnds', 'supercooling'],
  },
  {
    label: 'front-stability',
    files: ['results.ts', 'stability.ts', 'stabilityMap.ts', 'steadyState.ts', 'why.ts'],
    tests: ['nonQuasiStatic', 'results', 'stabilityMap', 'stabilityOptimum', 'steadyStability', 'why'],
  },
  {
    label: 'front-transient',
    files: ['grid.ts', 'history.ts', 'transient.ts'],
    tests: ['grid', 'history', 'transient'],
  },
  {
    label: 'front-run',
    files: ['index.ts', 'outputUnits.ts', 'params.ts', 'presets.ts', 'run.ts', 'runSize.ts', 'simulate.ts'],
    tests: ['params', 'runSize', 'simulate', '../inputFailures'],
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
