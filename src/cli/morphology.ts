/**
 * The CLI's `morphology` command: the 2-D phase-field run of the solidification model's alloy,
 * loaded lazily like the registered models (it is not a page of its own, so it is not in the
 * app's model registry).
 */
import type { ModelDefinition } from '../core/model';

/** Loaders of the CLI-only models, keyed by the name used on the command line. */
export const cliOnlyLoaders: Readonly<Record<string, () => Promise<ModelDefinition>>> = {
  morphology: () => import('../models/solidification').then((m) => m.morphologyModel),
};
