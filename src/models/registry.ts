/**
 * The one list of simulation models, shared by the app, the CLI, the scripts and the tests. Each
 * entry loads its definition lazily, so the app fetches a model's code only on its route and the
 * CLI only for the model it runs. Adding a model: docs/adding-a-model.md.
 */
import type { ModelDefinition } from '../core/model';

const loaders = {
  solidification: () => import('./solidification').then((m) => m.default),
  hydrogen: () => import('./hydrogen').then((m) => m.default),
  ionhop: () => import('./ionhop').then((m) => m.default),
} satisfies Record<string, () => Promise<ModelDefinition>>;

/** One of the registered model ids (the id used in URLs and on the command line). */
export type ModelId = keyof typeof loaders;

/** Lazy loaders of the model definitions, keyed by model id. */
export const modelLoaders: Readonly<Record<string, () => Promise<ModelDefinition>>> = loaders;

/** Model ids in the order the landing page shows them. */
export const modelIds: readonly string[] = Object.keys(loaders);
