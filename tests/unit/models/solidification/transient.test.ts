/**
 * The transient solver (transient.ts) step by step, in short runs of at most a few hundred steps:
 * its initial state and grid, cell geometry, the exact solute balance, the steady boundary layer
 * kept steady, the Smith–Tiller–Rutter initial transient, the step-length rules, the velocity caps,
 * the furnace drive (interface on the furnace isotherm) and every stop reason. The whole-run
 * closed-form checks are in transientAccuracy.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../../../src/core/model';
import { stretchedFaces } from '../../../../src/models/solidification/grid';
import { HISTORY_CAPACITY } from '../../../../src/models/solidification/history';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { RegularSolutionDiagram } from '../../../../src/models/solidification/regularSolution';
import { HARD_STEP_LIMIT, RUNAWAY_FACTOR, TransientSolver, type TransientInput } from '../../../../src/models/solidification/transient';
import { expectClose, smithTillerRutter } from './helpers';

const k = 0.3;
const C0 = 0.2;
const D = 1e-8;
const V = 1e-5;
/** Boundary-layer thickness D/V (m) and diffusion time D/V² (s). */
const lD = D / V;
const tau = D / (V * V);
const dil = new DiluteDiagram(k, -350, 1687);
const sige = new RegularSolutionDiagram();

const pulled: TransientInput = { diagram: dil, x0: C0, G: 1e4, D, meltLength: 50 * lD, delta: 0, drive: 'pulling', R: 0, V, tEnd: 1e9 };
const cooled: TransientInput = { diagram: dil, x0: C0, G: 1e5, D, meltLength: 20 * lD, delta: 0, drive: 'cooling', R: 1, V: 0, tEnd: 1e9 };

/** Takes n steps (fewer if the run stops) and returns the solver. */
function stepN(input: TransientInput, n: number): TransientSolver {
  const s = new TransientSolver(input);
  for (let i = 0; i < n && !s.done; i++) s.step();
  return s;
}

/** Steady boundary-layer profile C0[1 + (1−k)/k·e^(−z/lD)] of the dilute diagram. */
const steadyX = (z: number) => C0 * (1 + ((1 - k) / k) * Math.exp(-z / lD));

