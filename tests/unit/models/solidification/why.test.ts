/**
 * `regimeReason`: which comparison decided a regime. Each branch is reached with real model runs
 * (steady mode), and the cause is checked against figures the model computes independently of the
 * regime label: the supercooling found from the melt profile (G ≥ G_crit ⇔ no supercooled zone)
 * and the Mullins–Sekerka growth rate (an unstable front has σ_max > 0).
 */
import { describe, expect, it } from 'vitest';
import model, { regimeReason, type RegimeFigures } from '../../../../src/models/solidification';
import { defaultsOf } from '../../../../src/core/model';
import type { SolidificationParams } from '../../../../src/models/solidification/params';

const defaults = defaultsOf(model);
const dilute = { phaseDiagram: 'dilute', x0: 0.2, k: 0.3, m: -350, Tm: 1687 };
const steady = async (over: Partial<SolidificationParams>) => (await model.run({ ...defaults, mode: 'steady', ...over } as SolidificationParams)).summary;
const figures = (s: Record<string, unknown>): RegimeFigures => ({
  regime: s.regime as string,
  G: s.G as number,
  V: s.V as number,
  criticalGradient: s.criticalGradient as number,
  k: s.interfaceK as number,
  absoluteStabilityV: s.absoluteStabilityV as number,
});

describe('regimeReason on model results', () => {
  it('E-IMR 7.7 K/mm at 5 K/min: dendritic because G < k·G_crit (G_crit ≈ 153 K/mm, the issue’s figure)', async () => {
    const s = await steady({});
    const r = regimeReason(figures(s))!;
    expect(r.cause).toBe('dendritic');
    expect(r.G).toBe(7700);
    expect(r.criticalGradient / 1000).toBeCloseTo(153.5, 1);
    expect(r.dendriteFactor).toBe(s.interfaceK);
    expect(r.dendriteGradient).toBeCloseTo((s.interfaceK as number) * (s.criticalGradient as number), 6);
    expect(r.G).toBeLessThan(r.dendriteGradient);
    expect(s.supercooled).toBe(true);
    expect(s.maxGrowthRate as number).toBeGreaterThan(0);
  });

  it('7.7 K/mm at 0.5 K/min: cellular, G between k·G_crit and G_crit, supercooled and unstable', async () => {
    const s = await steady({ G: 7700, R: 0.5 / 60 });
    const r = regimeReason(figures(s))!;
    expect(r.cause).toBe('cellular');
    expect(r.G).toBeLessThan(r.criticalGradient);
    expect(r.G).toBeGreaterThanOrEqual(r.dendriteGradient);
    expect(s.supercooled).toBe(true);
    expect(s.maxGrowthRate as number).toBeGreaterThan(0);
  });

  it('steep gradient (1000 K/mm at 5 K/min): planar because G ≥ G_crit, and then the melt is not supercooled', async () => {
    const s = await steady({ G: 1e6 });
    const r = regimeReason(figures(s))!;
    expect(r.cause).toBe('planarGradient');
    expect(r.G).toBeGreaterThanOrEqual(r.criticalGradient);
    expect(s.supercooled).toBe(false);
    expect(s.maxSupercooling).toBe(0);
  });

  it('pure Si: G_crit = 0, so planar by the gradient', async () => {
    const r = regimeReason(figures(await steady({ x0: 0 })))!;
    expect(r.cause).toBe('planarGradient');
    expect(r.criticalGradient).toBe(0);
  });

  it('just below G_crit (dilute, V = 10 µm/s, G = 163 K/mm against 163.3): supercooled yet planar, by capillarity', async () => {
    const s = await steady({ ...dilute, drive: 'pulling', V: 1e-5, G: 1.63e5 });
    const r = regimeReason(figures(s))!;
    expect(r.cause).toBe('planarCapillarity');
    expect(r.G).toBeLessThan(r.criticalGradient);
    expect(s.supercooled).toBe(true);
    expect(s.maxSupercooling as number).toBeGreaterThan(0);
    expect(s.maxGrowthRate).toBeNull();
  });

  it('fast pulling past V_abs (dilute, D = 1e-10, Γ = 1e-5, V = 1 cm/s): absolute because V ≥ V_abs', async () => {
    const s = await steady({ ...dilute, drive: 'pulling', V: 0.01, G: 1e6, gamma: 1e-5, D: 1e-10 });
    const r = regimeReason(figures(s))!;
    expect(r.cause).toBe('absolute');
    expect(r.V).toBeGreaterThanOrEqual(r.absoluteStabilityV);
    expect(r.absoluteStabilityV).toBeCloseTo((1e-10 * (s.deltaT0Interface as number)) / (0.3 * 1e-5), 12);
  });

  it('a transient run carries the steady state’s deciding figures (steadyV = R/G, steadyCriticalGradient = the steady mode’s G_crit)', async () => {
    const p = { G: 7700, R: 0.5 / 60 };
    const run = (await model.run({ ...defaults, ...p } as SolidificationParams)).summary;
    const st = await steady(p);
    expect(run.steadyV).toBeCloseTo(p.R / p.G, 15);
    expect(run.steadyCriticalGradient).toBe(st.criticalGradient);
    expect(run.steadyInterfaceK).toBe(st.interfaceK);
    expect(run.steadyAbsoluteStabilityV).toBe(st.absoluteStabilityV);
    const r = regimeReason({ regime: run.steadyRegime as string, G: run.G as number, V: run.steadyV as number, criticalGradient: run.steadyCriticalGradient as number, k: run.steadyInterfaceK as number, absoluteStabilityV: run.steadyAbsoluteStabilityV as number });
    expect(r?.cause).toBe('cellular');
  });
});

describe('regimeReason branches on given figures', () => {
  const base: RegimeFigures = { regime: 'planar', G: 1000, V: 1e-5, criticalGradient: 2000, k: 0.5, absoluteStabilityV: 1 };
  it('uses 1/k as the dendrite factor when k > 1', () => {
    const r = regimeReason({ ...base, regime: 'cellular', k: 4 })!;
    expect(r.dendriteFactor).toBe(0.25);
    expect(r.dendriteGradient).toBe(500);
  });
  it('planar at G = G_crit exactly counts as "at or above"', () => {
    expect(regimeReason({ ...base, G: 2000 })!.cause).toBe('planarGradient');
    expect(regimeReason({ ...base, G: 1999.999 })!.cause).toBe('planarCapillarity');
  });
  it('returns null for an unknown regime, a non-finite figure or k ≤ 0', () => {
    expect(regimeReason({ ...base, regime: '' })).toBeNull();
    expect(regimeReason({ ...base, G: NaN })).toBeNull();
    expect(regimeReason({ ...base, absoluteStabilityV: Infinity })).toBeNull();
    expect(regimeReason({ ...base, k: 0 })).toBeNull();
  });
});
