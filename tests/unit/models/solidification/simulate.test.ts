/**
 * The two run modes (simulate.ts, run.ts) on short runs: the steady mode's profile, velocity and
 * summary against the closed forms of the dilute diagram, the steady-state test of a transient
 * state at its tolerance, the progress fraction, the solver built from the parameters, the result
 * of a transient state (profile with the interface point and the stirred bulk, history series,
 * summary), and a transient run's progress reports and cancellation (with a stepped clock, so the
 * chunking does not depend on the machine's speed).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, defaultsOf, InvalidParamsError, type Progress } from '../../../../src/core/model';
import model from '../../../../src/models/solidification';
import { makeDiagram } from '../../../../src/models/solidification/diagram';
import type { SolidificationParams } from '../../../../src/models/solidification/params';
import { alloyFigures } from '../../../../src/models/solidification/results';
import { run } from '../../../../src/models/solidification/run';
import { estimateRunSize } from '../../../../src/models/solidification/runSize';
import {
  driveForVelocity,
  makeTransientSolver,
  runSteady,
  runTransient,
  STEADY_TOLERANCE,
  steadiness,
  steadyStateSummary,
  steadyVelocity,
  transientProgress,
  transientResult,
} from '../../../../src/models/solidification/simulate';
import { steadyInterface, steadyPoint } from '../../../../src/models/solidification/steadyState';
import { expectClose } from './helpers';

const k = 0.3;
const C0 = 0.2;
const D = 1e-8;
const V = 1e-5;
const lD = D / V;
const dT0 = (-350 * C0 * (k - 1)) / k;
const base: SolidificationParams = { ...defaultsOf(model), phaseDiagram: 'dilute', k, m: -350, Tm: 1687, x0: C0, D, gamma: 1.4e-7, drive: 'pulling', V, G: 1e4, meltLength: 50 * lD, tEnd: 1e6 };
const with_ = (over: Partial<SolidificationParams>) => ({ ...base, ...over }) as SolidificationParams;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('drive velocity', () => {
  it('steady velocity: V when pulling, R/G when cooling; driveForVelocity inverts it', () => {
    expect(steadyVelocity(with_({ drive: 'pulling', V: 3e-6, R: 1, G: 1e4 }))).toBe(3e-6);
    expect(steadyVelocity(with_({ drive: 'cooling', V: 3e-6, R: 1, G: 1e4 }))).toBe(1e-4);
    expect(driveForVelocity('pulling', 7700, 2e-6)).toEqual({ G: 7700, V: 2e-6 });
    expect(driveForVelocity('cooling', 7700, 2e-6)).toEqual({ G: 7700, R: 2e-6 * 7700 });
  });
});

describe('steady mode', () => {
  it('profile: 201 points from the interface to 6·D/V (no supercooling at G > G_crit), x = C0[1 + (1−k)/k·e^(−Vz/D)]', () => {
    const r = runSteady(with_({ G: 2 * ((V * dT0) / D) }));
    const z = r.series.melt_z;
    const x = r.series.melt_x;
    expect(z.length).toBe(201);
    expect(z[0]).toBe(0);
    expectClose(z[200], 6 * lD, 1e-15, 'z end');
    expectClose(z[100], 3 * lD, 1e-15, 'z mid');
    for (const i of [0, 1, 50, 200]) expectClose(x[i], C0 * (1 + ((1 - k) / k) * Math.exp(-z[i] / lD)), 1e-12, `x[${i}]`);
    expect(r.summary.supercooled).toBe(false);
  });

  it('a deep supercooled zone (G = 0.05·G_crit) stretches the profile to 1.3× its depth, and the continuous solution’s supercooling is reported', () => {
    const p = with_({ G: 0.05 * ((V * dT0) / D) });
    const r = runSteady(p);
    const diagram = makeDiagram(p);
    const point = steadyPoint(diagram, steadyInterface(diagram, C0), { V, G: p.G, D, gamma: p.gamma });
    expect(r.summary.supercooledDepth).toBe(point.supercooling.depth);
    expect(r.summary.maxSupercooling).toBe(point.supercooling.maxSupercooling);
    expect(point.supercooling.depth).toBeGreaterThan(6 * lD);
    expectClose(r.series.melt_z[200], 1.3 * point.supercooling.depth, 1e-12 * point.supercooling.depth, 'z end');
  });

  it('summary: V, interface C0/k and C0 at T_S(C0), null solute balance, steady by construction, with the steady figures G_crit = V·ΔT0/D, k and V_abs = DΔT0/(kΓ)', () => {
    const p = with_({ drive: 'cooling', R: 0.1, G: 1e4 });
    const s = runSteady(p).summary;
    expect(s.V).toBe(1e-5);
    expectClose(s.interfaceLiquidX as number, C0 / k, 1e-12, 'x_L*');
    expect(s.interfaceSolidX).toBe(C0);
    expectClose(s.interfaceT as number, 1687 + (-350 * C0) / k, 1e-9, 'T_i');
    expect(s.soluteBalanceError).toBeNull();
    expect([s.reachedSteadyState, s.velocityRatio]).toEqual([true, 1]);
    expect(s.steadyV).toBe(1e-5);
    expectClose(s.steadyCriticalGradient as number, (1e-5 * dT0) / D, 1e-9, 'G_crit');
    expectClose(s.steadyInterfaceK as number, k, 1e-12, 'k');
    expectClose(s.steadyAbsoluteStabilityV as number, (D * dT0) / (k * 1.4e-7), 1e-12, 'V_abs');
    expect(s.steadyRegime).toBe(s.regime);
    expect(s.regime).toBe('dendritic');
  });

  it('steadyStateSummary: the same figures for a transient’s parameters, with or without a diagram given', () => {
    const p = with_({ G: 0.5 * ((V * dT0) / D) });
    const a = steadyStateSummary(p);
    expect(steadyStateSummary(p, makeDiagram(p))).toEqual(a);
    expect(a.steadyRegime).toBe('cellular');
    expectClose(a.steadyCriticalGradient, (V * dT0) / D, 1e-9, 'G_crit');
  });
});

describe('steadiness of a transient state', () => {
  it(`V within ${STEADY_TOLERANCE * 100} % of the steady V and x_S within ${STEADY_TOLERANCE * 100} % of x0`, () => {
    expect(STEADY_TOLERANCE).toBe(0.05);
    const p = with_({ V: 1 });
    expect(steadiness(1.049, C0, p)).toEqual({ reachedSteadyState: true, velocityRatio: 1.049 });
    expect(steadiness(0.951, C0, p).reachedSteadyState).toBe(true);
    expect(steadiness(1.051, C0, p)).toEqual({ reachedSteadyState: false, velocityRatio: 1.051 });
    expect(steadiness(0.949, C0, p).reachedSteadyState).toBe(false);
    expect(steadiness(1, 1.049 * C0, p).reachedSteadyState).toBe(true);
    expect(steadiness(1, 0.951 * C0, p).reachedSteadyState).toBe(true);
    expect(steadiness(1, 1.051 * C0, p).reachedSteadyState).toBe(false);
    expect(steadiness(1, 0.949 * C0, p).reachedSteadyState).toBe(false);
  });

  it('a pure melt (x0 = 0) is judged by V alone; the ratio is against R/G when cooling', () => {
    expect(steadiness(1, 0.3, with_({ V: 1, x0: 0 })).reachedSteadyState).toBe(true);
    expect(steadiness(1e-5, 0, with_({ drive: 'cooling', R: 0.2, G: 1e4 })).velocityRatio).toBeCloseTo(0.5, 14);
  });
});

describe('progress fraction', () => {
  it('the largest of t/tEnd, s/(0.995·L) and steps/estimate, at most 1', () => {
    const p = with_({ tEnd: 100, meltLength: 0.02 });
    const s = makeTransientSolver(p);
    const at = (t: number, sol: number, steps: number) => {
      s.t = t;
      s.s = sol;
      s.steps = steps;
      return transientProgress(s, p, 100);
    };
    expectClose(at(50, 0, 10), 0.5, 1e-15, 'by time');
    expectClose(at(10, 0.7 * 0.995 * 0.02, 10), 0.7, 1e-12, 'by growth');
    expectClose(at(10, 0, 80), 0.8, 1e-15, 'by steps');
    expect(at(200, 0, 0)).toBe(1);
  });
});

describe('the solver for the parameters', () => {
  it('passes x0, G, D, L, δ, R, V, tEnd and the drive; any drive but pulling is cooling', () => {
    const p = with_({ x0: 0.1, G: 5000, D: 2e-9, meltLength: 0.03, delta: 1e-3, R: 0.2, V: 4e-6, tEnd: 77 });
    const s = makeTransientSolver(p);
    expect(s.input).toMatchObject({ x0: 0.1, G: 5000, D: 2e-9, meltLength: 0.03, delta: 1e-3, R: 0.2, V: 4e-6, tEnd: 77, drive: 'pulling' });
    expect(s.input.diagram.kind).toBe('dilute');
    expect(makeTransientSolver({ ...p, drive: 'cooling' }).input.drive).toBe('cooling');
    expect(makeTransientSolver({ ...p, drive: 'other' }).input.drive).toBe('cooling');
    const given = makeDiagram(p);
    expect(makeTransientSolver(p, given).input.diagram).toBe(given);
  });
});

describe('the result of a transient state', () => {
  function resultAfter(p: SolidificationParams, steps: number) {
    const s = makeTransientSolver(p);
    for (let i = 0; i < steps; i++) s.step();
    return { s, r: transientResult(s, alloyFigures(s.input.diagram, p.x0), p, steadyStateSummary(p)) };
  }

  it('melt profile: the interface point (0, x_L*), then every cell centre with its composition', () => {
    const { s, r } = resultAfter(base, 12);
    const z = s.cellCentres();
    expect(r.series.melt_z.length).toBe(s.nCells + 1);
    expect([r.series.melt_z[0], r.series.melt_x[0]]).toEqual([0, s.xStar]);
    expect([...r.series.melt_z.slice(1)]).toEqual([...z]);
    expect([...r.series.melt_x.slice(1)]).toEqual([...s.x]);
  });

  it('stirred: one more point, the top of the melt with the bulk composition', () => {
    const { s, r } = resultAfter(with_({ delta: 5 * lD }), 12);
    const n = r.series.melt_z.length;
    expect(n).toBe(s.nCells + 2);
    expect(r.series.melt_z[n - 1]).toBe(s.meltRemaining);
    expect(r.series.melt_x[n - 1]).toBe(s.x[s.nCells - 1]);
    expectClose(r.series.melt_z[n - 2], 5 * lD, 1e-12 * lD, 'bulk cell at δ');
  });

  it('summary and series: time, solid fraction and length, steps, stop reason, solute balance, front and history', () => {
    const p = with_({ drive: 'cooling', R: 0.1, G: 1e4, meltLength: 20 * lD });
    const { s, r } = resultAfter(p, 9);
    const sum = r.summary;
    expect(sum).toMatchObject({ time: s.t, solidLength: s.s, steps: 9, stopReason: 'running', V: s.V, interfaceLiquidX: s.xStar, interfaceSolidX: s.xS, interfaceT: s.interfaceT(), soluteBalanceError: s.soluteBalanceError() });
    expectClose(sum.solidFraction as number, s.s / p.meltLength, 1e-15, 'solid fraction');
    expect(sum).toMatchObject(steadiness(s.V, s.xS, p));
    expect(sum).toMatchObject(steadyStateSummary(p));
    expect(sum.G).toBe(p.G);
    expect(sum.k).toBe(k);
    expect([...r.series.solid_z]).toEqual(s.hist.s);
    expect([...r.series.solid_x]).toEqual(s.hist.xS);
    expect([...r.series.history_t]).toEqual(s.hist.t);
    expect([...r.series.history_V]).toEqual(s.hist.V);
    expect([...r.series.history_interfaceT]).toEqual(s.hist.T);
    expect([...r.series.history_interfaceX]).toEqual(s.hist.xL);
    expect(r.series.solid_z.length).toBe(10);
  });
});

describe('a transient run', () => {
  const short = with_({ tEnd: 5 });

  it('ends in the state of the solver stepped to its end (tEnd), with a last progress report of 1', async () => {
    const reports: Progress[] = [];
    const r = await runTransient(short, { onProgress: (pr) => reports.push(pr) });
    const s = makeTransientSolver(short);
    while (!s.done) s.step();
    expect(r.summary.stopReason).toBe('tEnd');
    expect(r.summary.steps).toBe(s.steps);
    expect(r.summary.time).toBe(s.t);
    expect(r.summary.interfaceSolidX).toBe(s.xS);
    expect(reports.at(-1)).toEqual({ fraction: 1 });
    expect(reports.every((pr) => pr.partial === undefined)).toBe(true);
  });

  it('run(): steady mode gives the steady result, transient mode the transient one; a run too large is refused before it starts', async () => {
    expect((await run(with_({ mode: 'steady' }))).summary).toEqual(runSteady(with_({ mode: 'steady' })).summary);
    const t = await run(with_({ mode: 'transient', tEnd: 5 }));
    expect(t.summary.stopReason).toBe('tEnd');
    expect(await run(with_({ mode: 'transient', tEnd: 5 }), {})).toEqual(t);
    await expect(run(with_({ mode: 'transient', V: 1, D: 1e-10 }))).rejects.toBeInstanceOf(InvalidParamsError);
  });

  it('run() with an aborted signal rejects with CancelledError in both modes', async () => {
    const aborted = new AbortController();
    aborted.abort();
    await expect(run(with_({ mode: 'steady' }), { signal: aborted.signal })).rejects.toBeInstanceOf(CancelledError);
    await expect(run(with_({ mode: 'transient' }), { signal: aborted.signal })).rejects.toBeInstanceOf(CancelledError);
  });

  it('with a clock that advances 10 ms per reading: partial results between chunks, each further on, with a growing fraction; abort stops it', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const p = with_({ tEnd: 1e6, meltLength: 20 * lD });
    const estimate = estimateRunSize(p).steps;
    const seen: Progress[] = [];
    const clock: number[] = [];
    const controller = new AbortController();
    const result = runTransient(p, {
      signal: controller.signal,
      onProgress: (pr) => {
        seen.push(pr);
        clock.push(now);
        if (seen.length === 5) controller.abort();
      },
    });
    await expect(result).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toHaveLength(5);
    for (let i = 0; i < 5; i++) {
      const partial = seen[i].partial!;
      expect(partial.series.melt_x.length).toBeGreaterThan(10);
      const steps = partial.summary.steps as number;
      expect(seen[i].fraction).toBeCloseTo(Math.max(steps / estimate, (partial.summary.time as number) / p.tEnd, (partial.summary.solidLength as number) / (0.995 * p.meltLength)), 12);
      if (i > 0) {
        expect(clock[i] - clock[i - 1], 'reports at most once per 100 ms').toBeGreaterThanOrEqual(100);
        expect(steps).toBeGreaterThan(seen[i - 1].partial!.summary.steps as number);
        expect(seen[i].fraction).toBeGreaterThan(seen[i - 1].fraction);
      }
    }
  });
  it('with the same clock and no progress callback, the run goes through its chunks to the end', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    const r = await runTransient(with_({ tEnd: 20 }));
    expect(r.summary.stopReason).toBe('tEnd');
    expect(r.summary.steps as number).toBeGreaterThan(10);
  });
});
