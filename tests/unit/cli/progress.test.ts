import { describe, expect, it } from 'vitest';
import { formatRemaining, progressLine } from '../../../src/cli/progress';
import { runCli } from '../../../src/cli/main';
import wave from '../../fixtures/wave-model';

const ERASE = '\r\x1b[2K';

describe('CLI progress line', () => {
  it('redraws at most four times a second, adds the time left once stable, and erases itself', () => {
    const writes: string[] = [];
    let clock = 0;
    const line = progressLine((t) => writes.push(t), 'wave', () => clock);
    const total = 20_000;
    for (clock = 100; clock < total; clock += 100) line.onProgress({ fraction: clock / total });
    expect(writes.length, `redraws over 20 s: ${writes.length}`).toBeLessThanOrEqual(4 * 20 + 1);
    expect(writes.every((w) => w.startsWith(`${ERASE}wave: `))).toBe(true);
    expect(writes[0]).toBe(`${ERASE}wave: 0.5 %`);
    const at10s = writes.find((w) => w.includes('50.0 %'));
    expect(at10s).toBe(`${ERASE}wave: 50.0 % · about 10 s left`);
    line.end();
    expect(writes.at(-1)).toBe(ERASE);
  });

  it('words the time left in s, min and h', () => {
    expect(formatRemaining(400)).toBe('about 1 s left');
    expect(formatRemaining(42_300)).toBe('about 43 s left');
    expect(formatRemaining(600_000)).toBe('about 10 min left');
    // no jump at the seconds/minutes boundary: 61 s is about 1 min, not 2
    expect(formatRemaining(61_000)).toBe('about 1 min left');
    expect(formatRemaining(100_000)).toBe('about 2 min left');
    expect(formatRemaining(3 * 3600_000)).toBe('about 3.0 h left');
  });

  it('is drawn on stderr during a CLI run when asked for, and leaves stdout one JSON document', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      ['wave', '--set', 'steps=200', '--set', 'workMs=3'],
      {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        readFile: () => '',
        progress: (label) => progressLine((t) => (stderr += t), label),
      },
      { wave: async () => wave },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.samples).toBe(200);
    expect(stderr.startsWith(`${ERASE}wave: `)).toBe(true);
    expect(stderr).toMatch(/wave: \d+\.\d %/);
    expect(stderr.endsWith(ERASE)).toBe(true);
  });
});
