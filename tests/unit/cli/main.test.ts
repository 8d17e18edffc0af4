import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import wave from '../../fixtures/wave-model';

const loaders = { wave: async () => wave };

async function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      readFile: (p) => {
        if (!(p in files)) throw new Error('ENOENT');
        return files[p];
      },
    },
    loaders,
  );
  return { code, stdout, stderr };
}

describe('CLI', () => {
  it('prints exactly one JSON document with SI params, summary and series', async () => {
    const r = await cli(['wave', '--set', 'amplitude=5 mm', '--set', 'steps=50']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc.model).toBe('wave');
    expect(doc.params.amplitude).toBeCloseTo(0.005, 15);
    expect(doc.series.y).toHaveLength(50);
    expect(doc.summary.peak).toBeGreaterThan(0);
  });

  it('starts each JSON document with its provenance: build, model, SI params, seed, time, partial', async () => {
    let stdout = '';
    const build = { version: '9.8.7', commit: 'abc1234' };
    const code = await runCli(['wave', '--set', 'amplitude=5 mm', '--set', 'steps=50'], { stdout: (t) => (stdout += t), stderr: () => {}, readFile: () => '', build }, loaders);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc).slice(0, 7)).toEqual(['crucible', 'commit', 'model', 'params', 'seed', 'time', 'partial']);
    expect(doc).toMatchObject({ crucible: '9.8.7', commit: 'abc1234', model: 'wave', partial: false });
    expect(doc.params.amplitude).toBeCloseTo(0.005, 15);
    expect(Math.abs(Date.now() - Date.parse(doc.time))).toBeLessThan(60_000);
  });

  it('reads the version from package.json and the commit from git', async () => {
    const { readBuildInfo } = await import('../../../src/cli/build');
    const pkg = (await import('../../../package.json')).default;
    const info = readBuildInfo();
    expect(info.version).toBe(pkg.version);
    expect(info.commit === null || /^[0-9a-f]{7,40}$/.test(info.commit)).toBe(true);
  });

  it('applies presets and prints CSV', async () => {
    const r = await cli(['wave', '--preset', 'long', '--set', 'workMs=0', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\r\n');
    // the test model has no unit table: its columns say so rather than guess
    expect(lines[0]).toBe('x [unknown unit],y [unknown unit]');
    expect(lines).toHaveLength(401);
  });

  it('exits 2 with one line naming the bad field', async () => {
    const r = await cli(['wave', '--set', 'amplitude=3 K']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^sim: invalid amplitude: /);
  });

  it('rejects unknown models, presets, options and fields with exit code 2', async () => {
    for (const argv of [['nope'], ['wave', '--preset', 'x'], ['wave', '--frobnicate'], ['wave', '--set', 'zz=1'], ['wave', '--set', 'novalue']]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('lists models and parameters with units, ranges and defaults', async () => {
    const general = await cli(['--help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('models: wave');
    // the help names every provenance field a document starts with
    for (const key of ['crucible', 'commit', 'model', 'params', 'seed', 'time', 'partial']) expect(general.stdout, key).toMatch(new RegExp(`[{ ]${key}[,} ]`));
    const model = await cli(['wave', '--help']);
    expect(model.stdout).toMatch(/amplitude\s+\[m\]\s+0\.001 – 1000 mm\s+default 10 mm/);
    expect(model.stdout).toContain('long');
  });

  it('runs a JSON-lines sweep, sharded', async () => {
    const sweep = ['{"steps": 10}', '{"steps": 20}', '{"steps": 30}', '{"steps": 40}'].join('\n');
    const all = await cli(['wave', '--sweep', 's.jsonl'], { 's.jsonl': sweep });
    expect(all.code).toBe(0);
    expect(all.stdout.trim().split('\n').map((l) => JSON.parse(l).summary.samples)).toEqual([10, 20, 30, 40]);
    const shard = await cli(['wave', '--sweep', 's.jsonl', '--shard', '1/2'], { 's.jsonl': sweep });
    expect(shard.stdout.trim().split('\n').map((l) => JSON.parse(l).summary.samples)).toEqual([20, 40]);
    const bad = await cli(['wave', '--sweep', 's.jsonl'], { 's.jsonl': '{"steps": 10}\nnot json' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 2/);
  });

  it('reports a model error with exit code 1', async () => {
    const r = await cli(['wave', '--set', 'failAt=3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/deliberate failure/);
  });
});

describe('CLI and input problems found during a run', () => {
  it('exits 2 naming the field when the model rejects its input mid-run', async () => {
    const { InvalidParamsError } = await import('../../../src/core/model');
    const picky = { ...wave, run: async () => Promise.reject(new InvalidParamsError('amplitude', 'amplitude: too wobbly for this model')) };
    let stderr = '';
    const code = await runCli(['picky'], { stdout: () => {}, stderr: (t) => (stderr += t), readFile: () => '' }, { picky: async () => picky });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('sim: invalid amplitude: too wobbly for this model');
  });
});

describe('CLI: hostile names, plumbing and message shape (issue 11, items 2 and 7)', () => {
  const oneLine = (r: { stderr: string }) => expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);

  it('refuses prototype names as models with exit 2, with and without --help', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      for (const argv of [[name], [name, '--help']]) {
        const r = await cli(argv);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stderr).toMatch(/^sim: unknown model/);
        oneLine(r);
      }
    }
  });

  it('refuses prototype names given as parameters, on the command line and in a sweep line', async () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const r = await cli(['wave', '--set', `${name}=1`]);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toContain(`${name}: unknown parameter`);
    }
    const sweep = await cli(['wave', '--sweep', 's.jsonl'], { 's.jsonl': '{"steps": 10}\n{"__proto__": {"steps": 20}}' });
    expect(sweep.code).toBe(2);
    expect(sweep.stderr).toMatch(/^sim: --sweep line 2: invalid __proto__: unknown parameter/);
    expect(sweep.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('names the sweep line of a parameter error, and of an error the model raises', async () => {
    const bad = await cli(['wave', '--sweep', 's.jsonl'], { 's.jsonl': '{"steps": 10}\n\n{"steps": 1}' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^sim: --sweep line 3: invalid steps: 1 is out of range/);
    const failing = await cli(['wave', '--sweep', 's.jsonl'], { 's.jsonl': '{"failAt": 3}' });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/^sim: --sweep line 1: .*deliberate failure/);
  });

  it('refuses --format csv with --sweep, --shard without --sweep, and any single-valued option or --set key given twice', async () => {
    const files = { 's.jsonl': '{"steps": 10}' };
    for (const argv of [
      ['wave', '--shard', '0/2'],
      ['wave', '--sweep', 's.jsonl', '--format', 'csv'],
      ['wave', '--sweep', 's.jsonl', '--sweep', 's.jsonl'],
      ['wave', '--preset', 'long', '--preset', 'long'],
      ['wave', '--format', 'json', '--format', 'csv'],
      ['wave', '--set', 'steps=10', '--set', 'steps=20'],
    ]) {
      const r = await cli(argv, files);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      oneLine(r);
    }
  });

  it('never echoes a whole long or multi-line input: one short line on stderr', async () => {
    const huge = 'x'.repeat(100_000);
    for (const argv of [
      ['wave', '--set', `amplitude=${huge}`],
      ['wave', '--set', `${huge}=1`],
      ['wave', '--set', `shape=${huge}`],
      ['wave', '--preset', huge],
      [huge],
      ['wave', '--set', 'amplitude=1\n2 mm'],
      ['wave', '--set', 'a\nb=1'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ').slice(0, 40)).toBe(2);
      oneLine(r);
      expect(r.stderr.length, r.stderr.slice(0, 200)).toBeLessThan(400);
    }
  });

  it('refuses a unit without a number', async () => {
    const r = await cli(['wave', '--set', 'amplitude=mm']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/amplitude: "mm" is a unit without a number/);
  });

  it('prints any model error as one line of at most 1000 characters', async () => {
    const noisy = { ...wave, run: async () => Promise.reject(new Error(`first\nsecond\r\n${'x'.repeat(5000)}`)) };
    let stderr = '';
    const code = await runCli(['noisy'], { stdout: () => {}, stderr: (t) => (stderr += t), readFile: () => '' }, { noisy: async () => noisy });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr.startsWith('sim: first second x')).toBe(true);
    expect(stderr.length).toBeLessThanOrEqual('sim: '.length + 1000 + 1);
  });

  it('does not repeat a cross-field message as its "allowed" text', async () => {
    const r = await cli(['wave', '--set', 'steps=10', '--set', 'failAt=20']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/allowed/);
  });
});

