/**
 * The English words of parameters, options and presets live once, in the model specs: the app's
 * English catalog takes them from the generated `src/app/models/<id>/specStrings.ts`, which must
 * match the specs (regenerate with `npx tsx scripts/spec-strings.ts`), and no model catalog
 * writes them a second time.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { modelLoaders } from '../../../src/models/registry';
import { specEntries, specStringsModule, specStringsPath } from '../../../scripts/spec-strings';
import { en } from '../../../src/app/i18n/en';

describe('English spec words in one place', () => {
  for (const [id, load] of Object.entries(modelLoaders)) {
    it(`${id}: the generated catalog entries are current and are what the app shows in English`, async () => {
      const model = await load();
      expect(readFileSync(specStringsPath(id), 'utf8'), `${specStringsPath(id)} is stale: run npx tsx scripts/spec-strings.ts`).toBe(specStringsModule(id, model));
      for (const [key, words] of specEntries(id, model)) expect((en as Record<string, string>)[key], key).toBe(words);
      const catalog = readFileSync(`src/app/models/${id}/i18n.ts`, 'utf8');
      const enBlock = catalog.slice(catalog.indexOf('export const en'), catalog.indexOf('export const ja'));
      const written = specEntries(id, model).filter(([key]) => enBlock.includes(`'${key}':`));
      expect(written.map(([key]) => key), 'written again in the English catalog').toEqual([]);
    });
  }
});
