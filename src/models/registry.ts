/**
 * The list of simulation models. Each entry loads its definition lazily, so the app fetches a
 * model's code only on its route and the CLI only for the model it runs.
 */
import type { ModelDefinition } from '../core/model';

/** Lazy loaders keyed by model id (the id used in URLs and on the command line). */
export const modelLoaders: Record<string, () => Promise<ModelDefinition>> = {
  solidification: () => import('./solidification').then((m) => m.default as unknown as ModelDefinition),
  hydrogen: () => import('./hydrogen').then((m) => m.default as unknown as ModelDefinition),
  ionhop: () => import('./ionhop').then((m) => m.default as unknown as ModelDefinition),
};

/** Model ids in the order the landing page shows them. */
export const modelIds = Object.keys(modelLoaders);
