import { describe, it, expect } from 'vitest';
import model, { computeStabilityMap, driveForVelocity, regimeReason, REGIMES, steadyVelocity } from '../../../../src/models/solidification';
import { CancelledError, defaultsOf, type Progress } from '../../../../src/core/model';
import { validateParams } from '../../../../src/core/params';
import type { SolidificationParams } from '../../../../src/models/solidification/params';
import { makeDiagram } from '../../../../src/models/solidification/diagram';
import { steadyInterface, steadyPoint, steadyRegime } from '../../../../src/models/solidification/steadyState';

const defaults = defaultsOf(model);
const CONTRACT_KEYS = [
  'V', 'k', 'm', 'liquidusT', 'solidusT', 'deltaT0', 'boundaryLayer', 'criticalGradient', 'supercooled', 'maxSupercooling',
  'supercooledDepth', 'interfaceT', 'absoluteStabilityV', 'marginalWavelength', 'fastestWavelength', 'maxGrowthRate', 'regime', 'soluteBalanceError',
];

async function issuesFor(raw: Record<string, unknown>): Promise<string[]> {
  const r = await validateParams<SolidificationParams>(model.params, raw, model.crossChecks);
  return r.ok ? [] : r.issues.map((i) => i.field);
}

describe('parameters and validation', () => {
  it('bad input is rejected with the offending field named', async () => {
    expect(await issuesFor({ x0: 1.5 })).toEqual(['x0']);
    expect(await issuesFor({ x0: -0.1 })).toEqual(['x0']);
    expect(await issuesFor({ G: 0 })).toEqual(['G']);
    expect(await issuesFor({ G: -7700 })).toEqual(['G']);
    expect(await issuesFor({ D: -1e-8 })).toEqual(['D']);
    expect(await issuesFor({ meltLength: 100 })).toEqual(['meltLength']);
    expect(await issuesFor({ meltLength: 1e-6 })).toEqual(['meltLength']);
    expect(await issuesFor({ delta: 0.015 })).toEqual(['delta']);
    expect(await issuesFor({ phaseDiagram: 'ideal' })).toEqual(['phaseDiagram']);
    expect(await issuesFor({ phaseDiagram: 'dilute', m: 350, k: 0.3 })).toEqual(['m']);
    expect(await issuesFor({ phaseDiagram: 'dilute', k: 1 })).toEqual(['k']);
  });

  it('unit strings are converted to SI (7.7 K/mm → 7700 K/m, 5 K/min → 1/12 K/s, 10 um/s → 1e-5 m/s)', async () => {
    const r = await validateParams<SolidificationParams>(model.params, { G: '7.7 K/mm', R: '5 K/min', V: '10 um/s', meltLength: '20 mm' }, model.crossChecks);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.values.G).toBeCloseTo(7700, 9);
    expect(r.values.R).toBeCloseTo(5 / 60, 12);
    expect(r.values.V).toBeCloseTo(1e-5, 15);
    expect(r.values.meltLength).toBeCloseTo(0.02, 15);
  });

  it('defaults and every preset validate, and every preset cites a source', async () => {
    expect(await issuesFor({})).toEqual([]);
    for (const p of model.presets) {
      expect(p.source.length).toBeGreaterThan(20);
      expect(await issuesFor(p.values as Record<string, unknown>), p.id).toEqual([]);
    }
  });
});

