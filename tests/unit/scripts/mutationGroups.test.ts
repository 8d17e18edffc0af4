/**
 * The mutation groups (scripts/mutation-dirs.mjs) cover every source file of src/core and
 * src/models exactly once, and name only files and tests that exist: a new file that no group
 * mutates, or a renamed test, fails here instead of silently leaving the mutation score. A
 * `partial` directory (src/app: only the session and the worker client) is checked the same way
 * except that it need not list every file under its root.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATION_DIRS } from '../../../scripts/mutation-dirs.mjs';

const roots = Object.values(MUTATION_DIRS).map((d) => d.root);
const wholeRoots = Object.values(MUTATION_DIRS)
  .filter((d) => !d.partial)
  .map((d) => d.root);

/** Every .ts file under `root` and not under another directory's root, relative to `root`. */
function sources(root: string): string[] {
  const nested = roots.filter((r) => r.startsWith(`${root}/`)).map((r) => `${r.slice(root.length + 1)}/`);
  return readdirSync(root, { recursive: true })
    .map((f) => String(f).replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.ts') && !nested.some((n) => f.startsWith(n)))
    .sort();
}

describe('mutation groups', () => {
  it('span src/core, src/models and every model folder of it, and only the run plumbing of src/app', () => {
    const models = readdirSync('src/models', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/models/${e.name}`);
    expect([...wholeRoots].sort()).toEqual(['src/core', 'src/models', ...models].sort());
    const partial = Object.values(MUTATION_DIRS).filter((d) => d.partial);
    expect(partial.map((d) => [d.root, d.groups.flatMap((g) => g.files).sort()])).toEqual([['src/app', ['session.svelte.ts', 'worker/client.ts', 'worker/pool.ts']]]);
  });

  for (const [name, dir] of Object.entries(MUTATION_DIRS)) {
    it(`${name}: every file in exactly one group, every named file and test exists, labels unique`, () => {
      const listed = dir.groups.flatMap((g) => g.files);
      if (dir.partial) for (const f of listed) expect(existsSync(`${dir.root}/${f}`), `${dir.root}/${f}`).toBe(true);
      else expect([...listed].sort()).toEqual(sources(dir.root));
      expect(new Set(listed).size).toBe(listed.length);
      for (const g of dir.groups) {
        expect(g.tests.length, `${name}/${g.label} names no test`).toBeGreaterThan(0);
        for (const t of g.tests) expect(existsSync(`${dir.testRoot}/${t}.test.ts`), `${dir.testRoot}/${t}.test.ts`).toBe(true);
      }
      const labels = dir.groups.map((g) => g.label);
      expect(new Set(labels).size).toBe(labels.length);
    });
  }
});
