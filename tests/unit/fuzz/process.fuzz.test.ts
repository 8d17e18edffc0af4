/**
 * Fuzz sample through the real CLI process (`tsx src/cli.ts`, as `npm run sim` runs it): prototype
 * names, unit-only values, hostile keys and random text exit 2 with one line on stderr and no stack
 * trace; a reader that closes the pipe early (`| head -c 10`) ends the run quietly (exit 0, no stderr).
 * The in-process fuzz (cli.fuzz.test.ts) covers many more cases; this checks the process edges
 * (FUZZ_RUNS raises the random sample to at most 10 processes).
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { fcParams, fuzzRuns, PROTOTYPE_NAMES } from './fuzzConfig';

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; with `closeAfterBytes`, closes its stdout after that many bytes like `head -c`. */
function sim(argv: string[], closeAfterBytes?: number): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (closeAfterBytes !== undefined && stdout.length >= closeAfterBytes) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function expectOneLineRefusal(argv: string[], r: Exit) {
  const shown = JSON.stringify(argv).slice(0, 200);
  expect(r.code, `${shown}: ${r.stderr.slice(0, 300)}`).toBe(2);
  expect(r.stderr.split('\n'), shown).toHaveLength(2);
  expect(r.stderr).toMatch(/^sim: /);
  expect(r.stderr, shown).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('fuzz sample: the CLI process', () => {
  it('refuses prototype names, unit-only values and random text with exit 2 and one line', async () => {
    const random = fc.sample(fc.tuple(fc.constantFrom('solidification', 'hydrogen', 'ionhop'), fc.constantFrom('G', 'T', 'a', ...PROTOTYPE_NAMES), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 })), {
      numRuns: Math.min(fuzzRuns(1), 10),
      seed: fcParams(1).seed,
    });
    const cases: string[][] = [
      ['__proto__', '--help'],
      ['ionhop', '--set', '__proto__=1', '--set', 'a=angstrom'],
      ['hydrogen', '--set', `T=${'9'.repeat(100_000)}x`],
      ...random.map(([m, k, v]) => [m, '--set', `${k}=${v}x`]),
    ];
    // two at a time: each process loads the models, and the test machine has two cores
    for (let i = 0; i < cases.length; i += 2) {
      const pair = cases.slice(i, i + 2);
      const results = await Promise.all(pair.map((argv) => sim(argv)));
      pair.forEach((argv, j) => expectOneLineRefusal(argv, results[j]));
      if (i === 2) expect(results[0].stderr.length).toBeLessThan(300);
    }
  }, 180_000);

  it('ends quietly when the reader closes the pipe early', async () => {
    const r = await sim(['hydrogen'], 10);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);
});