describe('initial state', () => {
  it('defaults of the numerical controls; a uniform melt at x0 with x_L* = x0, κ = k(x0), x_S = κx0, T0 = T_L(x0), one history row at t = 0', () => {
    const s = new TransientSolver(pulled);
    expect(s.input).toMatchObject({ fsMax: 0.995, theta: 0.5, firstCell: 0.05, minCells: 100, dtFactor: 0.002, dtGrowth: 1.05, lengthStep: 0.02, layerStep: 0.5, maxSteps: HARD_STEP_LIMIT, dtFixed: 0 });
    expect(s.stirred).toBe(false);
    expect(s.vRef).toBe(V);
    expect([...s.xi]).toEqual([...stretchedFaces((0.05 * lD) / pulled.meltLength, 100, 1.06)]);
    expect(s.nLayer).toBe(s.xi.length - 1);
    expect(s.nCells).toBe(s.nLayer);
    expect(s.x.length).toBe(s.nCells);
    expect(s.x.every((v) => v === C0)).toBe(true);
    expect(s.T0).toBe(dil.liquidus(C0));
    expect(s.interfaceT()).toBe(dil.liquidus(C0));
    expect([s.V, s.xStar, s.kappa, s.t, s.s, s.steps]).toEqual([V, C0, k, 0, 0, 0]);
    expectClose(s.xS, k * C0, 1e-17, 'x_S');
    expectClose(s.dt, 0.002 * tau, 1e-15 * tau, 'first dt = 0.002·D/V²');
    expectClose(s.initialSolute, C0 * pulled.meltLength, 1e-20, 'initial solute');
    expect([s.done, s.stopReason, s.meltRemaining]).toEqual([false, 'running', pulled.meltLength]);
    expect(s.hist.capacity).toBe(HISTORY_CAPACITY);
    expect([s.hist.length, s.hist.t[0], s.hist.s[0], s.hist.V[0], s.hist.T[0], s.hist.xL[0], s.hist.xS[0]]).toEqual([1, 0, 0, V, s.T0, C0, s.xS]);
    expect(s.soluteBalanceError()).toBeLessThan(1e-15);
  });

  it('cooling drive: V starts at 0, the design speed is 1.5·R/G and the first dt 0.002·D/(1.5R/G)²; a given history capacity is used', () => {
    // an imposed V is ignored under cooling
    const s = new TransientSolver({ ...cooled, R: 0.5, G: 5e4, V: 3e-6, historyCapacity: 16 });
    const vRef = (1.5 * 0.5) / 5e4;
    expect(s.V).toBe(0);
    expectClose(s.vRef, vRef, 1e-20, 'vRef');
    expectClose(s.dt, (0.002 * D) / (vRef * vRef), 1e-12 * s.dt, 'dt');
    expect(s.hist.capacity).toBe(16);
    expect([...s.xi]).toEqual([...stretchedFaces((0.05 * D) / vRef / cooled.meltLength, 100, 1.06)]);
    expect(s.hist.V[0]).toBe(0);
  });

  it('dtFixed sets the first step, and numerical controls passed in override the defaults', () => {
    const s = new TransientSolver({ ...pulled, dtFixed: 3, theta: 1, minCells: 20, firstCell: 10 });
    expect(s.dt).toBe(3);
    expect(s.input.theta).toBe(1);
    // first ≥ 1/minCells: a uniform grid of minCells cells
    expect(s.nCells).toBe(20);
  });

  it('a melt shorter than twice the stirred layer is refused naming delta (at exactly 2δ too); just longer is accepted', () => {
    const L = 20 * lD;
    const refuse = (delta: number) => () => new TransientSolver({ ...pulled, meltLength: L, delta });
    expect(refuse(0.5 * L)).toThrow(InvalidParamsError);
    expect(refuse(0.5 * L)).toThrow(/^delta: the stagnant layer must be shorter than half the melt$/);
    expect(refuse(0.6 * L)).toThrow(InvalidParamsError);
    try {
      refuse(0.5 * L)();
    } catch (e) {
      expect((e as InvalidParamsError).field).toBe('delta');
    }
    expect(refuse(0.499 * L)).not.toThrow();
  });
});

describe('cell geometry', () => {
  it('unstirred: the cells span the remaining melt in the proportions of the faces ξ; centres are mid-cell', () => {
    const s = stepN(pulled, 10);
    const h = s.cellSizes(s.s, new Float64Array(s.nCells));
    const rest = pulled.meltLength - s.s;
    expectClose(
      h.reduce((a, b) => a + b, 0),
      rest,
      1e-12 * rest,
      'Σh',
    );
    for (const j of [0, 1, 50, s.nCells - 1]) expectClose(h[j], (s.xi[j + 1] - s.xi[j]) * rest, 1e-15 * rest, `h[${j}]`);
    const z = s.cellCentres();
    expectClose(z[0], 0.5 * h[0], 1e-18, 'z0');
    expectClose(z[1], h[0] + 0.5 * h[1], 1e-18, 'z1');
    expectClose(z[s.nCells - 1], rest - 0.5 * h[s.nCells - 1], 1e-12 * rest, 'last centre');
  });

  it('stirred: the layer cells span δ, then one well-mixed cell (L − s − δ) whose centre is reported at δ', () => {
    const delta = 0.5 * lD;
    const s = stepN({ ...pulled, delta }, 5);
    expect(s.stirred).toBe(true);
    // first cell 0.05·min(D/V, δ)/δ = 0.1 ≥ 1/100: uniform 100 cells
    expect(s.nLayer).toBe(100);
    expect(s.nCells).toBe(101);
    const h = s.cellSizes(s.s, new Float64Array(s.nCells));
    expectClose(
      h.slice(0, 100).reduce((a, b) => a + b, 0),
      delta,
      1e-12 * delta,
      'layer',
    );
    expectClose(h[0], delta / 100, 1e-15 * delta, 'uniform layer cell');
    expectClose(h[100], pulled.meltLength - s.s - delta, 1e-12 * pulled.meltLength, 'reservoir');
    const z = s.cellCentres();
    expectClose(z[100], delta, 1e-12 * delta, 'reservoir position');
    expectClose(z[99], delta - delta / 200, 1e-12 * delta, 'last layer centre');
  });
});

