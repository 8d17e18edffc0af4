/**
 * The directories `npm run mutation` measures, and the groups each is measured in: a group mutates
 * some files of its directory (`files`, relative to `root`) and runs only the unit tests that aim at
 * them (`tests`, names relative to `testRoot` without `.test.ts`), so that a mutant is not tested
 * by whole-model simulations that take seconds each. Every file of a directory belongs to exactly
 * one group (tests/unit/scripts/mutationGroups.test.ts). Shared by scripts/mutation.mjs (runs) and
 * scripts/mutation-summary.mjs (reports). A directory holds the files under its root that are not
 * under another directory's root, unless it is `partial`: then only the files its groups list (the
 * app directory: the session and the worker client, not the views).
 */
import core from './mutation-groups/core.mjs';
import hydrogen from './mutation-groups/hydrogen.mjs';
import ionhop from './mutation-groups/ionhop.mjs';
import solidification from './mutation-groups/solidification.mjs';

/**
 * @typedef {{ label: string, files: string[], tests: string[] }} MutationGroup
 * @typedef {{ root: string, testRoot: string, groups: MutationGroup[], partial?: boolean }} MutationDir
 */

/** @type {Record<string, MutationDir>} */
export const MUTATION_DIRS = {
  core: { root: 'src/core', testRoot: 'tests/unit/core', groups: core },
  hydrogen: { root: 'src/models/hydrogen', testRoot: 'tests/unit/models/hydrogen', groups: hydrogen },
  ionhop: { root: 'src/models/ionhop', testRoot: 'tests/unit/models/ionhop', groups: ionhop },
  solidification: { root: 'src/models/solidification', testRoot: 'tests/unit/models/solidification', groups: solidification },
  // the files of src/models outside the model folders
  registry: { root: 'src/models', testRoot: 'tests/unit/models', groups: [{ label: 'registry', files: ['registry.ts'], tests: ['inputFailures'] }] },
  // only the run plumbing of the app (Node tests with in-process workers); reported, not under the 80 % floor
  app: {
    root: 'src/app',
    testRoot: 'tests/unit/app',
    partial: true,
    groups: [
      { label: 'worker', files: ['worker/client.ts', 'worker/pool.ts'], tests: ['worker/client', 'worker/pool'] },
      { label: 'session', files: ['session.svelte.ts'], tests: ['session'] },
    ],
  },
};

/** Folder of the JSON reports; one file per run (a group, or an ad hoc narrowed run). */
export const REPORT_DIR = 'reports/mutation';

/** Stryker's JSON report of one run. */
export const reportPath = (name) => `${REPORT_DIR}/${name}.json`;
