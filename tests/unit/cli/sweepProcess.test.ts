/**
 * Sweeps through the real CLI process (`tsx src/cli.ts`, as `npm run sim` runs it) with real
 * worker threads: `--jobs N` prints the serial run's lines (seeded ion hopping; the only field
 * that differs is the wall-clock speed `eventsPerSecond`); Ctrl-C writes the finished lines and
 * exits 130; the README's batch recipe — three shards through GNU parallel when installed, else
 * `xargs -P 3` — merges to the single-process output byte for byte; and the Slurm array script
 * runs exactly its shard. SOURCE_DATE_EPOCH fixes the `time` of every document.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` in the checkout; `onStdout` sees the output as it grows (and may signal the child). */
function run(command: string, args: string[], extra: NodeJS.ProcessEnv = {}, onStdout?: (text: string, kill: (s: NodeJS.Signals) => void) => void): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      onStdout?.(stdout, (s) => child.kill(s));
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sim = (args: string[], onStdout?: Parameters<typeof run>[3]) => run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {}, onStdout);

/** The line with ion hopping's measured speed (wall clock, differs from run to run) blanked. */
const withoutSpeed = (line: string) => line.replace(/"eventsPerSecond":[^,}]+/, '"eventsPerSecond":0');

describe('--jobs through the CLI process', () => {
  it('prints exactly the serial lines with 2 or 3 worker threads and with the default (all cores)', async () => {
    const argv = ['ionhop', '--set', 'L=5', '--set', 'steps=3000', '--set', 'replicas=1', '--grid', 'T=300:600:4', '--grid', 'lattice=sc,bcc', '--repeat', '2'];
    const serial = await sim([...argv, '--jobs', '1']);
    expect(serial.code, serial.stderr).toBe(0);
    const lines = serial.stdout.trim().split('\n');
    expect(lines).toHaveLength(16);
    expect(lines.map((l) => JSON.parse(l).index)).toEqual([...lines.keys()]);
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(JSON.parse(lines[0])).toMatchObject({ points: 16, commit, time: '2026-01-01T00:00:00.000Z' });
    for (const jobs of [['--jobs', '2'], ['--jobs', '3'], []]) {
      const pooled = await sim([...argv, ...jobs]);
      expect(pooled.code, pooled.stderr).toBe(0);
      expect(pooled.stderr).toBe('');
      expect(pooled.stdout.trim().split('\n').map(withoutSpeed), jobs.join(' ')).toEqual(lines.map(withoutSpeed));
    }
  }, 120_000);

  it('same error, same lines before it, same exit code as the serial run', async () => {
    const argv = ['solidification', '--set', 'mode=steady', '--grid', 'G=1 K/mm,2 K/mm,3 K/mm,0.01 K/mm,5 K/mm'];
    const serial = await sim([...argv, '--jobs', '1']);
    const pooled = await sim([...argv, '--jobs', '2']);
    expect(serial.code).toBe(2);
    expect(serial.stderr).toBe('sim: --grid G=0.01 K/mm: invalid G: 0.01 K/mm is out of range; allowed: 0.1 – 1000 K/mm\n');
    expect(pooled).toEqual(serial);
  }, 60_000);

  it('on Ctrl-C writes every finished line, whole and in index order, says how many and exits 130', async () => {
    const argv = ['ionhop', '--set', 'L=6', '--set', 'steps=400000', '--set', 'replicas=1', '--grid', 'T=300:600:200', '--jobs', '2'];
    let sent = false;
    const r = await sim(argv, (out, kill) => {
      if (!sent && out.includes('\n')) {
        sent = true;
        kill('SIGINT');
      }
    });
    expect(r.code).toBe(130);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const indices = r.stdout.trim().split('\n').map((l) => JSON.parse(l).index);
    expect(indices.length).toBeGreaterThan(0);
    expect(indices.length).toBeLessThan(200);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(new Set(indices).size).toBe(indices.length);
    expect(r.stderr).toBe(`sim: interrupted: ${indices.length} of 200 points written (each line carries its index; \`merge\` lists the missing ones)\n`);
  }, 60_000);
});

