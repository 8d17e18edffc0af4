/**
 * Issue 9 item 8: the plateau-model ordering check does not refuse lattice runs, and the CLI's
 * `params` echo shows the custom-material fields only when a custom material is in use.
 */
import { describe, it, expect } from 'vitest';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { defaultsOf } from '../../../../src/core/model';
import { validateParams } from '../../../../src/core/params';
import { runCli } from '../../../../src/cli/main';

const base = defaultsOf(model);
const issuesOf = async (raw: Record<string, unknown>) => {
  const r = await validateParams<HydrogenParams>(model.params, raw, model.crossChecks);
  return r.ok ? [] : r.issues;
};

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => '' }, {
    hydrogen: async () => model,
  });
  return { code, stdout, stderr };
}

describe('custom material checks belong to their model', () => {
  it('lattice model, custom, maxHM = 0.59 (below the default betaMin 0.9) validates and runs, with a plateau (Pd-like T_c = 566 K)', async () => {
    const raw = { material: 'custom', model: 'lattice', maxHM: 0.59, dH: -39000, dS: -92.5, criticalT: 566, hysteresis: Math.log(2) };
    expect(await issuesOf(raw)).toEqual([]);
    const r = await model.run({ ...base, ...raw, T: 298.15, pMin: 1, pMax: 1e7 } as HydrogenParams);
    expect(r.summary.plateauCount).toBe(1);
    expect(r.summary.capacityHM as number).toBeLessThanOrEqual(0.59);
  });

  it('plateau model, custom, maxHM = 0.59 with betaMin 0.9 is still refused beside betaMin; the run refuses it with exit-2 type (InvalidParamsError) too', async () => {
    const issues = await issuesOf({ material: 'custom', model: 'plateau', maxHM: 0.59 });
    expect(issues.map((i) => i.field)).toEqual(['betaMin']);
    await expect(model.run({ ...base, material: 'custom', model: 'plateau', maxHM: 0.59 } as HydrogenParams)).rejects.toMatchObject({ name: 'InvalidParamsError', field: 'betaMin' });
  });
});

describe('CLI params echo', () => {
  it('a library material: no custom fields (dH, dS, criticalT, alphaMax …) in params', async () => {
    const r = await cli(['hydrogen', '--set', 'material=FeTi', '--set', 'pMax=1e6']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const k of ['dH', 'dS', 'hysteresis', 'maxHM', 'criticalT', 'alphaMax', 'betaMin', 'plateauSlope', 'molarMass']) expect(doc.params, k).not.toHaveProperty(k);
    expect(doc.params.material).toBe('FeTi');
    expect(doc.summary.plateauCount).toBe(2);
    expect(doc.summary.plateaus).toHaveLength(2);
  });

  it('custom, lattice: dH, dS, criticalT echoed, the plateau-model fields not', async () => {
    const r = await cli(['hydrogen', '--set', 'material=custom', '--set', 'model=lattice', '--set', 'maxHM=0.59', '--set', 'criticalT=566', '--set', 'pMax=1e6']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.params.criticalT).toBe(566);
    expect(doc.params.dH).toBe(base.dH);
    expect(doc.params).not.toHaveProperty('alphaMax');
    expect(doc.changed).toMatchObject({ material: 'custom', model: 'lattice', maxHM: 0.59, criticalT: 566 });
  });

  it('CSV output carries the per-plateau series', async () => {
    const r = await cli(['hydrogen', '--preset', 'lani5-gpa', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const [head, row1, row2] = r.stdout.split('\n');
    const col = head.split(',').findIndex((h) => h.startsWith('plateau_pAbs ['));
    expect(col).toBeGreaterThanOrEqual(0);
    expect(Number(row1.split(',')[col])).toBeLessThan(1e6);
    expect(Number(row2.split(',')[col]) / 1e9).toBeCloseTo(1, 5);
  });
});

describe('melting pressure above the maximum of the H₂ melting curve', () => {
  it('is reported as null (no solid H₂ at any pressure), never Infinity', async () => {
    const r = await model.run({ ...(defaultsOf(model) as unknown as HydrogenParams), T: 1200 });
    expect(r.summary.meltingPressure).toBeNull();
    const cold = await model.run({ ...(defaultsOf(model) as unknown as HydrogenParams), T: 298.15 });
    expect(Number.isFinite(cold.summary.meltingPressure)).toBe(true);
  }, 60_000);
});