describe('solute balance: exact to round-off after 40 steps (relative error < 1e-13)', () => {
  const cases: [string, TransientInput][] = [
    ['pulled, Crank–Nicolson', pulled],
    ['pulled, backward Euler', { ...pulled, theta: 1 }],
    ['pulled, stirred δ = 0.5·D/V', { ...pulled, delta: 0.5 * lD }],
    ['pulled, k = 2 (m > 0)', { ...pulled, diagram: new DiluteDiagram(2, 200, 1000), x0: 0.05 }],
    ['cooled, dilute', cooled],
    ['cooled, Si–Ge (κ iterated)', { ...cooled, diagram: sige, G: 1e4, R: 0.1 }],
    ['cooled, Si–Ge, stirred', { ...cooled, diagram: sige, G: 1e4, R: 0.1, delta: 2 * lD }],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      const s = stepN(input, 40);
      expect(s.steps).toBe(40);
      expect(s.s).toBeGreaterThan(0);
      expect(s.soluteBalanceError()).toBeLessThan(1e-13);
      // the solid holds what the melt lost
      expectClose(s.solidSolute, s.initialSolute - s.meltSolute(), 1e-13 * s.initialSolute, 'solid solute');
      expect(s.solidSolute).toBeGreaterThan(0);
    });
  }

  it('the error is relative to the initial solute: 1 % too much solid solute reads 0.01', () => {
    const s = new TransientSolver(pulled);
    s.solidSolute = 0.01 * s.initialSolute;
    expectClose(s.soluteBalanceError(), 0.01, 1e-14, 'relative error');
    expectClose(s.meltSolute(), s.initialSolute, 1e-15 * s.initialSolute, 'melt solute Σ h·x');
  });

  it('a pure melt (x0 = 0) stays pure: no solute anywhere, balance error exactly 0', () => {
    const s = stepN({ ...pulled, x0: 0 }, 5);
    expect(s.initialSolute).toBe(0);
    expect(s.soluteBalanceError()).toBe(0);
    expect(s.xS).toBe(0);
  });
});

describe('solute transport against closed forms (dilute diagram)', () => {
  for (const theta of [0.5, 1]) {
    it(`θ = ${theta}: the steady boundary layer C0[1 + (1−k)/k·e^(−Vz/D)] with x_S = C0 stays steady over 4 D/V of growth (x_S within 2e-3·C0, profile within 1e-3)`, () => {
      const s = new TransientSolver({ ...pulled, dtFixed: 0.2 * tau, theta });
      const z0 = s.cellCentres();
      for (let j = 0; j < s.nCells; j++) s.x[j] = steadyX(z0[j]);
      s.xStar = C0 / k;
      s.kappa = k;
      s.xS = C0;
      for (let i = 0; i < 20; i++) {
        s.step();
        expectClose(s.xS, C0, 2e-3 * C0, `x_S at step ${i + 1}`);
        expectClose(s.xStar, C0 / k, 2e-3 * C0, `x_L* at step ${i + 1}`);
      }
      expectClose(s.s, 4 * lD, 1e-12 * lD, 'front position V·t');
      const z = s.cellCentres();
      for (let j = 0; j < s.nCells; j += 5) expectClose(s.x[j], steadyX(z[j]), 1e-3, `x(${z[j]})`);
    });
  }

  it('initial transient: x_S follows Smith–Tiller–Rutter at every step up to 2 D/V of growth (|ΔC_S| ≤ 3e-3·C0), from k·C0', () => {
    const s = new TransientSolver(pulled);
    let rows = 0;
    while (s.s < 2 * lD) {
      s.step();
      expectClose(s.xS, C0 * smithTillerRutter(k, s.s / lD), 3e-3 * C0, `x_S at s = ${s.s}`);
      rows++;
    }
    expect(rows).toBeGreaterThan(50);
    expect(s.xS).toBeGreaterThan(1.5 * k * C0);
  });

  it('stirred (δ = 0.5·D/V): once the layer has settled (t ≥ 4·D/V²), x_S = k_eff·x_bulk with Burton–Prim–Slichter k_eff = k/(k + (1−k)e^(−Vδ/D)) (rel 2e-3)', () => {
    const delta = 0.5 * lD;
    const kEff = k / (k + (1 - k) * Math.exp(-delta / lD));
    const s = new TransientSolver({ ...pulled, meltLength: 1000 * lD, delta });
    while (s.t < 4 * tau) s.step();
    for (let i = 0; i < 5; i++) {
      s.step();
      expectClose(s.xS / s.x[s.nCells - 1], kEff, 2e-3 * kEff, `x_S/x_bulk at t = ${s.t}`);
    }
  });

  it('the interface value closes the first-cell flux balance −D(x₀ − x*)/(h₀/2) = V(1 − κ)x* (rel 1e-12)', () => {
    const s = stepN(pulled, 30);
    const h0 = s.cellSizes(s.s, new Float64Array(s.nCells))[0];
    expectClose((-D * (s.x[0] - s.xStar)) / (h0 / 2), V * (1 - s.kappa) * s.xStar, 1e-12 * V * s.xStar, 'flux');
    expect(s.xStar).toBeGreaterThan(s.x[0]);
  });

  it('Si–Ge: κ is the diagram’s k(x_L*) after each step (Picard converged, 1e-11), and x_S = κ·x_L*', () => {
    const s = new TransientSolver({ ...pulled, diagram: sige });
    for (let i = 0; i < 15; i++) {
      s.step();
      expectClose(s.kappa, sige.partition(s.xStar), 1e-11 * s.kappa, `κ at step ${i + 1}`);
      expect(s.xS).toBe(s.kappa * s.xStar);
    }
    expect(s.xStar).toBeGreaterThan(C0);
    expect(s.interfaceT()).toBe(sige.liquidus(s.xStar));
  });
});