describe('batch recipes (README "Sweeps on many cores and machines")', () => {
  const readme = readFileSync('README.md', 'utf8');
  const sweep = `solidification --set mode=steady --grid "G=1 K/mm:100 K/mm:6" --grid "V=log:1 um/s:1000 um/s:4"`;
  const recipes = {
    parallel: `parallel -j 3 "npm run -s sim -- $SWEEP --shard {}/3 --jobs 1 > out-{}.jsonl" ::: 0 1 2`,
    xargs: `seq 0 2 | xargs -P 3 -I{} sh -c "npm run -s sim -- $SWEEP --shard {}/3 --jobs 1 > out-{}.jsonl"`,
  };
  let dir = '';
  let single = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crucible-shards-'));
    single = (await run('npm', ['run', '-s', 'sim', '--', 'solidification', '--set', 'mode=steady', '--grid', 'G=1 K/mm:100 K/mm:6', '--grid', 'V=log:1 um/s:1000 um/s:4'])).stdout;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('README shows the recipes this test runs', () => {
    expect(readme).toContain(`SWEEP='${sweep}'`);
    for (const line of Object.values(recipes)) expect(readme).toContain(line);
    expect(readme).toContain('npm run -s sim -- merge out-*.jsonl > sweep.jsonl');
  });

  it('three shards through GNU parallel (or xargs -P 3) merge to the single-process output, line for line', async () => {
    const hasParallel = execFileSync('sh', ['-c', 'command -v parallel || true'], { encoding: 'utf8' }).trim() !== '';
    const recipe = (hasParallel ? recipes.parallel : recipes.xargs).replaceAll('out-{}', join(dir, 'out-{}'));
    const shards = await run('bash', ['-c', `SWEEP='${sweep}'\n${recipe}`]);
    expect(shards.code, shards.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['out-0.jsonl', 'out-1.jsonl', 'out-2.jsonl']);
    const sizes = [0, 1, 2].map((i) => readFileSync(join(dir, `out-${i}.jsonl`), 'utf8').trim().split('\n').length);
    expect(sizes).toEqual([8, 8, 8]);
    const merged = await run('bash', ['-c', `npm run -s sim -- merge ${join(dir, 'out-*.jsonl')}`]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(single.split('\n')).toHaveLength(25);
    expect(merged.stdout.split('\n')).toEqual(single.split('\n'));
    // and a missing shard is caught
    const partial = await run('bash', ['-c', `npm run -s sim -- merge ${join(dir, 'out-0.jsonl')} ${join(dir, 'out-2.jsonl')}`]);
    expect(partial.code).toBe(2);
    expect(partial.stdout).toBe('');
    expect(partial.stderr).toBe('sim: merge: 8 of 24 points are missing: index 1, 4, 7, 10, 13, 16, 19, 22\n');
  }, 120_000);

  it('the Slurm array script runs shard SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT of the sweep into SWEEP_OUT-<task>.jsonl', async () => {
    const args = ['solidification', '--set', 'mode=steady', '--grid', 'G=1 K/mm:100 K/mm:6', '--grid', 'V=log:1 um/s:1000 um/s:4'];
    const slurm = { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3', SLURM_CPUS_PER_TASK: '2', SLURM_SUBMIT_DIR: process.cwd(), SWEEP_OUT: join(dir, 'slurm') };
    const task = await run('bash', ['scripts/slurm/sweep.sbatch', ...args], slurm);
    expect(task.code, task.stderr).toBe(0);
    const written = readFileSync(join(dir, 'slurm-1.jsonl'), 'utf8');
    const expected = single.split('\n').filter((_, i) => i % 3 === 1 && i < 24);
    expect(written.trim().split('\n')).toEqual(expected);
    const noArray = await run('bash', ['scripts/slurm/sweep.sbatch', ...args], { SLURM_ARRAY_TASK_ID: '', SWEEP_OUT: join(dir, 'none') });
    expect(noArray.code).not.toBe(0);
    expect(noArray.stderr).toMatch(/run this script as a job array/);
    expect(readdirSync(dir).filter((f) => f.startsWith('none'))).toEqual([]);
  }, 60_000);
});
