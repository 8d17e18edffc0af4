/**
 * Extreme inputs of the solidification model: every valid input finishes within a bounded number
 * of steps and a bounded history, or is refused up front naming the field and what would fit; the
 * progress fraction tracks the work; a denormal stirred layer is refused.
 */
import { describe, expect, it } from 'vitest';
import model from '../../../../src/models/solidification';
import { defaultsOf, InvalidParamsError } from '../../../../src/core/model';
import { validateParams } from '../../../../src/core/params';
import { runCli } from '../../../../src/cli/main';
import type { SolidificationParams } from '../../../../src/models/solidification/params';
import { estimateRunSize, MAX_STEPS } from '../../../../src/models/solidification/runSize';
import { makeTransientSolver, transientProgress } from '../../../../src/models/solidification/simulate';
import { HARD_STEP_LIMIT, RUNAWAY_FACTOR, TransientSolver } from '../../../../src/models/solidification/transient';
import { BoundedHistory, HISTORY_CAPACITY } from '../../../../src/models/solidification/history';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';

const defaults = defaultsOf(model);
const V_MAX = 1; // m/s, the largest V the parameters accept

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => '' }, {
    solidification: async () => model,
  });
  return { code, stdout, stderr };
}

/** Runs the model; returns the result or the InvalidParamsError it was refused with, and the progress reports it made. */
async function runOrRefusal(p: SolidificationParams) {
  let progressReports = 0;
  const onProgress = () => progressReports++;
  try {
    return { result: await model.run(p, { onProgress }), progressReports };
  } catch (e) {
    if (e instanceof InvalidParamsError) return { refused: e, progressReports };
    throw e;
  }
}

describe('runs too large to finish are refused up front', () => {
  it('D = 1e-10, V = 1 m/s (issue: > 120 CPU-s, 912 MB) is refused before its first step, naming V, and the V it suggests fits', async () => {
    const p = { ...defaults, drive: 'pulling', D: 1e-10, V: 1 };
    const { refused, progressReports } = await runOrRefusal(p);
    expect(progressReports, 'progress reports before the refusal (none: refused before a step)').toBe(0);
    expect(refused?.field).toBe('V');
    expect(refused?.message).toMatch(new RegExp(`^V: at V = 1 m/s .*time steps, more than the ${MAX_STEPS} a run may take\\. Use V ≤ `));
    const suggested = Number(/Use V ≤ ([^ ]+) m\/s/.exec(refused!.message)![1]);
    const fits = estimateRunSize({ ...p, V: suggested }).steps;
    expect(fits, `estimate at the suggested V = ${suggested}`).toBeLessThanOrEqual(MAX_STEPS);
    expect(fits, 'the suggestion is close to the limit, not needlessly small').toBeGreaterThan(0.9 * MAX_STEPS);
  });

  it('the CLI exits 2 with one line naming V (and naming R under cooling)', async () => {
    const pulled = await cli(['solidification', '--set', 'D=1e-10', '--set', 'V=1']);
    expect(pulled.code).toBe(2);
    expect(pulled.stdout).toBe('');
    expect(pulled.stderr.trim().split('\n')).toHaveLength(1);
    expect(pulled.stderr).toMatch(/invalid V: /);
    const cooled = await cli(['solidification', '--set', 'D=1e-10', '--set', 'R=1', '--set', 'meltLength=1', '--set', 'tEnd=1e6']);
    expect(cooled.code).toBe(2);
    expect(cooled.stderr.trim().split('\n')).toHaveLength(1);
    expect(cooled.stderr).toMatch(/invalid R: at R\/G = .* Use R ≤ [^ ]+ K\/s \(or G ≥ [^ ]+ K\/m\)/);
  });

  it('a shorter growth is suggested only when the smallest melt or run can reach it', async () => {
    const { refused: tiny } = await runOrRefusal({ ...defaults, drive: 'pulling', D: 1e-10, V: 1 });
    expect(tiny?.message).not.toMatch(/limit the growth/);
    const { refused: long } = await runOrRefusal({ ...defaults, drive: 'pulling', V: 2e-3, meltLength: 1, tEnd: 1e6 });
    const growth = Number(/limit the growth to ([^ ]+) m/.exec(long!.message)![1]);
    expect(estimateRunSize({ ...defaults, drive: 'pulling', V: 2e-3, meltLength: growth / 0.995, tEnd: 1e6 }).steps).toBeLessThanOrEqual(MAX_STEPS);
  });
});

