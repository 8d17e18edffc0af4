/**
 * CLI sweeps in-process (runCli with the test model): `--grid` and `--repeat` points with their
 * index, point count and derived seeds; `--shard` parts that add up to the whole; several workers
 * finishing in scrambled order giving exactly the serial output, and failing where the serial run
 * fails; a refusal for every inconsistent sweep; and `merge` putting shards back together.
 * The worker-thread pool itself runs in tests/unit/cli/sweepProcess.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src/cli/main';
import { runOne } from '../../../src/cli/runItem';
import type { WorkerFactory } from '../../../src/cli/sweep';
import { defineModel, type ModelDefinition } from '../../../src/core/model';
import { deriveSeed } from '../../../src/core/rng';
import wave, { type WaveParams } from '../../fixtures/wave-model';

/** The test model with a random seed parameter (its run ignores it; the documents echo it). */
const seeded = defineModel<WaveParams>({
  ...wave,
  id: 'seeded',
  params: [...wave.params, { key: 'seed', kind: 'integer', label: 'Seed', help: 'Random seed.', unit: '', min: 0, max: 4294967295, default: 7 }],
});
const loaders: Record<string, () => Promise<ModelDefinition>> = { wave: async () => wave, seeded: async () => seeded };
const fixedTime = new Date('2026-01-02T03:04:05Z');

/** Workers that run points in this thread after scrambled delays, so they finish out of order. */
const scrambledWorkers: WorkerFactory = (model, settings, count) =>
  Array.from({ length: count }, () => ({
    run: async (t) => {
      await new Promise((r) => setTimeout(r, (t.index * 7919) % 13));
      return runOne(model, settings, t.sets, () => '', { index: t.index, points: t.points, sweep: t.sweep, deriveSeed: t.deriveSeed });
    },
    terminate: async () => {},
  }));

async function cli(argv: string[], extra: Partial<CliIo> = {}, files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const readFile = (p: string) => {
    if (!Object.hasOwn(files, p)) throw new Error('ENOENT');
    return files[p];
  };
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile, fixedTime, ...extra }, loaders);
  const docs = code === 0 && !argv.includes('merge') ? stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
  return { code, stdout, stderr, docs };
}

const cheap = ['--set', 'steps=20'];

describe('--grid and --repeat', () => {
  it('runs the cartesian product in nested-loop order, each line starting with its index and the point count', async () => {
    const r = await cli(['wave', ...cheap, '--grid', 'amplitude=1 mm:3 mm:3', '--grid', 'shape=sine,square']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.docs.map((d) => [d.index, d.points, d.params.amplitude, d.params.shape])).toEqual([
      [0, 6, 0.001, 'sine'],
      [1, 6, 0.001, 'square'],
      [2, 6, 0.002, 'sine'],
      [3, 6, 0.002, 'square'],
      [4, 6, 0.003, 'sine'],
      [5, 6, 0.003, 'square'],
    ]);
    expect(Object.keys(r.docs[0]).slice(0, 10)).toEqual(['index', 'points', 'sweep', 'crucible', 'commit', 'model', 'params', 'seed', 'time', 'partial']);
    expect(r.docs.every((d) => d.time === fixedTime.toISOString())).toBe(true);
    // the peak follows the amplitude of each point
    expect(r.docs[4].summary.peak / r.docs[0].summary.peak).toBeCloseTo(3, 12);
  });

  it('runs K seeds per point, seed = deriveSeed(base, index) as in the app sweeps, innermost', async () => {
    const r = await cli(['seeded', ...cheap, '--grid', 'shape=sine,square', '--repeat', '3', '--set', 'seed=11']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.docs.map((d) => d.params.shape)).toEqual(['sine', 'sine', 'sine', 'square', 'square', 'square']);
    expect(r.docs.map((d) => d.seed)).toEqual([0, 1, 2, 3, 4, 5].map((i) => deriveSeed(11, i)));
    expect(new Set(r.docs.map((d) => d.seed)).size).toBe(6);
    // without --set seed the base is the default (7); --repeat alone sweeps one point
    const alone = await cli(['seeded', ...cheap, '--repeat', '2']);
    expect(alone.docs.map((d) => [d.index, d.points, d.seed])).toEqual([
      [0, 2, deriveSeed(7, 0)],
      [1, 2, deriveSeed(7, 1)],
    ]);
  });

  it('crosses a --sweep file with the grids (line outermost) and names the line and point of an error', async () => {
    const files = { 's.jsonl': '{"steps": 10}\n\n{"steps": 30}' };
    const r = await cli(['wave', '--sweep', 's.jsonl', '--grid', 'shape=sine,square'], {}, files);
    expect(r.docs.map((d) => [d.index, d.params.steps, d.params.shape])).toEqual([
      [0, 10, 'sine'],
      [1, 10, 'square'],
      [2, 30, 'sine'],
      [3, 30, 'square'],
    ]);
    const bad = await cli(['wave', '--sweep', 's.jsonl', '--grid', 'failAt=-1,50'], {}, files);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('sim: --sweep line 1, --grid failAt=50: invalid failAt: must be less than steps\n');
    expect(bad.stdout.trim().split('\n').map((l) => JSON.parse(l).index)).toEqual([0]);
  });

  it('refuses inconsistent sweeps with exit 2 and one line', async () => {
    const files = { 's.jsonl': '{"shape": "sine"}', 'own.jsonl': '{"seed": 3}' };
    const cases: [string[], RegExp][] = [
      [['wave', '--repeat', '2'], /--repeat: wave has no random seed/],
      [['seeded', '--sweep', 'own.jsonl', '--repeat', '2'], /--sweep line 1, repeat 1 of 2: gives its own seed/],
      [['seeded', '--grid', 'seed=1,2', '--repeat', '2'], /gives its own seed/],
      [['wave', '--grid', 'shape=sine', '--set', 'shape=square'], /--grid shape: shape is also given with --set/],
      [['wave', '--grid', 'steps=10,20', '--grid', 'steps=30'], /--grid steps is given twice/],
      [['wave', '--sweep', 's.jsonl', '--grid', 'shape=square'], /--sweep line 1, --grid shape=square: shape is given by the line and by --grid/],
      [['wave', '--grid', 'steps=2:1000:1001', '--grid', 'amplitude=log:1e-6:1:1000'], /the sweep has 1001000 points; at most 1000000/],
      [['wave', '--grid', 'shape=sine', '--format', 'csv'], /--format csv cannot be used/],
      [['wave', '--jobs', '2'], /--jobs needs --sweep, --grid or --repeat/],
      [['wave', '--grid', 'shape=sine', '--jobs', '0'], /--jobs must be a whole number from 1 to 1024, got "0"/],
      [['seeded', '--repeat', '-1'], /--repeat must be a whole number from 1 to 100000, got "-1"/],
      [['seeded', '--repeat', '2.5'], /--repeat must be a whole number/],
      [['seeded', '--repeat', '2', '--repeat', '3'], /--repeat may be given only once/],
      [['wave', '--grid', 'shape=sine', '--shard', '3/3'], /--shard must be i\/n, whole numbers with 0 ≤ i < n, got "3\/3"/],
      [['wave', '--grid', 'shape=sine', '--shard', '1/0'], /--shard must be i\/n, .*got "1\/0"/],
      [['wave', '--grid', 'shape=sine', '--shard', 'first'], /--shard must be i\/n, .*got "first"/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, {}, files);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr, argv.join(' ')).toMatch(message);
    }
  });
});

