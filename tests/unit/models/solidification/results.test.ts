/**
 * The headless result of a front state (results.ts): alloy figures at x0, the linearised interface
 * state, the melt profile's liquidus, actual temperature and supercooling, the summary keys (with
 * nulls where undefined), the Mullins–Sekerka dispersion band and the phase-diagram series, all on
 * the dilute diagram's closed forms or an independent evaluation of the same formulas.
 */
import { describe, expect, it } from 'vitest';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { RegularSolutionDiagram } from '../../../../src/models/solidification/regularSolution';
import { alloyFigures, alloyFromSteady, buildResult, interfaceState, type FrontState } from '../../../../src/models/solidification/results';
import { absoluteStabilityVelocity, analyseStability, classifyRegime, growthRate, wavenumberRange } from '../../../../src/models/solidification/stability';
import { steadyInterface } from '../../../../src/models/solidification/steadyState';
import { expectClose } from './helpers';

const k = 0.3;
const m = -350;
const C0 = 0.2;
const dil = new DiluteDiagram(k, m, 1687);
const sige = new RegularSolutionDiagram();
/** Steady dilute front at V = 10 µm/s: x_L* = C0/k, x_S = C0, T = T_S(C0). */
const front: FrontState = { V: 1e-5, G: 1e4, D: 1e-8, gamma: 1.4e-7, xL: C0 / k, xS: C0, T: 1687 + (m * C0) / k };
const dT0 = (m * C0 * (k - 1)) / k;

describe('alloy figures', () => {
  it('dilute: k, m, T_L = Tm + m·x0, T_S = Tm + m·x0/k, ΔT0 = T_L − T_S', () => {
    const a = alloyFigures(dil, C0);
    expect(a).toMatchObject({ x0: C0, k, m });
    expectClose(a.liquidusT, 1687 + m * C0, 1e-9, 'T_L');
    expectClose(a.solidusT, 1687 + (m * C0) / k, 1e-9, 'T_S');
    expectClose(a.deltaT0, dT0, 1e-9, 'ΔT0');
  });

  it('from a steady interface: the same figures (Si–Ge, ±1e-9 K)', () => {
    const a = alloyFromSteady(sige, steadyInterface(sige, C0));
    const b = alloyFigures(sige, C0);
    expect(a.x0).toBe(C0);
    expect(a.k).toBe(b.k);
    expect(a.m).toBe(b.m);
    for (const key of ['liquidusT', 'solidusT', 'deltaT0'] as const) expectClose(a[key], b[key], 1e-9, key);
  });
});

describe('interface state', () => {
  it('k* = x_S/x_L, m* = m(x_L), ΔT0* = −m*(x_L − x_S), mG_c = V·ΔT0*/D', () => {
    const i = interfaceState(dil, front);
    expectClose(i.k, k, 1e-15, 'k');
    expect(i.m).toBe(m);
    expectClose(i.deltaT0Interface, dT0, 1e-9, 'ΔT0*');
    expectClose(i.state.mGc, (front.V * dT0) / front.D, 1e-6, 'mG_c');
    expect(i.state).toMatchObject({ V: front.V, D: front.D, G: front.G, gamma: front.gamma });
  });

  it('no solute (x_L = 0): k from the diagram’s dilute limit; no growth (V = 0): mG_c = 0', () => {
    const pure = interfaceState(sige, { ...front, xL: 0, xS: 0 });
    expect(pure.k).toBe(sige.partition(0));
    expect(pure.deltaT0Interface === 0).toBe(true);
    expect(interfaceState(dil, { ...front, V: 0 }).state.mGc).toBe(0);
  });
});