describe('runs that outgrow the model stop, bounded', () => {
  it('G = 0.1 K/mm (issue: 455 546 steps, 52 MB, V = 8.09 m/s) stops as a runaway before V exceeds 10·R/G', async () => {
    const p = { ...defaults, G: 100 };
    const r = await model.run(p);
    const s = r.summary;
    const target = p.R / p.G;
    expect(s.stopReason).toBe('runaway');
    expect(s.V as number, `V ${s.V} vs ${RUNAWAY_FACTOR}·R/G = ${RUNAWAY_FACTOR * target}`).toBeLessThanOrEqual(RUNAWAY_FACTOR * target);
    expect(s.V as number).toBeLessThanOrEqual(V_MAX);
    expect(s.reachedSteadyState).toBe(false);
    expect(s.steps as number).toBeLessThan(2000);
    expect(JSON.stringify(r).length, 'JSON characters').toBeLessThan(200_000);
    expect(s.soluteBalanceError as number).toBeLessThan(1e-6);
  });

  it('a run that reaches maxSteps stops with stopReason stepLimit (the hard limit behind the estimate)', () => {
    const solver = new TransientSolver({ diagram: new DiluteDiagram(0.3, -350, 1687), x0: 0.2, G: 1e4, D: 1e-8, meltLength: 0.02, delta: 0, drive: 'pulling', R: 0, V: 1e-5, tEnd: 1e6, maxSteps: 50 });
    while (!solver.done) solver.step();
    expect(solver.steps).toBe(50);
    expect(solver.stopReason).toBe('stepLimit');
    expect(HARD_STEP_LIMIT).toBe(2 * MAX_STEPS);
  });
});

describe('corners of the parameter box: every min/max combination of G, R or V, D, meltLength, tEnd, delta', () => {
  const specs = new Map(model.params.map((s) => [s.key, s]));
  const range = (key: string): [number, number] => {
    const s = specs.get(key)!;
    if (s.kind !== 'number') throw new Error(key);
    return [s.min, s.max];
  };
  const drives = [...range('R').map((R) => ({ drive: 'cooling', R })), ...range('V').map((V) => ({ drive: 'pulling', V }))];
  const cases: Record<string, unknown>[] = [];
  for (const G of range('G'))
    for (const drive of drives)
      for (const D of range('D'))
        for (const meltLength of range('meltLength'))
          for (const tEnd of range('tEnd')) for (const delta of range('delta')) cases.push({ ...drive, G, D, meltLength, tEnd, delta });

  it(`${cases.length} cases: each finishes with finite numbers, ≤ ${HARD_STEP_LIMIT} steps, ≤ ${HISTORY_CAPACITY + 1} history rows and V ≤ 1 m/s, or is refused naming a field`, async () => {
    const outcome = { finished: 0, refusedUpFront: 0, refusedByValidation: 0 };
    for (const raw of cases) {
      const label = JSON.stringify(raw);
      const checked = await validateParams<SolidificationParams>(model.params, raw, model.crossChecks);
      if (!checked.ok) {
        expect(checked.issues.map((i) => i.field), label).toEqual(['delta']);
        outcome.refusedByValidation++;
        continue;
      }
      const run = await runOrRefusal(checked.values);
      if (run.refused) {
        expect(['V', 'R'], label).toContain(run.refused.field);
        expect(run.progressReports, `${label}: refused before its first step`).toBe(0);
        outcome.refusedUpFront++;
        continue;
      }
      const { summary, series } = run.result!;
      outcome.finished++;
      for (const [key, v] of Object.entries(summary)) if (typeof v === 'number') expect(Number.isFinite(v), `${label} ${key}`).toBe(true);
      for (const [key, a] of Object.entries(series)) for (const v of a) expect(Number.isFinite(v), `${label} ${key}`).toBe(true);
      expect(summary.steps as number, label).toBeLessThanOrEqual(HARD_STEP_LIMIT);
      expect(series.history_t.length, label).toBeLessThanOrEqual(HISTORY_CAPACITY + 1);
      expect(summary.V as number, label).toBeLessThanOrEqual(V_MAX);
      expect(summary.soluteBalanceError as number, label).toBeLessThan(1e-6);
      // the up-front estimate bounds the work of every run that did not run away
      if (summary.stopReason !== 'runaway') expect(summary.steps as number, label).toBeLessThanOrEqual(estimateRunSize(checked.values).steps);
    }
    console.log(`corner sweep: ${JSON.stringify(outcome)}`);
    expect(outcome.finished).toBeGreaterThan(40);
    expect(outcome.refusedUpFront).toBeGreaterThan(10);
  }, 600_000);
});

