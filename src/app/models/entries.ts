/**
 * The models the app offers, in landing-page order: the registry's models (src/models/registry.ts),
 * each with its app entry (worker, view, explanation). The record type makes a registered model
 * without an app entry a type error.
 */
import type { ModelEntry } from './types';
import { modelIds, type ModelId } from '../../models/registry';
import { solidificationEntry } from './solidification/entry';
import { hydrogenEntry } from './hydrogen/entry';
import { ionhopEntry } from './ionhop/entry';

const entries: Record<ModelId, ModelEntry> = { solidification: solidificationEntry, hydrogen: hydrogenEntry, ionhop: ionhopEntry };

/** App entries in the registry's order. */
export const modelEntries: ModelEntry[] = modelIds.map((id) => entries[id as ModelId]);
