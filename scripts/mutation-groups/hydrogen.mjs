/**
 * The mutation groups of `src/models/hydrogen` (see scripts/mutation-dirs.mjs): each group's files are mutated
 * and tested against its tests only. Every file of the folder belongs to exactly one group
 * (tests/unit/scripts/mutationGroups.test.ts).
 * @type {import('../mutation-dirs.mjs').MutationGroup[]}
 */
export default [
  {
    label: 'eos',
    files: ['gas.ts', 'leachman.ts', 'lnPhiTable.ts', 'melting.ts', 'surfaceCache.ts'],
    tests: ['eos', 'nist', 'gasLimits', 'surfaceCache', 'eosEdges'],
  },
  {
    label: 'eos-materials',
    files: ['materials.ts', 'presets.ts', 'index.ts', 'outputUnits.ts'],
    tests: ['materials'],
  },
  {
    label: 'lattice',
    files: ['lattice.ts', 'plateau.ts', 'plateauOffsets.ts'],
    tests: ['lattice', 'sublattices', 'plateaus', 'plateauOffsets', 'lacherSolve'],
  },
  {
    label: 'lattice-dome',
    files: ['dome.ts'],
    tests: ['dome'],
  },
  {
    label: 'fit-run',
    files: [
      'capacity.ts',
      'csv.ts',
      'curves.ts',
      'dataFit.ts',
      'equilibrium.ts',
      'fit.ts',
      'params.ts',
      'plateauSelect.ts',
      'run.ts',
      'vantHoff.ts',
      'why.ts',
    ],
    tests: [
      'branches',
      'csv',
      'csvCli',
      'dome',
      'eos',
      'eosEdges',
      'fit',
      'fitCoverage',
      'fitRun',
      'gasLimits',
      'inputs',
      'lacherSolve',
      'lattice',
      'materials',
      'model',
      'nist',
      'plateauOffsets',
      'plateaus',
      'presets',
      'sublattices',
      'surfaceCache',
      'why',
      '../inputFailures',
    ],
  },
];
