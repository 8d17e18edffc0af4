/**
 * Every lesson, grouped by model in the landing page's order, and their texts. Imported on
 * demand only (`load.ts`): the lesson data reads the models' display units, so it brings the
 * models' public indexes with it.
 */
import type { Lesson } from './types';
import { gradientOrRate, sigePolycrystal } from './solidification';
import { gpaHydrogen, vantHoff, whyPlateau } from './hydrogen';
import { bccSulfides, jumpBack } from './ionhop';

export { en as textsEn, ja as textsJa } from './texts';

/** Every lesson in the order the lessons page lists them. */
export const LESSONS: readonly Lesson[] = [sigePolycrystal, gradientOrRate, whyPlateau, vantHoff, gpaHydrogen, jumpBack, bccSulfides];
