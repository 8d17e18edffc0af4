/**
 * The models the app offers, in landing-page order.
 */
import type { ModelEntry } from './types';
import { solidificationEntry } from './solidification/entry';
import { hydrogenEntry } from './hydrogen/entry';
import { ionhopEntry } from './ionhop/entry';

export const modelEntries: ModelEntry[] = [solidificationEntry, hydrogenEntry, ionhopEntry];
