/**
 * Prints the mutation score per directory (src/core, src/models, each model, each model's
 * subfolders) and in total, merging the JSON reports of every directory measured so far
 * (reports/mutation/<dir>.json, written by `npm run mutation`; or the report paths given as
 * arguments), and says when each was written and which directories have no report yet.
 * Score = detected / (detected + undetected), detected = killed + timeout, undetected = survived +
 * no coverage (Stryker's definition; ignored mutants and mutants that do not compile are not counted).
 * Exits 1 when src/models or src/core is below 80 %, or when one of them has no report.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { MUTATION_DIRS, reportPath } from './mutation-dirs.mjs';

const FLOOR = 80;
const given = process.argv.slice(2);
const reports = given.length > 0 ? given : Object.keys(MUTATION_DIRS).map(reportPath).filter((p) => existsSync(p));
const missing = given.length > 0 ? [] : Object.keys(MUTATION_DIRS).filter((d) => !existsSync(reportPath(d)));

/** Directory groups a file counts toward: every parent directory from src/ down to its own. */
function groupsOf(path) {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/')).filter((g) => g.includes('/'));
}

const tally = new Map();
const add = (group, status) => {
  const t = tally.get(group) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
  if (status === 'Killed') t.killed++;
  else if (status === 'Timeout') t.timeout++;
  else if (status === 'Survived') t.survived++;
  else if (status === 'NoCoverage') t.noCoverage++;
  else if (status === 'Ignored') t.ignored++;
  tally.set(group, t);
};
for (const file of reports) {
  console.log(`report ${file}, written ${statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [name, { mutants }] of Object.entries(report.files)) {
    const path = name.replace(/\\/g, '/');
    for (const m of mutants) for (const g of ['total', ...groupsOf(path)]) add(g, m.status);
  }
}
if (missing.length > 0) console.log(`not measured yet: ${missing.join(', ')} (npm run mutation -- --dir NAME)`);

const score = (t) => {
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return valid === 0 ? NaN : (100 * detected) / valid;
};
const rows = [...tally.entries()].sort(([a], [b]) => (a === 'total' ? 1 : b === 'total' ? -1 : a.localeCompare(b)));
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('mutation score', 40)}${pad('score', 10)}${pad('killed', 8)}${pad('timeout', 9)}${pad('survived', 10)}${pad('no cov.', 9)}ignored`);
for (const [group, t] of rows) {
  console.log(
    `${pad(group, 40)}${pad(score(t).toFixed(2) + ' %', 10)}${pad(t.killed, 8)}${pad(t.timeout, 9)}${pad(t.survived, 10)}${pad(t.noCoverage, 9)}${t.ignored}`,
  );
}
const low = ['src/models', 'src/core'].filter((g) => !tally.has(g) || score(tally.get(g)) < FLOOR);
if (low.length > 0) {
  console.error(`mutation: ${low.map((g) => (tally.has(g) ? `${g} below ${FLOOR} %` : `${g} not measured`)).join(', ')}`);
  process.exit(1);
}