describe('--shard and merge', () => {
  const argv = ['seeded', ...cheap, '--grid', 'amplitude=log:1 mm:100 mm:5', '--repeat', '2'];

  it('splits the points by index modulo n; shards concatenated in any order merge to the whole run', async () => {
    const whole = await cli(argv);
    const shards = await Promise.all([0, 1, 2].map((i) => cli([...argv, '--shard', `${i}/3`])));
    expect(shards.map((s) => s.docs.map((d) => d.index))).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
    const files = { a: shards[2].stdout + shards[0].stdout, b: shards[1].stdout };
    const merged = await cli(['merge', 'b', 'a'], {}, files);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('refuses to merge missing, repeated or foreign lines, naming them, with exit 2 and nothing on stdout', async () => {
    const whole = (await cli(argv)).stdout.trim().split('\n');
    const other = (await cli(['seeded', ...cheap, '--repeat', '3'])).stdout.trim().split('\n');
    // the same model and number of points, other parameters: shards of another sweep
    const stale = (await cli(['seeded', '--set', 'steps=30', '--grid', 'amplitude=log:1 mm:100 mm:5', '--repeat', '2', '--shard', '1/2'])).stdout.trim().split('\n');
    // the same sweep run from another commit
    const rebuilt = (await cli([...argv, '--shard', '1/2'], { build: { version: 'unknown', commit: 'abc1234' } })).stdout.trim().split('\n');
    const cases: [Record<string, string>, RegExp][] = [
      [{ a: whole.filter((_, i) => i !== 4 && i !== 7).join('\n') }, /merge: 2 of 10 points are missing: index 4, 7$/],
      [{ a: whole.join('\n'), b: whole[3] }, /merge: 1 line\(s\) repeat an index: index 3 is in a line 4 and in b line 1/],
      [{ a: whole.join('\n'), b: other[0] }, /merge: b line 1 belongs to another sweep \("seeded", 3 points\) than a line 1 \("seeded", 10 points\)/],
      [{ a: whole.filter((_, i) => i % 2 === 0).join('\n'), b: stale.join('\n') }, /merge: b line 1 belongs to another sweep \(sweep [0-9a-f]{16}\) than a line 1 \(sweep [0-9a-f]{16}\): the same command must make every shard/],
      [{ a: whole.filter((_, i) => i % 2 === 0).join('\n'), b: rebuilt.join('\n') }, /merge: b line 1 was made by another build \(crucible, commit \["unknown","abc1234"\]\) than a line 1 \(\["unknown",null\]\): run every shard from the same checkout/],
      [{ a: whole.join('\n') + '\n{"index": 1}' }, /merge: a line 11: no "points" count/],
      [{ a: '{"index": 12, "points": 10}' }, /merge: a line 1: "index" must be a whole number from 0 to 9, got 12/],
      [{ a: 'not json' }, /merge: a line 1: not valid JSON/],
      [{ a: '\n\n' }, /merge: the files hold no lines/],
      [{}, /merge: give the sweep output files/],
    ];
    for (const [files, message] of cases) {
      const r = await cli(['merge', ...Object.keys(files)], {}, files);
      expect(r.code, JSON.stringify(files).slice(0, 80)).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toMatch(message);
    }
    const twice = await cli(['merge', 'a', 'b', 'a'], {}, { a: whole.join('\n'), b: '' });
    expect([twice.code, twice.stdout, twice.stderr]).toEqual([2, '', 'sim: merge: the file "a" is given twice\n']);
    const missing = await cli(['merge', 'nope.jsonl']);
    expect(missing.stderr).toBe('sim: merge: cannot read file "nope.jsonl"\n');
    const option = await cli(['merge', '--jobs', '2']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^sim: merge takes file names only, got "--jobs"; usage: npm run -s sim -- merge FILE.jsonl/);
    const help = await cli(['merge', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run -s sim -- merge FILE.jsonl/);
  });
});

describe('several workers', () => {
  const argv = ['seeded', ...cheap, '--grid', 'amplitude=log:1 mm:100 mm:7', '--grid', 'shape=sine,square', '--repeat', '2'];

  it('give exactly the serial output, whatever order they finish in', async () => {
    const serial = await cli([...argv, '--jobs', '1'], { workers: scrambledWorkers });
    const pooled = await cli([...argv, '--jobs', '5'], { workers: scrambledWorkers });
    const byDefault = await cli(argv, { workers: scrambledWorkers, cores: 3 });
    expect(serial.docs).toHaveLength(28);
    expect(pooled.stdout).toBe(serial.stdout);
    expect(byDefault.stdout).toBe(serial.stdout);
  });

  it('stop where the serial run stops: the same lines, then the same message and exit code', async () => {
    for (const [extra, code] of [
      [['--grid', 'failAt=-1,-1,-1,25,-1,30'], 1],
      [['--grid', 'steps=20,20,20,20,20,20,20,1,20,20,2'], 2],
    ] as const) {
      const serial = await cli(['wave', ...extra, '--jobs', '1'], { workers: scrambledWorkers });
      const pooled = await cli(['wave', ...extra, '--jobs', '4'], { workers: scrambledWorkers });
      expect(serial.code).toBe(code);
      expect(pooled.code).toBe(code);
      expect(pooled.stdout).toBe(serial.stdout);
      expect(pooled.stderr).toBe(serial.stderr);
    }
  });

  it('draw one progress line for the whole sweep and end it', async () => {
    const fractions: number[] = [];
    let labels = '';
    let ended = 0;
    const progress = (label: string) => {
      labels += label;
      return { onProgress: (p: { fraction: number }) => fractions.push(p.fraction), end: () => ended++ };
    };
    const r = await cli(['wave', ...cheap, '--grid', 'shape=sine,square', '--grid', 'amplitude=1 mm,2 mm'], { workers: scrambledWorkers, cores: 2, progress });
    expect(r.code).toBe(0);
    expect(labels).toBe('wave, 4 points');
    expect(fractions).toEqual([0.25, 0.5, 0.75, 1]);
    expect(ended).toBe(1);
  });

  it('on abort write the lines already done in index order, say how many on stderr and exit 130', async () => {
    const stop = new AbortController();
    const slowFromFour: WorkerFactory = (model, settings, count) =>
      scrambledWorkers(model, settings, count).map((w) => ({
        run: async (t) => {
          if (t.index === 4) setTimeout(() => stop.abort(), 30);
          return t.index >= 4 && t.index % 2 === 0 ? new Promise<string>(() => {}) : w.run(t);
        },
        terminate: w.terminate,
      }));
    const r = await cli(['wave', ...cheap, '--grid', 'amplitude=1 mm:11 mm:11', '--jobs', '2'], { workers: slowFromFour, signal: stop.signal });
    expect(r.code).toBe(130);
    const indices = r.stdout.trim().split('\n').map((l) => JSON.parse(l).index);
    expect(indices.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(indices.every((i) => i < 4 || i % 2 === 1)).toBe(true);
    expect(r.stderr).toBe(`sim: interrupted: ${indices.length} of 11 points written (each line carries its index; \`merge\` lists the missing ones)\n`);
  });
});

describe('Ctrl-C on a single run', () => {
  it('cancels the model run, says so in one line and exits 130 with nothing on stdout', async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 50);
    const r = await cli(['wave', '--preset', 'long'], { signal: stop.signal });
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sim: interrupted\n');
  });
});
