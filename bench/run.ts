/**
 * `npm run bench`: runs every `bench/*.bench.ts` module's exported `bench()` and prints one JSON
 * document `{ node, date, results: { <file>: { <figure>: number } } }` on stdout.
 * Figures are medians over repeats, as each bench module states; progress goes to stderr.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

/** A bench module exports `bench()` returning named figures (units in the name, e.g. `ms`, `perSecond`). */
export type BenchFn = () => Promise<Record<string, number>>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const results: Record<string, Record<string, number>> = {};
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench: BenchFn };
  results[file.replace(/\.bench\.ts$/, '')] = await mod.bench();
}
process.stdout.write(JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + '\n');