describe('bounded history', () => {
  for (const capacity of [7, 8]) {
    it(`capacity ${capacity}: keeps t = 0, the latest state as its last row, at most capacity + 1 rows, evenly strided`, () => {
      const h = new BoundedHistory(capacity);
      for (let i = 0; i <= 1000; i++) {
        h.push({ t: i, s: 2 * i, V: 0, T: 0, xL: 0, xS: 0 });
        expect(h.length).toBeLessThanOrEqual(capacity + 1);
        expect(h.t[0]).toBe(0);
        expect(h.t[h.length - 1], `after row ${i}`).toBe(i);
        for (let j = 1; j < h.length - 1; j++) expect(h.t[j] - h.t[j - 1], `rows ${h.t.join(',')}`).toBe(h.stride);
      }
      expect(h.stride).toBeGreaterThanOrEqual(128);
      expect(h.s[h.length - 1]).toBe(2000);
    });
  }

  it('a long run keeps a thinned history whose last row is the final state; the solute balance is unaffected', () => {
    const p = { ...defaults, drive: 'pulling', V: 2e-5, tEnd: 1e6 } as SolidificationParams;
    const full = makeTransientSolver(p);
    while (!full.done) full.step();
    const thin = new TransientSolver({ ...full.input, historyCapacity: 16 });
    while (!thin.done) thin.step();
    expect(thin.hist.length).toBeLessThanOrEqual(17);
    expect(thin.steps).toBe(full.steps);
    expect(thin.hist.t[thin.hist.length - 1]).toBe(thin.t);
    expect(thin.hist.xS[thin.hist.length - 1]).toBe(thin.xS);
    expect(thin.soluteBalanceError()).toBeLessThan(1e-6);
    expect(full.hist.length).toBe(full.steps + 1);
  });
});

describe('progress fraction', () => {
  // Work is counted in solver steps; a time-left estimate elapsed·(1 − f)/f is off by the factor
  // (steps/f)/total. Runs that stop as runaways end early by nature and are left out.
  const cases: Record<string, unknown>[] = [
    {},
    { tEnd: 1e6 },
    { R: 10, G: 100, D: 1e-6, meltLength: 0.001, tEnd: 1e6 },
    { drive: 'pulling', V: 2e-4, meltLength: 1, tEnd: 1e6 },
    { drive: 'pulling', V: 1e-6, tEnd: 1e5 },
    { delta: 1e-4, tEnd: 1e6 },
    { meltLength: 1, tEnd: 1e6, R: 0.5 / 60 },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c)}: steps/fraction stays within 1/3–3 of the final step count once 20 steps are done`, () => {
      const p = { ...defaults, ...c } as SolidificationParams;
      const estimate = estimateRunSize(p).steps;
      const solver = makeTransientSolver(p);
      const fractions: number[] = [];
      while (!solver.done) {
        solver.step();
        fractions.push(transientProgress(solver, p, estimate));
      }
      expect(solver.stopReason).not.toBe('runaway');
      const total = fractions.length;
      for (let n = 20; n <= total; n++) {
        const ratio = n / fractions[n - 1] / total;
        expect(ratio, `step ${n} of ${total}: fraction ${fractions[n - 1]}`).toBeGreaterThan(1 / 3);
        expect(ratio, `step ${n} of ${total}: fraction ${fractions[n - 1]}`).toBeLessThan(3);
      }
    });
  }
});

describe('stirred layer', () => {
  it('delta = 1e-320 (issue: "tie-line did not converge at x = NaN") is refused naming delta; 1 nm runs with finite numbers', async () => {
    const bad = await validateParams<SolidificationParams>(model.params, { delta: 1e-320 }, model.crossChecks);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => [i.field, i.message])).toEqual([['delta', expect.stringMatching(/^delta: .*at least 1e-9 m = 1 nm/)]]);
    const r = await cli(['solidification', '--set', 'delta=1e-320']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/invalid delta: /);
    const ok = await model.run({ ...defaults, delta: 1e-9 });
    for (const [key, v] of Object.entries(ok.summary)) if (typeof v === 'number') expect(Number.isFinite(v), key).toBe(true);
  });
});
