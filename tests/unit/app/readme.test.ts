import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { modelLoaders } from '../../../src/models/registry';

const readme = readFileSync('README.md', 'utf8');

describe('README documents every public URL parameter', () => {
  for (const [id, load] of Object.entries(modelLoaders)) {
    it(`lists every parameter of ${id} in its table`, async () => {
      const model = await load();
      const start = readme.indexOf(`#### \`#/${id}\``);
      expect(start, `README has no table for #/${id}`).toBeGreaterThan(0);
      const next = readme.indexOf('#### ', start + 5);
      const section = readme.slice(start, next < 0 ? undefined : next);
      const missing = model.params.map((p) => p.key).filter((k) => !section.includes(`| \`${k}\` |`));
      expect(missing).toEqual([]);
    });
  }
});
