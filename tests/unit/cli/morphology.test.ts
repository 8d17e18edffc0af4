/**
 * `sim morphology`: one JSON document with the summary keys and the interface series; bad
 * input exits 2 naming the field; `--threads N` (strips on worker threads) prints the same
 * document as one thread, except the measured speed.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { cliLoaders } from '../../../src/cli/loaders';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => '', fixedTime: new Date(0) }, cliLoaders);
  return { code, stdout, stderr };
}

describe('sim morphology', () => {
  it('prints one JSON document with the summary keys and the interface profiles over time', async () => {
    const r = await cli(['morphology', '--preset', 'sige-eimr-7.7', '--set', 'nx=16', '--set', 'nz=32', '--set', 'duration=0.05', '--set', 'snapshots=3']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.model).toBe('morphology');
    for (const key of ['perturbationGrowthRate', 'msGrowthRate', 'interfaceAmplitude', 'primarySpacing', 'soluteBalanceError', 'cellUpdatesPerSecond']) {
      expect(doc.summary).toHaveProperty(key);
    }
    expect(doc.summary.soluteBalanceError).toBeLessThan(1e-6);
    expect(doc.summary.cellUpdatesPerSecond).toBeGreaterThan(0);
    expect(doc.summary.gammaScale).toBeGreaterThan(1000);
    expect(doc.summary.regime).toBe('dendritic');
    expect(doc.series.profile_x).toHaveLength(16);
    expect(doc.series.profile_time).toHaveLength(3);
    for (let i = 0; i < 3; i++) expect(doc.series[`profile_h_${i}`]).toHaveLength(16);
  }, 60_000);

  it('refuses an alloy without solute, naming x0 (exit 2)', async () => {
    const r = await cli(['morphology', '--set', 'x0=0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sim: invalid x0: .*x0 > 0/);
  });

  it('refuses a grid above 262144 cells, naming nz (exit 2)', async () => {
    const r = await cli(['morphology', '--set', 'nx=1024', '--set', 'nz=1024']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sim: invalid nz: nx·nz must not exceed 262144 cells (e.g. 256 × 1024 or 512 × 512).\n');
  });

  it('--threads 3 gives the same document as one thread (but cellUpdatesPerSecond)', async () => {
    const argv = ['morphology', '--set', 'nx=16', '--set', 'nz=40', '--set', 'duration=0.2', '--set', 'noise=0.05', '--set', 'epsilon4=0.02'];
    const one = await cli(argv);
    const three = await cli([...argv, '--threads', '3']);
    expect(three.stderr).toBe('');
    expect(three.code).toBe(0);
    const [a, b] = [JSON.parse(one.stdout), JSON.parse(three.stdout)];
    expect(a.summary.steps).toBeGreaterThan(100);
    delete a.summary.cellUpdatesPerSecond;
    delete b.summary.cellUpdatesPerSecond;
    expect(b).toEqual(a);
  }, 120_000);

  it('refuses --threads that leaves strips under two rows, and on other models (exit 2)', async () => {
    const r = await cli(['morphology', '--set', 'nz=40', '--threads', '21']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sim: --threads 21 leaves strips under 2 rows: nz = 40 allows at most 20\n');
    const h = await cli(['hydrogen', '--threads', '2']);
    expect(h.code).toBe(2);
    expect(h.stderr).toMatch(/--threads is for the morphology model only/);
  });
});
