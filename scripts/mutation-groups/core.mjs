/**
 * The mutation groups of `src/core` (see scripts/mutation-dirs.mjs): each group's files are mutated
 * and tested against its tests only. Every file of the folder belongs to exactly one group
 * (tests/unit/scripts/mutationGroups.test.ts).
 * @type {import('../mutation-dirs.mjs').MutationGroup[]}
 */
export default [
  {
    label: 'all',
    files: [
      'constants.ts',
      'cooperative.ts',
      'eta.ts',
      'extent.ts',
      'fDistribution.ts',
      'format.ts',
      'interpolate.ts',
      'json.ts',
      'model.ts',
      'params.ts',
      'quote.ts',
      'regression.ts',
      'rng.ts',
      'roots.ts',
      'tridiagonal.ts',
      'units.ts',
    ],
    tests: [
      'constants',
      'cooperative',
      'eta',
      'etaOptions',
      'fDistribution',
      'format',
      'interpolate',
      'json',
      'model',
      'numerics',
      'paramMessages',
      'params',
      'quote',
      'regression',
      'rng',
      'rngVectors',
      'roots',
      'tridiagonal',
      'unitAliases',
      'units',
    ],
  },
];
