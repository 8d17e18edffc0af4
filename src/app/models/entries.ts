/**
 * The models the app offers, in landing-page order.
 */
import type { ModelEntry } from './types';

export const modelEntries: ModelEntry[] = [];