describe('time steps', () => {
  it('grow by dtGrowth from dtFactor·D/V² (the first step is already grown once)', () => {
    const s = new TransientSolver(pulled);
    for (let n = 1; n <= 5; n++) {
      s.step();
      expectClose(s.dt, 0.002 * tau * 1.05 ** n, 1e-12 * tau, `dt of step ${n}`);
      expectClose(s.t, (0.002 * tau * (1.05 ** (n + 1) - 1.05)) / 0.05, 1e-10 * tau, `t after step ${n}`);
    }
  });

  it('never advance the front by more than layerStep·D/V, and reach that bound', () => {
    const s = new TransientSolver({ ...pulled, layerStep: 0.01 });
    for (let i = 0; i < 60; i++) s.step();
    expectClose(s.dt, 0.01 * tau, 1e-12 * tau, 'dt = layerStep·D/V²');
    const adv = s.hist.s.slice(1).map((x, i) => x - s.hist.s[i]);
    for (const a of adv) expect(a).toBeLessThanOrEqual(0.01 * lD * (1 + 1e-12));
  });

  it('solidify at most lengthStep of the remaining melt per step: with that bound alone, the melt left shrinks by (1 − lengthStep) each step', () => {
    const s = new TransientSolver({ ...pulled, lengthStep: 0.1, dtFactor: 1e3, layerStep: 1e3 });
    for (let n = 1; n <= 5; n++) {
      s.step();
      expectClose(s.meltRemaining, pulled.meltLength * 0.9 ** n, 1e-12 * pulled.meltLength, `melt left after step ${n}`);
    }
    const st = new TransientSolver({ ...pulled, delta: 5 * lD, lengthStep: 0.1, dtFactor: 1e3, layerStep: 1e3 });
    for (let n = 1; n <= 3; n++) st.step();
    expectClose(st.meltRemaining - 5 * lD, (pulled.meltLength - 5 * lD) * 0.9 ** 3, 1e-12 * pulled.meltLength, 'stirred: melt left above δ');
  });

  it('cooling: each step is at most lengthStep of the remaining melt and layerStep·D/V of advance at the speed before it, and one of the two binds', () => {
    const s = new TransientSolver({ ...cooled, lengthStep: 0.01, layerStep: 0.05 });
    s.step();
    let binds = 0;
    for (let i = 0; i < 100 && !s.done; i++) {
      const [rest, v] = [s.meltRemaining, s.V];
      s.step();
      const byLength = (0.01 * rest) / v;
      const byLayer = (0.05 * D) / (v * v);
      expect(s.dt, `step ${i + 2}`).toBeLessThanOrEqual(Math.min(byLength, byLayer) * (1 + 1e-12));
      if (s.dt >= Math.min(byLength, byLayer) * (1 - 1e-12)) binds++;
    }
    expect(binds).toBeGreaterThan(3);
  });

  it('cooling with only the length bound active: each step solidifies at most 1e-3 of the melt left at the speed before it, and the bound binds', () => {
    const s = new TransientSolver({ ...cooled, lengthStep: 1e-3, layerStep: 1e6 });
    s.step();
    let binds = 0;
    for (let i = 0; i < 200 && !s.done; i++) {
      const [rest, v] = [s.meltRemaining, s.V];
      s.step();
      expect(s.dt).toBeLessThanOrEqual(((1e-3 * rest) / v) * (1 + 1e-12));
      if (s.dt >= ((1e-3 * rest) / v) * (1 - 1e-12)) binds++;
    }
    expect(binds).toBeGreaterThan(10);
  });

  it('dtFixed: every step is dtFixed, the last one cut to reach tEnd exactly', () => {
    const s = new TransientSolver({ ...pulled, dtFixed: 0.1 * tau, tEnd: 0.35 * tau });
    const dts: number[] = [];
    while (!s.done) {
      s.step();
      dts.push(s.dt);
    }
    expect(dts.length).toBe(4);
    for (const d of dts.slice(0, 3)) expect(d).toBe(0.1 * tau);
    expectClose(dts[3], 0.05 * tau, 1e-9 * tau, 'last dt');
    expectClose(s.t, 0.35 * tau, 1e-12 * tau, 't');
    expect(s.stopReason).toBe('tEnd');
  });
});