describe('buildResult', () => {
  const z = Float64Array.from([0, 1e-4, 2e-4, 4e-4, 1e-3, 3e-3]);
  const x = z.map((zz) => C0 * (1 + ((1 - k) / k) * Math.exp(-zz / 1e-3)));
  const alloy = alloyFigures(dil, C0);

  it('melt series: T_L(x), T = T_i + G·z, ΔT_cs = T_L − T with 0 at the interface; discrete supercooling of that profile', () => {
    const r = buildResult(dil, alloy, front, { z, x }, { soluteBalanceError: 1e-9 });
    for (let i = 0; i < z.length; i++) {
      expectClose(r.series.melt_liquidusT[i], 1687 + m * x[i], 1e-9, `T_L[${i}]`);
      expectClose(r.series.melt_T[i], front.T + front.G * z[i], 1e-9, `T[${i}]`);
      if (i > 0) expectClose(r.series.melt_supercooling[i], r.series.melt_liquidusT[i] - r.series.melt_T[i], 1e-9, `ΔT_cs[${i}]`);
    }
    expect(r.series.melt_supercooling[0]).toBe(0);
    expect(r.series.melt_z).toBe(z);
    expect(r.series.melt_x).toBe(x);
    const cs = r.series.melt_supercooling;
    expect(r.summary.supercooled).toBe(true);
    expect(r.summary.maxSupercooling).toBe(Math.max(...cs));
    expect(r.summary.soluteBalanceError).toBe(1e-9);
  });

  it('summary: alloy figures, D/V, G_crit, V_abs, the stability analysis and regime of the interface state', () => {
    const r = buildResult(dil, alloy, front, { z, x }, { soluteBalanceError: null });
    const s = r.summary;
    const iface = interfaceState(dil, front);
    const stab = analyseStability(iface.state);
    const vAbs = absoluteStabilityVelocity(front.D, iface.deltaT0Interface, iface.k, front.gamma);
    expect(s).toMatchObject({ V: front.V, G: front.G, k, m, liquidusT: alloy.liquidusT, solidusT: alloy.solidusT, deltaT0: alloy.deltaT0, interfaceT: front.T });
    expectClose(s.boundaryLayer as number, 1e-3, 1e-15, 'D/V');
    expect(s.criticalGradient).toBe(iface.state.mGc);
    expect(s.absoluteStabilityV).toBe(vAbs);
    expectClose(vAbs, (front.D * dT0) / (k * front.gamma), 1e-9, 'V_abs');
    expect(stab.stable).toBe(false);
    expect(s).toMatchObject({ marginalWavelength: stab.marginalWavelength, fastestWavelength: stab.fastestWavelength, maxGrowthRate: stab.maxGrowthRate });
    expect(s.regime).toBe(classifyRegime(iface.state, true, vAbs));
    expect(s.regime).toBe('dendritic');
    expect(s).toMatchObject({ interfaceLiquidX: front.xL, interfaceSolidX: front.xS, interfaceK: iface.k, interfaceM: m, deltaT0Interface: iface.deltaT0Interface, soluteBalanceError: null });
  });

  it('extras: a given supercooling replaces the discrete one; extra summary keys and series are added', () => {
    const sc = { supercooled: true, maxSupercooling: 12.5, maxAt: 1e-4, depth: 7e-4 };
    const r = buildResult(dil, alloy, front, { z, x }, { soluteBalanceError: null, supercooling: sc, summary: { extra: 'yes', V: 42 }, series: { mine: Float64Array.of(1, 2) } });
    expect(r.summary).toMatchObject({ supercooled: true, maxSupercooling: 12.5, supercooledDepth: 7e-4, extra: 'yes', V: 42 });
    expect([...r.series.mine]).toEqual([1, 2]);
  });

  it('a front at rest: no boundary layer (null), no dispersion band; a front without solute pile-up is planar and not supercooled', () => {
    const rest = buildResult(dil, alloy, { ...front, V: 0 }, { z, x }, { soluteBalanceError: null });
    expect(rest.summary.boundaryLayer).toBeNull();
    expect(rest.series.dispersion_wavelength.length).toBe(0);
    expect(rest.series.dispersion_sigma.length).toBe(0);
    const flat = buildResult(dil, alloy, { ...front, xL: C0, xS: C0, T: 1687 + m * C0 }, { z, x: z.map(() => C0) }, { soluteBalanceError: null });
    expect(flat.series.dispersion_wavelength.length).toBe(0);
    expect(flat.summary.regime).toBe('planar');
    expect(flat.summary.supercooled).toBe(false);
    expect(flat.summary.marginalWavelength).toBeNull();
  });

  it('dispersion: 160 wavelengths increasing from 2π/q_hi to 2π/(1e3·q_lo), log-spaced, σ = growthRate at each', () => {
    const r = buildResult(dil, alloy, front, { z, x }, { soluteBalanceError: null });
    const lam = r.series.dispersion_wavelength;
    const sig = r.series.dispersion_sigma;
    const state = interfaceState(dil, front).state;
    const [a, b] = wavenumberRange(state);
    expect(lam.length).toBe(160);
    expect(sig.length).toBe(160);
    expectClose(lam[0], (2 * Math.PI) / b, 1e-12 * lam[0], 'shortest');
    expectClose(lam[159], (2 * Math.PI) / (1e3 * a), 1e-12 * lam[159], 'longest');
    const ratio = lam[1] / lam[0];
    expect(ratio).toBeGreaterThan(1);
    for (let i = 1; i < 160; i++) expectClose(lam[i] / lam[i - 1], ratio, 1e-9, `ratio ${i}`);
    for (const i of [0, 80, 159]) expectClose(sig[i], growthRate(state, (2 * Math.PI) / lam[i]), 1e-9 * Math.abs(sig[i]) + 1e-20, `σ[${i}]`);
    expect(Math.max(...sig)).toBeGreaterThan(0);
  });

  it('phase diagram: 101 points x = 0 … 1 with the diagram’s liquidus and solidus', () => {
    const r = buildResult(dil, alloy, front, { z, x }, { soluteBalanceError: null });
    expect(r.series.diagram_x.length).toBe(101);
    for (const i of [0, 37, 100]) {
      expect(r.series.diagram_x[i]).toBe(i / 100);
      expect(r.series.diagram_liquidusT[i]).toBe(dil.liquidus(i / 100));
      expect(r.series.diagram_solidusT[i]).toBe(dil.solidus(i / 100));
    }
  });
});
