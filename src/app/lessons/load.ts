/**
 * Loads the lessons on demand (their data and texts are not part of the landing page): the first
 * call imports them and adds their texts to the catalogs; every call returns the same list.
 */
import { addCatalogs } from '../i18n/locale.svelte';
import type { Lesson } from './types';

let loading: Promise<readonly Lesson[]> | null = null;

/** The lessons, their texts added to the catalogs before the promise resolves. */
export function loadLessons(): Promise<readonly Lesson[]> {
  loading ??= import('./data').then((m) => {
    addCatalogs({ en: m.textsEn, ja: m.textsJa });
    return m.LESSONS;
  });
  return loading;
}