describe('velocity caps', () => {
  it('one step cannot solidify more than half the melt left: a huge fixed step moves the front to L/2 at V = L/(2dt)', () => {
    const dt = 1e3 * tau;
    const s = stepN({ ...pulled, dtFixed: dt }, 1);
    expectClose(s.s, 0.5 * pulled.meltLength, 1e-12 * pulled.meltLength, 's');
    expectClose(s.V, (0.5 * pulled.meltLength) / dt, 1e-12 * s.V, 'V');
    const st = stepN({ ...pulled, dtFixed: dt, delta: 4 * lD }, 1);
    expectClose(st.s, 0.5 * (pulled.meltLength - 4 * lD), 1e-12 * pulled.meltLength, 'stirred: half the melt above δ');
  });

  it('k < 1: V ≤ 2D/(2h₀(1 − κ)) on a coarse grid (uniform 10 cells over 100 D/V: V/7); k > 1 has no grid cap', () => {
    const coarse = { ...pulled, meltLength: 100 * lD, minCells: 10, firstCell: 20 };
    const s = stepN(coarse, 1);
    expectClose(s.V, V / 7, 1e-12 * V, 'capped V');
    expectClose(s.s, (V / 7) * s.t, 1e-12 * lD, 's');
    const up = stepN({ ...coarse, diagram: new DiluteDiagram(2, 200, 1000), x0: 0.05 }, 1);
    expect(up.V).toBe(V);
  });
});

