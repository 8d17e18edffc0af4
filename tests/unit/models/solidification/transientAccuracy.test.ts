/**
 * The transient solver against closed forms over whole runs (Smith–Tiller–Rutter, steady boundary
 * layer, Scheil, Burton–Prim–Slichter), its solute balance and convergence order: slow (thousands
 * of steps each), so the mutation run uses the short direct tests of transient.test.ts instead.
 */
import { describe, it, expect } from 'vitest';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { RegularSolutionDiagram } from '../../../../src/models/solidification/regularSolution';
import { TransientSolver, type TransientInput } from '../../../../src/models/solidification/transient';
import { supercoolingDiscrete } from '../../../../src/models/solidification/supercooling';
import model from '../../../../src/models/solidification';
import { defaultsOf } from '../../../../src/core/model';
import { expectClose, smithTillerRutter } from './helpers';

const k = 0.3;
const C0 = 0.2;
const D = 1e-8;
const V = 1e-5;
const dil = new DiluteDiagram(k, -350, 1687);
const sige = new RegularSolutionDiagram();
const tau = D / (V * V); // s

const pulled: TransientInput = { diagram: dil, x0: C0, G: 1e4, D, meltLength: 200 * (D / V), delta: 0, drive: 'pulling', R: 0, V, tEnd: 40 * tau };

function runToEnd(input: TransientInput): TransientSolver {
  const s = new TransientSolver(input);
  while (!s.done) s.step();
  return s;
}

