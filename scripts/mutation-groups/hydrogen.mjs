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
    label: 'fit-select',
    files: ['fit.ts', 'plateauSelect.ts', 'vantHoff.ts'],
    tests: ['fit', 'plateauSelect', 'vantHoff'],
  },
  {
    label: 'fit-csv',
    files: ['csv.ts'],
    tests: ['csv'],
  },
  {
    label: 'fit-data',
    files: ['capacity.ts', 'dataFit.ts', 'params.ts', 'why.ts'],
    tests: ['capacity', 'dataFit', 'params', 'why'],
  },
  {
    label: 'run-curves',
    files: ['curves.ts', 'equilibrium.ts'],
    tests: ['curves', 'equilibrium', 'lacherSolve', 'sublattices'],
  },
  {
    label: 'run-main',
    files: ['run.ts'],
    tests: ['run'],
  },
];
