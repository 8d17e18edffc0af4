/**
 * Prints the mutation score per directory (src/core, src/models, each model, each model's
 * subfolders, and src/app for the session and worker client) and in total over src/models and src/core, merging the JSON reports of every run so far (reports/mutation/*.json,
 * written by `npm run mutation`; or the report paths given as arguments): a file measured in several
 * runs counts once, with its newest report. Says when each report was written, which files it
 * supplies, and which files of src/models, src/core and the app's groups no report covers yet.
 * Score = detected / (detected + undetected), detected = killed + timeout, undetected = survived +
 * no coverage (Stryker's definition; ignored mutants and mutants that do not compile are not counted).
 * Exits 1 when src/models or src/core is below 80 %, or when one of them has no report; src/app is
 * printed but neither in the total nor in the exit status.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { MUTATION_DIRS, REPORT_DIR } from './mutation-dirs.mjs';

const FLOOR = 80;
const given = process.argv.slice(2);
const found = existsSync(REPORT_DIR) ? readdirSync(REPORT_DIR).filter((f) => f.endsWith('.json')).map((f) => `${REPORT_DIR}/${f}`) : [];
/** Oldest first, so a newer report of the same file replaces an older one. */
const reports = (given.length > 0 ? given : found).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
if (reports.length === 0) {
  console.error(`mutation: no report in ${REPORT_DIR}; run npm run mutation first`);
  process.exit(1);
}

/** Source files (relative path) → their mutants, from the newest report that has them. */
const files = new Map();
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const names = Object.keys(report.files).map((n) => n.replace(/\\/g, '/'));
  console.log(`${file} (${statSync(file).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC): ${names.length} file(s)`);
  for (const [name, { mutants }] of Object.entries(report.files)) files.set(name.replace(/\\/g, '/'), mutants);
}

/** Every .ts file under a folder, relative to the repository root. */
const sources = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => `${dir}/${String(f).replace(/\\/g, '/')}`)
    .filter((f) => f.endsWith('.ts'));
/** The files of the partial directories (src/app): only those their groups list. */
const partialFiles = Object.values(MUTATION_DIRS)
  .filter((d) => d.partial)
  .flatMap((d) => d.groups.flatMap((g) => g.files.map((f) => `${d.root}/${f}`)));
const unmeasured = [...sources('src/models'), ...sources('src/core'), ...partialFiles].filter((f) => !files.has(f));
if (unmeasured.length > 0) console.log(`not measured yet (${unmeasured.length} files): ${unmeasured.join(', ')}`);

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
/** True for the directories under the 80 % floor, whose files make the total. */
const floored = (path) => path.startsWith('src/models/') || path.startsWith('src/core/');
for (const [path, mutants] of files) for (const m of mutants) for (const g of [...(floored(path) ? ['total'] : []), ...groupsOf(path)]) add(g, m.status);

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
