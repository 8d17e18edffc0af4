import { describe, it, expect } from 'vitest';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { RegularSolutionDiagram } from '../../../../src/models/solidification/regularSolution';
import { steadyInterface, steadyPoint, steadyProfile, steadyStability } from '../../../../src/models/solidification/steadyState';
import { analyseStability, growthRate, neutralFunction, type InterfaceState } from '../../../../src/models/solidification/stability';
import { expectClose } from './helpers';

// Linearised teaching set (docs/physics-notes.md A.7)
const C0 = 0.2;
const k = 0.3;
const m = -350;
const D = 1e-8;
const gamma = 1.4e-7;
const dil = new DiluteDiagram(k, m, 1687);
const dT0 = (m * C0 * (k - 1)) / k; // A.6 item 1

describe('steady state on the dilute diagram (closed forms, A.6)', () => {
  const iface = steadyInterface(dil, C0);
  it('interface liquid C0/k, ΔT0 = mC0(k−1)/k, boundary-layer profile C0[1 + (1−k)/k·e^(−Vz/D)] (1e-12)', () => {
    expectClose(iface.xL, C0 / k, 1e-12, 'C_L(0)');
    expectClose(iface.deltaT0, dT0, 1e-9, 'ΔT0');
    expectClose(iface.deltaT0Interface, dT0, 1e-9, 'ΔT0 (interface)');
    const V = 1e-5;
    for (const z of [0, 1e-4, 1e-3, 5e-3]) {
      expectClose(steadyProfile(iface, V, D, z), C0 * (1 + ((1 - k) / k) * Math.exp((-V * z) / D)), 1e-12, `x(${z})`);
    }
  });

  it('critical gradient G_c = ΔT0·V/D and criterion G/V < ΔT0/D (supercooled just below, not just above)', () => {
    const V = 1e-5;
    const Gc = (dT0 * V) / D;
    expectClose(steadyPoint(dil, iface, { V, G: 1000, D, gamma }).criticalGradient, Gc, Gc * 1e-12);
    expect(steadyPoint(dil, iface, { V, G: Gc * 0.999, D, gamma }).supercooling.supercooled).toBe(true);
    expect(steadyPoint(dil, iface, { V, G: Gc * 1.001, D, gamma }).supercooling.supercooled).toBe(false);
  });

  for (const G of [2000, 7700, 13900, 50000]) {
    it(`ΔT_max = ΔT0 − Gδ(1 + ln X), z* = δ ln X, depth root of ΔT0(1−e^(−z/δ)) = Gz (G = ${G} K/m, rel 1e-8)`, () => {
      const V = 1e-5;
      const delta = D / V;
      const X = dT0 / (G * delta);
      const p = steadyPoint(dil, iface, { V, G, D, gamma });
      const want = dT0 - G * delta * (1 + Math.log(X));
      expectClose(p.supercooling.maxSupercooling, want, Math.abs(want) * 1e-8, 'ΔT_max');
      expectClose(p.supercooling.maxAt, delta * Math.log(X), delta * 1e-6, 'z*');
      const zd = p.supercooling.depth;
      expectClose(dT0 * (1 - Math.exp(-zd / delta)) - G * zd, 0, 1e-8 * dT0, 'ΔT_cs(depth)');
    });
  }
});

describe('steady state on the Si–Ge diagram', () => {
  const d = new RegularSolutionDiagram();
  const iface = steadyInterface(d, 0.2);
  it('interface liquid is 0.5245 (not C0/k0 = 0.70) and ΔT0 = T_L − T_S = 125.1 K (A.2, ±0.5 K)', () => {
    expectClose(iface.xL, 0.5245, 5e-4);
    expectClose(iface.deltaT0, 125.1, 0.5);
  });
  it('supercooled iff G < G_crit = V·ΔT0*/D (nonlinear liquidus, concave ΔT_cs)', () => {
    const V = 1e-5;
    const Gc = steadyPoint(d, iface, { V, G: 1, D, gamma }).criticalGradient;
    expect(steadyPoint(d, iface, { V, G: Gc * 0.999, D, gamma }).supercooling.supercooled).toBe(true);
    expect(steadyPoint(d, iface, { V, G: Gc * 1.001, D, gamma }).supercooling.supercooled).toBe(false);
  });
  it('ΔT_max from root finding equals a dense scan of T_L(x(z)) − T_S(x0) − Gz (±1e-6 K)', () => {
    const V = 1.0823e-5;
    const G = 7700;
    const p = steadyPoint(d, iface, { V, G, D, gamma });
    let best = 0;
    for (let i = 0; i <= 200000; i++) {
      const z = (i / 200000) * 0.03;
      best = Math.max(best, d.liquidus(steadyProfile(iface, V, D, z)) - iface.T - G * z);
    }
    expectClose(p.supercooling.maxSupercooling, best, 1e-6);
  });
  it('x0 = 0 (pure Si): ΔT0 = 0, no supercooling, planar at any speed', () => {
    const pure = steadyInterface(d, 0);
    expect(pure.deltaT0).toBe(0);
    for (const V of [1e-6, 1e-3, 1]) {
      const p = steadyPoint(d, pure, { V, G: 100, D, gamma });
      expect(p.supercooling.supercooled).toBe(false);
      expect(steadyStability(p).regime).toBe('planar');
    }
  });
});

