/**
 * `sim merge FILE...`: joins the JSON lines of sweep shards (in any order, concatenated or in
 * several files) into the single-process output: every line's `index` and `points` are read, the
 * lines are sorted by index and printed unchanged. Refused, with nothing printed: a line that is not
 * a sweep document, shards of different sweeps (points, model or sweep id differ) or of different
 * builds (`crucible` version or git `commit` differ), an index given twice, and
 * any index from 0 to points − 1 that is missing.
 */
import { quoteInput } from '../core/quote';
import { InputError } from './runItem';

/** A sweep output file: its name (for messages) and text. */
export interface MergeInput {
  name: string;
  text: string;
}

/** Most indices listed in one message. */
const LIST_MAX = 10;

interface Found {
  index: number;
  points: number;
  model: unknown;
  sweep: unknown;
  /** Crucible version and git commit of the run (`crucible`, `commit`), as JSON. */
  build: string;
  text: string;
  at: string;
}

function listed(indices: number[]): string {
  return indices.slice(0, LIST_MAX).join(', ') + (indices.length > LIST_MAX ? `, … (${indices.length} in all)` : '');
}

function readLine(text: string, at: string): Found {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new InputError(`merge: ${at}: not valid JSON`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InputError(`merge: ${at}: expected a JSON document of a sweep`);
  const index: unknown = Reflect.get(doc, 'index');
  const points: unknown = Reflect.get(doc, 'points');
  if (!(typeof points === 'number' && Number.isInteger(points) && points >= 1)) throw new InputError(`merge: ${at}: no "points" count (is it the output of a sweep?)`);
  if (!(typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < points)) {
    throw new InputError(`merge: ${at}: "index" must be a whole number from 0 to ${points - 1}, got ${typeof index === 'number' ? index : quoteInput(index)}`);
  }
  const build = JSON.stringify([Reflect.get(doc, 'crucible') ?? null, Reflect.get(doc, 'commit') ?? null]);
  return { index, points, model: Reflect.get(doc, 'model'), sweep: Reflect.get(doc, 'sweep'), build, text, at };
}

/**
 * The lines of `inputs` sorted by index, one per line, ending with a newline. Throws InputError
 * naming the file and line of the first problem, or listing the missing or repeated indices.
 */
export function mergeSweeps(inputs: readonly MergeInput[]): string {
  if (inputs.length === 0) throw new InputError('merge: give the sweep output files to merge (e.g. merge out-*.jsonl)');
  const twice = inputs.find((x, i) => inputs.findIndex((y) => y.name === x.name) !== i);
  if (twice) throw new InputError(`merge: the file ${quoteInput(twice.name)} is given twice`);
  const found: Found[] = [];
  for (const { name, text } of inputs) {
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() !== '') found.push(readLine(line.trim(), `${name} line ${i + 1}`));
    });
  }
  if (found.length === 0) throw new InputError('merge: the files hold no lines');
  const first = found[0];
  const other = found.find((f) => f.points !== first.points || f.model !== first.model);
  if (other) {
    throw new InputError(`merge: ${other.at} belongs to another sweep (${quoteInput(other.model)}, ${other.points} points) than ${first.at} (${quoteInput(first.model)}, ${first.points} points)`);
  }
  const foreign = found.find((f) => f.sweep !== first.sweep);
  if (foreign) {
    const id = (f: Found) => (typeof f.sweep === 'string' ? `sweep ${quoteInput(f.sweep).slice(1, -1)}` : 'no sweep id');
    throw new InputError(`merge: ${foreign.at} belongs to another sweep (${id(foreign)}) than ${first.at} (${id(first)}): the same command must make every shard`);
  }
  const rebuilt = found.find((f) => f.build !== first.build);
  if (rebuilt) {
    throw new InputError(`merge: ${rebuilt.at} was made by another build (crucible, commit ${rebuilt.build}) than ${first.at} (${first.build}): run every shard from the same checkout`);
  }
  const byIndex: (Found | undefined)[] = new Array<Found | undefined>(first.points);
  const repeated: Found[] = [];
  for (const f of found) {
    if (byIndex[f.index]) repeated.push(f);
    else byIndex[f.index] = f;
  }
  if (repeated.length > 0) {
    const r = repeated[0];
    throw new InputError(`merge: ${repeated.length} line(s) repeat an index: index ${r.index} is in ${byIndex[r.index]!.at} and in ${r.at}; repeated indices: ${listed(repeated.map((f) => f.index))}`);
  }
  const missing = [...byIndex.keys()].filter((i) => byIndex[i] === undefined);
  if (missing.length > 0) throw new InputError(`merge: ${missing.length} of ${first.points} points are missing: index ${listed(missing)}`);
  return byIndex.map((f) => f!.text + '\n').join('');
}