describe('furnace drive', () => {
  it('the interface sits on the furnace isotherm after each step: T_L(x_L*) = T0 − R·t + G·s within the solver’s tolerance G·(1e-8·(R/G)·dt + 1e-15·L); V starts below R/G and rises', () => {
    for (const input of [cooled, { ...cooled, diagram: sige, G: 1e4, R: 0.1 }]) {
      const s = new TransientSolver(input);
      let last = 0;
      for (let i = 0; i < 40; i++) {
        s.step();
        const furnace = s.T0 - input.R * s.t + input.G * s.s;
        const tol = input.G * (1e-8 * (input.R / input.G) * s.dt + 1e-15 * input.meltLength);
        expectClose(s.interfaceT(), furnace, tol, `${input.diagram.kind} step ${i + 1}`);
        expect(s.V).toBeGreaterThan(last);
        last = s.V;
      }
      expect(s.V).toBeLessThan(input.R / input.G);
      expect(s.V).toBeGreaterThan(0);
    }
  });

  it('a furnace step longer than the melt can follow (dt = 100·L/(R/G)) moves the front by half the melt, at its velocity cap', () => {
    const dt = (100 * cooled.meltLength) / (cooled.R / cooled.G);
    const s = stepN({ ...cooled, dtFixed: dt }, 1);
    expectClose(s.s, 0.5 * cooled.meltLength, 1e-12 * cooled.meltLength, 's');
    expectClose(s.V, (0.5 * cooled.meltLength) / dt, 1e-12 * s.V, 'V');
    expect(s.stopReason).toBe('running');
  });

  it('a furnace far ahead of the front (the whole melt below its liquidus) stops the run as a runaway, without taking the step', () => {
    const input = { ...cooled, R: 2, G: 2e5 };
    const s = new TransientSolver(input);
    s.t = 1e3 * ((input.G * input.meltLength) / input.R);
    s.step();
    expect(s.stopReason).toBe('runaway');
    expect(s.done).toBe(true);
    expect([s.steps, s.s, s.hist.length]).toEqual([0, 0, 1]);
    expect(RUNAWAY_FACTOR).toBe(10);
  });

  it('a front just past the furnace isotherm waits: V = 0 while the furnace catches up', () => {
    const s = new TransientSolver({ ...cooled, dtFixed: 1e-3 * tau });
    s.s = 1e-3 * lD;
    s.step();
    expect(s.V).toBe(0);
    expect(s.s).toBe(1e-3 * lD);
    expect(s.steps).toBe(1);
  });
});

describe('stopping', () => {
  it('at fsMax solid (s/L ≥ fsMax, the step before below it); further steps do nothing', () => {
    const s = new TransientSolver({ ...pulled, fsMax: 0.1, dtFactor: 1, lengthStep: 0.05, layerStep: 1e3 });
    while (!s.done) s.step();
    expect(s.stopReason).toBe('solidified');
    expect(s.s / pulled.meltLength).toBeGreaterThanOrEqual(0.1);
    expect(s.hist.s[s.hist.length - 2] / pulled.meltLength).toBeLessThan(0.1);
    const [t, steps] = [s.t, s.steps];
    s.step();
    expect([s.t, s.steps]).toEqual([t, steps]);
  });

  it('stirred: when no more than 2δ of melt is left', () => {
    const delta = 10 * lD;
    const s = new TransientSolver({ ...pulled, delta, dtFactor: 1, lengthStep: 0.3, layerStep: 1e3 });
    while (!s.done) s.step();
    expect(s.stopReason).toBe('stirredLayer');
    expect(s.meltRemaining).toBeLessThanOrEqual(2 * delta);
    expect(pulled.meltLength - s.hist.s[s.hist.length - 2]).toBeGreaterThan(2 * delta);
  });

  it('at maxSteps', () => {
    const s = new TransientSolver({ ...pulled, maxSteps: 3 });
    while (!s.done) s.step();
    expect([s.stopReason, s.steps, s.hist.length]).toEqual(['stepLimit', 3, 4]);
  });

  it('tEnd wins when the same step also reaches fsMax', () => {
    const dt = 1e3 * tau;
    const s = stepN({ ...pulled, dtFixed: dt, tEnd: dt, fsMax: 0.4 }, 1);
    expect(s.s / pulled.meltLength).toBeGreaterThanOrEqual(0.4);
    expect(s.stopReason).toBe('tEnd');
  });

  it('fsMax wins over the stirred layer and the step limit when they coincide', () => {
    const dt = 1e3 * tau;
    const s = stepN({ ...pulled, dtFixed: dt, fsMax: 0.3, maxSteps: 1, delta: 20 * lD }, 1);
    expect(s.stopReason).toBe('solidified');
    const t = stepN({ ...pulled, dtFixed: dt, maxSteps: 1, delta: 20 * lD }, 1);
    expect(t.stopReason).toBe('stirredLayer');
  });

  it('the history holds one row per step with the state after it', () => {
    const s = stepN(cooled, 7);
    expect(s.hist.length).toBe(8);
    const last = s.hist.length - 1;
    expect([s.hist.t[last], s.hist.s[last], s.hist.V[last], s.hist.T[last], s.hist.xL[last], s.hist.xS[last]]).toEqual([s.t, s.s, s.V, s.interfaceT(), s.xStar, s.xS]);
  });
});
