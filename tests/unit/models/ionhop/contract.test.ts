/**
 * The model contract: bad input is refused with an issue naming the field (validateParams with the
 * model's specs and cross-checks), same seed gives the same summary (eventsPerSecond excepted, the
 * only wall-clock figure), an aborted signal rejects with CancelledError, progress streams live ion
 * positions, presets validate and land near the measured σ they cite, and summaries carry no NaN.
 */
import { describe, it, expect } from 'vitest';
import model, { ELECTROLYTES } from '../../../../src/models/ionhop';
import { CancelledError, defaultsOf, type Progress } from '../../../../src/core/model';
import { validateParams } from '../../../../src/core/params';
import type { IonhopParams } from '../../../../src/models/ionhop/params';
import { numberOf, runWith } from './helpers';
import { PRESET_TARGETS } from '../../../../src/models/ionhop/presets';

async function issueFields(raw: Record<string, unknown>): Promise<string[]> {
  const r = await validateParams<IonhopParams>(model.params, raw, model.crossChecks);
  return r.ok ? [] : r.issues.map((i) => i.field);
}

describe('ionhop contract', () => {
  it('defaults validate', async () => {
    expect(await issueFields({})).toEqual([]);
  });

  it.each([
    [{ occupancy: 0 }, 'occupancy'],
    [{ occupancy: 1 }, 'occupancy'],
    [{ occupancy: 1.5 }, 'occupancy'],
    [{ L: 3 }, 'L'],
    [{ L: 4.5 }, 'L'],
    [{ L: 200 }, 'L'],
    [{ lattice: 'fcc', L: 60 }, 'L'],
    [{ Ea: -0.1 }, 'Ea'],
    [{ T: 0 }, 'T'],
    [{ T: -5 }, 'T'],
    [{ lattice: 'hcp' }, 'lattice'],
    [{ ion: 'K' }, 'ion'],
    [{ vacancies: 4096 }, 'vacancies'],
    [{ replicas: 0 }, 'replicas'],
    [{ algorithm: 'uniform', disorder: 0.05 }, 'algorithm'],
    [{ time: 1e6 }, 'time'],
    [{ a: '2 kg' }, 'a'],
  ])('rejects %j naming %s', async (raw, field) => {
    expect(await issueFields(raw)).toContain(field);
  });

  it('accepts units: a = "1.5 angstrom", T = "25 degC"', async () => {
    const r = await validateParams<IonhopParams>(model.params, { a: '1.5 angstrom', T: '25 degC' }, model.crossChecks);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.values.a).toBeCloseTo(1.5e-10, 20);
      expect(r.values.T).toBeCloseTo(298.15, 9);
    }
  });

  it('run throws a field-named error when occupancy gives no ion', async () => {
    await expect(runWith({ L: 4, occupancy: 0.001 })).rejects.toThrow(/^occupancy:/);
  });

  it('same seed → identical summary and series (eventsPerSecond excluded); other seed differs', async () => {
    for (const extra of [{}, { disorder: 0.03, repulsion: 0.02, blocked: 0.1 }]) {
      const p = { L: 6, steps: 20000, replicas: 2, seed: 42, ...extra };
      const a = await runWith(p);
      const b = await runWith(p);
      const c = await runWith({ ...p, seed: 43 });
      const strip = (s: Record<string, unknown>) => ({ ...s, eventsPerSecond: 0 });
      expect(strip(a.summary)).toEqual(strip(b.summary));
      expect(a.series.msdTracer).toEqual(b.series.msdTracer);
      expect(a.series.ionSites).toEqual(b.series.ionSites);
      expect(a.summary.tracerD).not.toEqual(c.summary.tracerD);
      for (const [k, v] of Object.entries(a.summary)) expect(Number.isNaN(v), `summary.${k} is NaN`).toBe(false);
      for (const [k, v] of Object.entries(a.series)) expect(Array.from(v).some(Number.isNaN), `series.${k} has NaN`).toBe(false);
    }
  });

  it('an aborted signal rejects with CancelledError', async () => {
    const controller = new AbortController();
    const run = runWith({ L: 16, steps: 1e9 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it('progress streams fractions in [0, 1] and live ion positions', async () => {
    const seen: Progress[] = [];
    await runWith({ L: 16, steps: 3e7, replicas: 1 }, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) {
      expect(p.fraction).toBeGreaterThanOrEqual(0);
      expect(p.fraction).toBeLessThanOrEqual(1);
    }
    const last = seen[seen.length - 1].partial!;
    expect(last.series.ionSites.length).toBe(2048);
  }, 20000);

  it('series: sites in metres, ions on distinct open sites, trails and MSD pairs of equal length', async () => {
    const r = await runWith({ lattice: 'bcc-tet', L: 4, blocked: 0.1, steps: 20000, replicas: 2 });
    const nSites = numberOf(r, 'sites');
    expect(r.series.siteXYZ.length).toBe(3 * nSites);
    const sites = new Set(Array.from(r.series.ionSites));
    expect(sites.size).toBe(numberOf(r, 'ions'));
    for (const b of r.series.blockedSites) expect(sites.has(b)).toBe(false);
    expect(r.series.blockedSites.length).toBe(Math.round(0.1 * nSites));
    const pairs = { msd_t: ['msdTracer', 'msdCharge', 'msdTracerErr', 'msdChargeErr'], dLag_t: ['dLagTracer', 'dLagCharge', 'dLagTracerErr', 'dLagChargeErr'] };
    for (const [x, ys] of Object.entries(pairs)) for (const y of ys) expect(r.series[y].length, `${y} against ${x}`).toBe(r.series[x].length);
    expect(r.series.trails.length).toBe(4 * r.series.trail_t.length * 3);
    // Carrier density = ions / volume, volume = sites / site density.
    expect(numberOf(r, 'carrierDensity')).toBeCloseTo((numberOf(r, 'ions') / nSites) * numberOf(r, 'siteDensity'), -20);
  });

  it('presets validate and the simulated σ lands within a factor 1.5 of the measured σ they cite', async () => {
    const measured = Object.fromEntries(PRESET_TARGETS.map((p) => [p.id, p.target.sigma]));
    expect(model.presets.map((p) => p.id)).toEqual(Object.keys(measured));
    for (const preset of model.presets) {
      expect(preset.source.length).toBeGreaterThan(20);
      const checked = await validateParams<IonhopParams>(model.params, { ...preset.values }, model.crossChecks);
      expect(checked.ok, preset.id).toBe(true);
      const r = await model.run({ ...defaultsOf(model), ...preset.values, steps: 300000, replicas: 4 } as IonhopParams);
      const sigma = numberOf(r, 'conductivity');
      expect(sigma / measured[preset.id], preset.id).toBeGreaterThan(1 / 1.5);
      expect(sigma / measured[preset.id], preset.id).toBeLessThan(1.5);
    }
    expect(ELECTROLYTES.length).toBeGreaterThan(10);
    for (const e of ELECTROLYTES) expect(e.source.length).toBeGreaterThan(5);
  }, 30000);
});
