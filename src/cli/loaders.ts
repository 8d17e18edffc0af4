/**
 * The models the CLI can run: every registered page model, plus `morphology` (the 2-D phase-field
 * run of the solidification model's alloy), which has no page of its own and so is not in the
 * app's registry. Used by the entry point and by the sweep worker threads alike.
 */
import type { ModelDefinition } from '../core/model';
import { modelLoaders } from '../models/registry';

/** Loaders of every model the CLI runs, keyed by the name used on the command line. */
export const cliLoaders: Readonly<Record<string, () => Promise<ModelDefinition>>> = {
  ...modelLoaders,
  morphology: () => import('../models/solidification').then((m) => m.morphologyModel),
};
