/**
 * Prints the mutation score per directory (src/models, each model, src/core) and in total from
 * Stryker's JSON report (reports/mutation/mutation.json, or the path given as the first argument),
 * after `stryker run` in `npm run mutation`.
 * Score = detected / (detected + undetected), detected = killed + timeout, undetected = survived +
 * no coverage (Stryker's definition; ignored mutants and mutants that do not compile are not counted).
 * Exits 1 when src/models or src/core is below 80 %.
 */
import { readFileSync } from 'node:fs';

const REPORT = process.argv[2] ?? 'reports/mutation/mutation.json';
const FLOOR = 80;

const report = JSON.parse(readFileSync(REPORT, 'utf8'));

/** Directory groups a file counts toward: every parent directory from src/ down to its own. */
function groupsOf(path) {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/')).filter((g) => g.includes('/'));
}

const tally = new Map();
const add = (group, status) => {
  const t = tally.get(group) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  if (status === 'Killed') t.killed++;
  else if (status === 'Timeout') t.timeout++;
  else if (status === 'Survived') t.survived++;
  else if (status === 'NoCoverage') t.noCoverage++;
  tally.set(group, t);
};
for (const [file, { mutants }] of Object.entries(report.files)) {
  const path = file.replace(/\\/g, '/');
  for (const m of mutants) for (const g of ['total', ...groupsOf(path)]) add(g, m.status);
}

const score = (t) => {
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return valid === 0 ? NaN : (100 * detected) / valid;
};
const rows = [...tally.entries()].sort(([a], [b]) => (a === 'total' ? 1 : b === 'total' ? -1 : a.localeCompare(b)));
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('mutation score', 32)}${pad('score', 9)}${pad('killed', 8)}${pad('timeout', 9)}${pad('survived', 10)}no cov.`);
for (const [group, t] of rows) {
  console.log(`${pad(group, 32)}${pad(score(t).toFixed(2) + ' %', 9)}${pad(t.killed, 8)}${pad(t.timeout, 9)}${pad(t.survived, 10)}${t.noCoverage}`);
}
const low = ['src/models', 'src/core'].filter((g) => tally.has(g) && score(tally.get(g)) < FLOOR);
if (low.length > 0) {
  console.error(`mutation: ${low.join(', ')} below ${FLOOR} %`);
  process.exit(1);
}
