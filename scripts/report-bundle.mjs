/**
 * After `vite build`: reports the landing page's initial JavaScript (the entry script and the
 * chunks it preloads), gzipped, as one JSON line, and fails the build when it exceeds the budget.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 100;
const html = readFileSync('dist/index.html', 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
let raw = 0;
let gzip = 0;
for (const file of new Set(files)) {
  const bytes = readFileSync(join('dist', file));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
const report = { initialJsFiles: [...new Set(files)], initialJsKB: +(raw / 1024).toFixed(1), initialJsGzipKB: +(gzip / 1024).toFixed(1), budgetGzipKB: BUDGET_KB };
console.log(JSON.stringify(report));
if (gzip / 1024 > BUDGET_KB) {
  console.error(`build: the landing page's initial JavaScript is ${report.initialJsGzipKB} kB gzipped, over the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