describe('transient solver vs closed forms (dilute diagram)', () => {
  it('initial transient of the solid matches Smith–Tiller–Rutter (|ΔC_S| ≤ 2e-3·C0 at every step, semi-infinite melt)', () => {
    const s = runToEnd(pulled);
    let worst = 0;
    for (let i = 0; i < s.hist.s.length; i++) {
      const want = C0 * smithTillerRutter(k, (V * s.hist.s[i]) / D);
      worst = Math.max(worst, Math.abs(s.hist.xS[i] - want));
    }
    expect(worst, `max |C_S − STR| = ${worst}`).toBeLessThanOrEqual(2e-3 * C0);
    expectClose(s.hist.xS[0], k * C0, 1e-15, 'C_S(0) = kC0');
  });

  it('steady state: C_L(0) → C0/k and C_S → C0 (rel 1e-3), boundary-layer profile C0[1 + (1−k)/k·e^(−Vz/D)] (abs 2e-3)', () => {
    const s = runToEnd(pulled);
    expectClose(s.xStar, C0 / k, (1e-3 * C0) / k, 'C_L(0)');
    expectClose(s.xS, C0, 1e-3 * C0, 'C_S');
    const z = s.cellCentres();
    for (let j = 0; j < z.length && z[j] < 5 * (D / V); j += 7) {
      expectClose(s.x[j], C0 * (1 + ((1 - k) / k) * Math.exp((-V * z[j]) / D)), 2e-3, `x(${z[j]})`);
    }
  });

  it('well-mixed limit (δ = 1e-3·D/V): solid follows Scheil k·C0(1 − f)^(k−1) up to f = 0.95 (rel 5e-3)', () => {
    const L = 0.02;
    const s = runToEnd({ ...pulled, meltLength: L, delta: 1e-3 * (D / V), tEnd: 1e9, fsMax: 0.96 });
    for (let i = 0; i < s.hist.s.length; i++) {
      const f = s.hist.s[i] / L;
      if (f < 0.02 || f > 0.95) continue;
      const want = k * C0 * (1 - f) ** (k - 1);
      expectClose(s.hist.xS[i], want, 5e-3 * want, `C_S(f = ${f.toFixed(3)})`);
    }
  });

  it('stirred melt: Burton–Prim–Slichter k_eff = k/(k + (1−k)e^(−Vδ/D)) in Scheil form (δ = 0.2·D/V; rel 1e-2 for 0.1 ≤ f ≤ 0.9: BPS assumes a quasi-steady film)', () => {
    const L = 0.02;
    const delta = 0.2 * (D / V);
    const kEff = k / (k + (1 - k) * Math.exp((-V * delta) / D));
    const s = runToEnd({ ...pulled, meltLength: L, delta, tEnd: 1e9, fsMax: 0.92 });
    let checked = 0;
    for (let i = 0; i < s.hist.s.length; i++) {
      const f = s.hist.s[i] / L;
      if (f < 0.1 || f > 0.9) continue;
      const want = kEff * C0 * (1 - f) ** (kEff - 1);
      expectClose(s.hist.xS[i], want, 1e-2 * want, `C_S(f = ${f.toFixed(3)})`);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('final transient of an unstirred finite melt: the last solid exceeds C0 and the solute balance still closes (< 1e-6)', () => {
    const s = runToEnd({ ...pulled, meltLength: 20 * (D / V), tEnd: 1e9 });
    expect(s.s / s.input.meltLength).toBeGreaterThanOrEqual(0.995);
    expect(s.xS).toBeGreaterThan(3 * C0);
    expect(s.soluteBalanceError()).toBeLessThan(1e-6);
  });
});

/** First root of f on (0, zMax] by a dense scan of n points, refined linearly inside the last interval, m. */
function denseRoot(f: (z: number) => number, zMax: number, n = 1_000_000): number {
  for (let i = 1; i <= n; i++) {
    const z1 = (zMax * i) / n;
    if (f(z1) <= 0) {
      const z0 = (zMax * (i - 1)) / n;
      return z0 + ((z1 - z0) * f(z0)) / (f(z0) - f(z1));
    }
  }
  throw new Error('no root');
}

describe('supercooled depth of a discrete (transient) profile', () => {
  it('is interpolated between grid points: on a stretched grid (10 % growth) it matches a dense scan to 2e-3 of the depth, while both neighbouring grid points are > 1e-2 away', () => {
    // ΔT_cs(z) = ΔT0(1 − e^(−z/δ)) − Gz, the steady dilute form
    const delta = 1e-3;
    const dT = (z: number) => 163 * (1 - Math.exp(-z / delta)) - 8e4 * z;
    const z: number[] = [0];
    for (let h = 2e-5; z[z.length - 1] < 0.01; h *= 1.1) z.push(z[z.length - 1] + h);
    const got = supercoolingDiscrete(z, z.map(dT)).depth;
    const want = denseRoot(dT, 0.01);
    let i = 0;
    while (z[i] < want) i++;
    const nearest = Math.min(want - z[i - 1], z[i] - want) / want;
    expect(nearest, 'distance of the depth from the nearest grid point, relative').toBeGreaterThan(1e-2);
    expectClose(got, want, 2e-3 * want, 'depth');
  });

  for (const f of [0.2, 0.5, 0.8]) {
    it(`steady pulled run (dilute, G = ${f}·G_crit): reported depth equals a dense scan of ΔT0(1 − e^(−Vz/D)) = Gz within 5e-3 relative`, async () => {
      const G = (f * V * (-350 * C0 * (k - 1))) / k / D;
      const r = await model.run({ ...defaultsOf(model), phaseDiagram: 'dilute', k, m: -350, Tm: 1687, x0: C0, drive: 'pulling', V, D, G, meltLength: 200 * (D / V), tEnd: 40 * tau });
      const dT0 = (-350 * C0 * (k - 1)) / k;
      const want = denseRoot((z) => dT0 * (1 - Math.exp((-V * z) / D)) - G * z, 20 * (D / V));
      expectClose(r.summary.supercooledDepth as number, want, 5e-3 * want, 'supercooled depth');
    });
  }
});

describe('global solute balance (relative error < 1e-6 at the end of every run)', () => {
  const cases: [string, TransientInput][] = [
    ['Si–Ge, cooling 5 K/min, G = 7.7 K/mm, 20 mm, to the end', { diagram: sige, x0: 0.2, G: 7700, D, meltLength: 0.02, delta: 0, drive: 'cooling', R: 5 / 60, V: 0, tEnd: 1e6 }],
    ['Si–Ge, pulling 50 µm/s, stirred δ = 0.1 mm', { diagram: sige, x0: 0.1, G: 13900, D, meltLength: 0.02, delta: 1e-4, drive: 'pulling', R: 0, V: 5e-5, tEnd: 1e6 }],
    ['dilute k = 2 (m > 0), pulling', { diagram: new DiluteDiagram(2, 200, 1000), x0: 0.05, G: 5000, D: 3e-9, meltLength: 0.01, delta: 0, drive: 'pulling', R: 0, V: 2e-6, tEnd: 1e6 }],
    ['dilute k = 0.05, cooling, stopped at tEnd', { diagram: new DiluteDiagram(0.05, -500, 1400), x0: 0.01, G: 20000, D, meltLength: 0.05, delta: 0, drive: 'cooling', R: 0.02, V: 0, tEnd: 5000 }],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      const s = runToEnd(input);
      expect(s.soluteBalanceError()).toBeLessThan(1e-6);
      expect(s.t).toBeGreaterThan(0);
    });
  }
});

describe('furnace drive: the computed growth velocity', () => {
  // The approach length grows with the thermal length ΔT0/G (Warren–Langer); with G = 100 K/mm it is
  // ~1.6 mm, so the front is at steady state half-way through a 50 mm melt.
  it('lags R/G at first and reaches it (|V − R/G| < 0.5 %, G = 100 K/mm, V = R/G = 10 µm/s); interface T → T_S(x0) (±0.5 K)', () => {
    const G = 1e5;
    const target = 1e-5;
    const R = G * target;
    const L = 0.05;
    const s = new TransientSolver({ diagram: dil, x0: C0, G, D, meltLength: L, delta: 0, drive: 'cooling', R, V: 0, tEnd: (0.5 * L) / target });
    s.step();
    expect(s.V).toBeLessThan(0.5 * target);
    while (!s.done) s.step();
    expectClose(s.V, target, 5e-3 * target, 'V');
    expectClose(s.interfaceT(), dil.solidus(C0), 0.5, 'T_i');
  });

  it('Si–Ge: V → R/G and the interface liquid → 0.5245, the steady tie-line (long melt, ±1 %)', () => {
    const R = 5 / 60;
    const G = 13900;
    const target = R / G;
    const s = runToEnd({ diagram: sige, x0: 0.2, G, D, meltLength: 0.15, delta: 0, drive: 'cooling', R, V: 0, tEnd: 0.08 / target });
    expectClose(s.V, target, 1e-2 * target, 'V');
    expectClose(s.xStar, 0.5245, 0.01 * 0.5245, 'x_L*');
  });
});

describe('convergence (order observed against a fine reference of the same scheme)', () => {
  const short: TransientInput = { ...pulled, meltLength: 10 * (D / V), tEnd: 3 * tau };
  const finalXs = (o: Partial<TransientInput>) => runToEnd({ ...short, ...o }).xS;

  it('space: uniform grids of 50/100/200 cells converge at order 2 (observed order in 1.8–2.2)', () => {
    const at = (n: number) => finalXs({ dtFixed: tau / 200, firstCell: 1, minCells: n });
    const ref = at(1600);
    const e = [50, 100, 200].map((n) => Math.abs(at(n) - ref));
    const orders = [Math.log2(e[0] / e[1]), Math.log2(e[1] / e[2])];
    for (const p of orders) expect(p, `errors ${e.join(', ')}`).toBeGreaterThan(1.8);
    for (const p of orders) expect(p).toBeLessThan(2.2);
  });

  it('time: backward Euler is first order (0.9–1.1); Crank–Nicolson is at least 20× more accurate at the same step', () => {
    const at = (theta: number, f: number) => finalXs({ theta, dtFixed: tau * f });
    const refBE = at(1, 1 / 6400);
    const e = [0.04, 0.02, 0.01].map((f) => Math.abs(at(1, f) - refBE));
    for (const p of [Math.log2(e[0] / e[1]), Math.log2(e[1] / e[2])]) {
      expect(p, `BE errors ${e.join(', ')}`).toBeGreaterThan(0.9);
      expect(p).toBeLessThan(1.1);
    }
    const refCN = at(0.5, 1 / 6400);
    const eCN = Math.abs(at(0.5, 0.02) - refCN);
    expect(eCN, `CN ${eCN} vs BE ${e[1]}`).toBeLessThan(e[1] / 20);
  });
});