describe('run()', () => {
  it('default run (transient, Si0.8Ge0.2, 7.7 K/mm, 5 K/min) finishes with every contract key, no NaN', async () => {
    const r = await model.run(defaults);
    for (const key of CONTRACT_KEYS) expect(Object.keys(r.summary)).toContain(key);
    for (const [key, v] of Object.entries(r.summary)) if (typeof v === 'number') expect(Number.isFinite(v), key).toBe(true);
    for (const [key, s] of Object.entries(r.series)) for (const v of s) expect(Number.isFinite(v), key).toBe(true);
    expect(r.summary.soluteBalanceError as number).toBeLessThan(1e-6);
    expect(r.summary.supercooled).toBe(true);
    expect(REGIMES).toContain(r.summary.regime);
  });

  it('every x/y pair documented in docs/models/solidification.md exists for its modes, with equal lengths', async () => {
    const both = ['melt_z melt_x', 'melt_z melt_liquidusT', 'melt_z melt_T', 'melt_z melt_supercooling', 'dispersion_wavelength dispersion_sigma', 'diagram_x diagram_liquidusT', 'diagram_x diagram_solidusT'];
    const transientOnly = ['solid_z solid_x', 'history_t history_V', 'history_t history_interfaceT', 'history_t history_interfaceX'];
    for (const mode of ['steady', 'transient'] as const) {
      const r = await model.run({ ...defaults, mode, tEnd: 300 });
      for (const pair of mode === 'steady' ? both : [...both, ...transientOnly]) {
        const [x, y] = pair.split(' ');
        expect(r.series[x], `${mode} ${x}`).toBeDefined();
        expect(r.series[y].length, `${mode} ${y} against ${x}`).toBe(r.series[x].length);
      }
    }
  });

  it('steady mode reports V = R/G, ΔT0 = T_L − T_S, boundary layer D/V and null solute balance', async () => {
    const r = await model.run({ ...defaults, mode: 'steady' });
    const V = defaults.R / defaults.G;
    expect(r.summary.V).toBeCloseTo(V, 15);
    expect(r.summary.deltaT0 as number).toBeCloseTo((r.summary.liquidusT as number) - (r.summary.solidusT as number), 9);
    expect(r.summary.boundaryLayer as number).toBeCloseTo(defaults.D / V, 12);
    expect(r.summary.soluteBalanceError).toBeNull();
  });

  it('pure Si (x0 = 0): no supercooling, planar, null wavelengths, T_i = 1687 K', async () => {
    for (const mode of ['steady', 'transient']) {
      const r = await model.run({ ...defaults, x0: 0, mode, tEnd: 600 });
      expect(r.summary.supercooled).toBe(false);
      expect(r.summary.maxSupercooling).toBe(0);
      expect(r.summary.regime).toBe('planar');
      expect(r.summary.marginalWavelength).toBeNull();
      expect(r.summary.interfaceT).toBe(1687);
    }
  });

  it('streams partial results carrying time and solid fraction, each further on than the last, and rejects with CancelledError when aborted', async () => {
    const seen: { progress: Progress }[] = [];
    const controller = new AbortController();
    // about 200 000 steps (400 + 2·V·ℓ/D): several seconds of work, aborted after the sixth partial
    const long = { ...defaults, drive: 'pulling', V: 1e-3, meltLength: 1, tEnd: 1e6 };
    const p = model.run(long, {
      signal: controller.signal,
      onProgress: (pr) => {
        seen.push({ progress: pr });
        if (seen.length === 6) controller.abort();
      },
    });
    await expect(p).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toHaveLength(6);
    const times = seen.map((s) => s.progress.partial?.summary.time);
    const solid = seen.map((s) => s.progress.partial?.summary.solidFraction);
    for (let i = 0; i < seen.length; i++) {
      expect(seen[i].progress.partial!.series.melt_x.length).toBeGreaterThan(10);
      expect(typeof times[i] === 'number' && typeof solid[i] === 'number', `partial ${i}: time ${times[i]}, solid ${solid[i]}`).toBe(true);
      if (i > 0) {
        expect(times[i] as number, 'simulated time advances with every partial').toBeGreaterThan(times[i - 1] as number);
        expect(solid[i] as number).toBeGreaterThan(solid[i - 1] as number);
      }
    }
    const aborted = new AbortController();
    aborted.abort();
    await expect(model.run(defaults, { signal: aborted.signal })).rejects.toBeInstanceOf(CancelledError);
    await expect(model.run({ ...defaults, mode: 'steady' }, { signal: aborted.signal })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('stability map', () => {
  const base = { phaseDiagram: 'SiGe', k: 0.3, m: -350, Tm: 1687, x0: 0.2, D: 1e-8, gamma: 1.4e-7 };
  it('row blocks stitch to the full map, and each cell equals the steady point at its (G, V)', () => {
    const req = { ...base, axis: 'V' as const, gMin: 1e3, gMax: 1e6, nG: 6, yMin: 1e-7, yMax: 100, nY: 7 };
    const full = computeStabilityMap(req);
    const top = computeStabilityMap({ ...req, rowStart: 0, rowEnd: 3 });
    const bottom = computeStabilityMap({ ...req, rowStart: 3, rowEnd: 6 });
    expect([...top.regime, ...bottom.regime]).toEqual([...full.regime]);
    const diagram = makeDiagram(base);
    const iface = steadyInterface(diagram, 0.2);
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 7; j++) {
        const p = steadyPoint(diagram, iface, { V: full.Y[j], G: full.G[i], D: 1e-8, gamma: 1.4e-7 });
        expect(REGIMES[full.regime[i * 7 + j]]).toBe(steadyRegime(p));
        expect(full.deltaTcs[i * 7 + j]).toBe(p.supercooling.maxSupercooling);
        expect(full.criticalGradient[i * 7 + j]).toBe(p.criticalGradient);
        expect(full.absoluteStabilityV).toBe(p.absoluteStabilityV);
        expect(full.interfaceK).toBe(p.state.k);
        // the reason read from the map's cell names the comparison that holds there
        const why = regimeReason({ regime: REGIMES[full.regime[i * 7 + j]], G: full.G[i], V: full.V[i * 7 + j], criticalGradient: full.criticalGradient[i * 7 + j], k: full.interfaceK, absoluteStabilityV: full.absoluteStabilityV });
        if (why?.cause === 'planarGradient') expect(p.supercooling.supercooled).toBe(false);
        if (why?.cause === 'dendritic') expect(full.G[i]).toBeLessThan(why.dendriteGradient);
        if (why?.cause === 'absolute') expect(full.V[i * 7 + j]).toBeGreaterThanOrEqual(full.absoluteStabilityV);
      }
    }
    // the map spans all four regimes over this range
    expect(new Set(full.regime).size).toBe(4);
  });
  it('driveForVelocity is the inverse of steadyVelocity for both drives (a map click grows at the cell\'s V)', () => {
    const p = defaultsOf(model) as SolidificationParams;
    for (const drive of ['pulling', 'cooling'])
      for (const [G, V] of [
        [7700, 1.08e-6],
        [13900, 3e-5],
      ]) {
        const set = driveForVelocity(drive, G, V);
        expect(set.G).toBe(G);
        expect(steadyVelocity({ ...p, drive, ...set }), `${drive} at G = ${G} K/m`).toBeCloseTo(V, 18);
      }
    expect(driveForVelocity('pulling', 7700, 1e-6)).toEqual({ G: 7700, V: 1e-6 });
    expect((driveForVelocity('cooling', 7700, 1e-6) as { R: number }).R, 'R = V·G, K/s').toBeCloseTo(7.7e-3, 15);
  });

  it('G–R axis uses V = R/G', () => {
    const m = computeStabilityMap({ ...base, axis: 'R', gMin: 1e3, gMax: 1e4, nG: 3, yMin: 0.01, yMax: 1, nY: 4 });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expect(m.V[i * 4 + j]).toBeCloseTo(m.Y[j] / m.G[i], 18);
  });
});