describe('Mullins–Sekerka stability (A.6 item 7)', () => {
  const state = (V: number, G: number, g = gamma): InterfaceState => ({ V, D, G, gamma: g, k, mGc: (V * dT0) / D });

  it('σ(q → 0) → −kV²G/(D·mG_c) (rel 1e-4)', () => {
    const s = state(1e-5, 7700);
    const want = (-k * s.V ** 2 * s.G) / (D * s.mGc);
    expectClose(growthRate(s, 1e-3), want, Math.abs(want) * 1e-4);
  });

  it('neutral function equals the Kurz–Fisher ξ_c form mG_c(1 − 2k/(s − 1 + 2k)) − G − Γq² (1e-9 relative)', () => {
    const s = state(1e-4, 7700);
    for (const q of [1e3, 1e5, 1e6, 3e6]) {
      const sq = Math.sqrt(1 + ((2 * q * D) / s.V) ** 2);
      const want = s.mGc * (1 - (2 * k) / (sq - 1 + 2 * k)) - s.G - gamma * q * q;
      expectClose(neutralFunction(s, q), want, Math.abs(s.mGc) * 1e-9, `q = ${q}`);
    }
  });

  it('marginal wavelength: σ = 0 there, σ > 0 just longer, σ < 0 just shorter; small-Péclet λ ≈ 2π√(Γ/(mG_c − G)) (rel 1e-2)', () => {
    const s = state(1e-5, 7700);
    const r = analyseStability(s);
    expect(r.stable).toBe(false);
    const q = (2 * Math.PI) / (r.marginalWavelength as number);
    expect(Math.abs(neutralFunction(s, q))).toBeLessThan(1e-6 * s.mGc);
    expect(growthRate(s, q * 0.99)).toBeGreaterThan(0);
    expect(growthRate(s, q * 1.01)).toBeLessThan(0);
    const approx = 2 * Math.PI * Math.sqrt(gamma / (s.mGc - s.G));
    expectClose(r.marginalWavelength as number, approx, approx * 1e-2, 'λ_min');
    expect(r.fastestWavelength as number).toBeGreaterThan(r.marginalWavelength as number);
    expectClose(growthRate(s, (2 * Math.PI) / (r.fastestWavelength as number)), r.maxGrowthRate as number, 1e-12);
  });

  it('without capillarity the front is unstable iff V > V_c = G·D/ΔT0 (constitutional supercooling limit)', () => {
    const G = 7700;
    const Vc = (G * D) / dT0;
    expect(analyseStability(state(Vc * 1.05, G, 1e-30)).stable).toBe(false);
    expect(analyseStability(state(Vc * 0.95, G, 1e-30)).stable).toBe(true);
  });

  it('absolute stability: unstable at 0.95·V_abs, stable at 1.05·V_abs with V_abs = DΔT0/(kΓ) (G small)', () => {
    const vAbs = (D * dT0) / (k * gamma);
    expect(analyseStability(state(0.95 * vAbs, 10)).stable).toBe(false);
    expect(analyseStability(state(1.05 * vAbs, 10)).stable).toBe(true);
    const iface = steadyInterface(dil, C0);
    const p = steadyPoint(dil, iface, { V: 1.05 * vAbs, G: 10, D, gamma });
    expectClose(p.absoluteStabilityV, vAbs, vAbs * 1e-12);
    expect(steadyStability(p).regime).toBe('absolute');
  });

  it('regimes: planar above G_crit, cellular for k·G_crit < G < G_crit, dendritic below k·G_crit', () => {
    const iface = steadyInterface(dil, C0);
    const V = 1e-5;
    const Gc = (dT0 * V) / D;
    expect(steadyStability(steadyPoint(dil, iface, { V, G: 1.2 * Gc, D, gamma })).regime).toBe('planar');
    expect(steadyStability(steadyPoint(dil, iface, { V, G: 0.6 * Gc, D, gamma })).regime).toBe('cellular');
    expect(steadyStability(steadyPoint(dil, iface, { V, G: 0.2 * Gc, D, gamma })).regime).toBe('dendritic');
  });

  it('k > 1 (solute raises T_L): the cell–dendrite boundary is G = G_crit/k, so k = 2 is cellular at 0.7·G_crit and dendritic at 0.3·G_crit', () => {
    // dilute k = 2, m = +200 K: the solid takes more solute than the liquid, ΔT0* = −m(x_L − x_S) = 5 K at x0 = 0.05
    const up = new DiluteDiagram(2, 200, 1000);
    const iface = steadyInterface(up, 0.05);
    expectClose(iface.deltaT0Interface, 5, 1e-12, 'ΔT0*');
    const V = 1e-4;
    const Gc = (5 * V) / D;
    const at = (G: number) => steadyStability(steadyPoint(up, iface, { V, G, D, gamma: 1e-9 }));
    for (const f of [0.7, 0.3]) expect(at(f * Gc).stable, `unstable at G = ${f}·G_crit`).toBe(false);
    expect(at(0.7 * Gc).regime, 'G = 0.7·G_crit > G_crit/k').toBe('cellular');
    expect(at(0.3 * Gc).regime, 'G = 0.3·G_crit < G_crit/k').toBe('dendritic');
    // the same split for k = 1/2 < 1 (boundary k·G_crit = G_crit/2), so the rule is symmetric in k ↔ 1/k
    const down = new DiluteDiagram(0.5, -200, 1000);
    const iDown = steadyInterface(down, 0.05);
    const GcDown = (iDown.deltaT0Interface * V) / D;
    const atDown = (G: number) => steadyStability(steadyPoint(down, iDown, { V, G, D, gamma: 1e-9 })).regime;
    expect([atDown(0.7 * GcDown), atDown(0.3 * GcDown)]).toEqual(['cellular', 'dendritic']);
  });
});
