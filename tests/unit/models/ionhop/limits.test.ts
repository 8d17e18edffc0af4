/**
 * Runs that cannot move are refused with the real reason and the field to change (issue 11,
 * items 4–5): a hop rate that underflows (T = 10 K, Eₐ = 2 eV), ions frozen into deep sites by
 * disorder (T = 10 K, σ = 0.5 eV) or by repulsion, and ions with no empty open neighbour (blocked
 * sites). The temperatures the messages suggest do run. The CLI answers with exit 2 and one line.
 * Also: the BKL sum tree keeps an exact total while ions relax into deep traps (the rounding of
 * additive updates once made such a system look jammed). Without running: `checkHopRate` refuses
 * exactly below MIN_HOP_RATE and the T, Eₐ or disorder it suggests pass (recomputed from
 * ν₀exp(−Eₐx − (2σx/3)²) = MIN_HOP_RATE, x = 1/k_BT); the messages of `stuckError`,
 * `settledError` and `clockError` name the field and every cause that applies.
 */
import { describe, it, expect } from 'vitest';
import { InvalidParamsError } from '../../../../src/core/model';
import model from '../../../../src/models/ionhop';
import { runCli } from '../../../../src/cli/main';
import { buildLattice } from '../../../../src/models/ionhop/lattice';
import { HopEngine } from '../../../../src/models/ionhop/engine';
import { BOLTZMANN_EV } from '../../../../src/core/constants';
import { brent } from '../../../../src/core/roots';
import { defaultsOf } from '../../../../src/core/model';
import { MIN_HOP_RATE, checkHopRate, clockError, settledError, stuckError } from '../../../../src/models/ionhop/limits';
import type { IonhopParams } from '../../../../src/models/ionhop/params';
import { expectWithin, numberOf, runWith } from './helpers';

async function refusal(values: Parameters<typeof runWith>[0]): Promise<InvalidParamsError> {
  try {
    await runWith(values);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidParamsError);
    return e as InvalidParamsError;
  }
  throw new Error(`expected a refusal for ${JSON.stringify(values)}`);
}

/** The temperature (K) a message suggests: "raise T to at least 47.4 K" / "above about 47.4 K". */
function suggestedT(message: string): number {
  const m = /raise T (?:to at least|above about) ([\d.]+) K/.exec(message);
  expect(m, message).not.toBeNull();
  return Number(m![1]);
}

describe('ionhop runs that cannot move', () => {
  it('refuses a hop rate that underflows (T = 10 K, Eₐ = 2 eV), naming T and Eₐ, and the suggested T runs', async () => {
    const e = await refusal({ T: 10, Ea: 2, steps: 1000, replicas: 1 });
    expect(e.field).toBe('T');
    expect(e.message).toMatch(/^T: .*Ea = 2 eV.*below 1e-200 s⁻¹.*lower Ea to at most [\d.]+ eV/);
    const T = suggestedT(e.message);
    const r = await runWith({ T, Ea: 2, steps: 1000, replicas: 1 });
    expect(numberOf(r, 'hopRate')).toBeGreaterThan(1e-200);
    expect(numberOf(r, 'simulatedTime')).toBeGreaterThan(0);
  });

  it('says why T = 10 K with disorder 0.5 eV cannot move (not "blocked sites or repulsion")', async () => {
    const e = await refusal({ T: 10, disorder: 0.5 });
    expect(e.field).toBe('T');
    expect(e.message).toMatch(/disorder 0\.5 eV/);
    expect(e.message).not.toMatch(/blocked|repulsion/);
    expect(suggestedT(e.message)).toBeGreaterThan(10);
  });

  it('names repulsion when it freezes every ion, and blocked when no ion has an empty neighbour', async () => {
    const frozen = await refusal({ L: 4, T: 10, repulsion: 0.5, steps: 100_000 });
    expect(frozen.field).toBe('T');
    expect(frozen.message).toMatch(/frozen.*repulsion 0\.5 eV.*lower repulsion/);
    const jammed = await refusal({ L: 4, blocked: 0.9, vacancies: 1, algorithm: 'general', steps: 1000, replicas: 1, seed: 2 });
    expect(jammed.field).toBe('blocked');
    expect(jammed.message).toMatch(/^blocked: no ion has an empty open neighbour/);
  });

  it('refuses ions that freeze while equilibrating (T = 40 K, repulsion 0.5 eV: was exit 0 with 0 hops and simulatedTime 0)', async () => {
    const e = await refusal({ L: 6, T: 40, Ea: 0.1, repulsion: 0.5, steps: 1000, replicas: 1 });
    expect(e.field).toBe('T');
    expect(e.message).toMatch(/^T: at 40 K every ion is frozen while equilibrating.*repulsion 0\.5 eV.*mean rate below 1e-200 s⁻¹; raise T or lower repulsion$/);
  });

  it('refuses a run whose measurement cannot advance the equilibration clock (T = 300 K, repulsion 0.5 eV: was exit 0 with 0 hops)', async () => {
    const e = await refusal({ L: 6, T: 300, Ea: 0.1, repulsion: 0.5, steps: 1000, replicas: 1 });
    expect(e.field).toBe('T');
    expect(e.message).toMatch(/^T: at 300 K the ions settle while equilibrating.*repulsion 0\.5 eV.*cannot advance that clock\. Raise T or lower repulsion, or set time/);
    // the suggested way out runs: a simulated time instead of a number of events
    const r = await runWith({ L: 6, T: 300, Ea: 0.1, repulsion: 0.5, time: 1e-6, replicas: 1 });
    expect(numberOf(r, 'simulatedTime')).toBeCloseTo(1e-6, 12);
  });

  it('exits 2 with one line on stderr in the CLI', async () => {
    for (const sets of [
      ['T=10', 'disorder=0.5'],
      ['T=10', 'Ea=2', 'steps=1000', 'replicas=1'],
    ]) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['ionhop', ...sets.flatMap((s) => ['--set', s])], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => '' }, { ionhop: async () => model as never });
      expect(code, stderr).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^sim: invalid T: /);
    }
  });

  it('keeps the BKL total rate exact while ions relax into deep traps (T = 10 K, σ = 0.5 eV)', () => {
    const engine = new HopEngine(buildLattice('sc', 8), { particles: 256, blockedSites: 0, nu0: 1e13, Ea_eV: 0.3, T: 10, disorder_eV: 0.5, repulsion_eV: 0, fieldDrop_eV: 0, general: true, seed: 1 });
    for (let k = 0; k < 8; k++) {
      engine.runGeneral(Infinity, 1 << 12);
      const R = engine.totalRate();
      expect(R > 0 && Number.isFinite(engine.time), `chunk ${k}: total rate ${R}, clock ${engine.time}`).toBe(true);
    }
    expect(engine.steps).toBe(8 << 12);
  });
});

const base = defaultsOf(model) as IonhopParams;
const params = (values: Partial<IonhopParams>) => ({ ...base, ...values }) as IonhopParams;
/** The messages' number format: three significant digits. */
const fmt = (x: number) => Number(x.toPrecision(3)).toString();

/** The InvalidParamsError `checkHopRate` throws, or null. */
function hopRateError(values: Partial<IonhopParams>): InvalidParamsError | null {
  try {
    checkHopRate(params(values));
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidParamsError);
    return e as InvalidParamsError;
  }
  return null;
}

/** The number after `prefix` in a message. */
function numberAfter(message: string, prefix: string): number {
  const i = message.indexOf(prefix);
  expect(i, `"${prefix}" in ${message}`).toBeGreaterThanOrEqual(0);
  return parseFloat(message.slice(i + prefix.length));
}

/** ln of the rate at which an ion moves on: ln ν₀ − Eₐ/k_BT − (2σ/3k_BT)². */
const lnRate = (nu0: number, Ea: number, disorder: number, T: number) => Math.log(nu0) - Ea / (BOLTZMANN_EV * T) - ((2 * disorder) / (3 * BOLTZMANN_EV * T)) ** 2;

describe('checkHopRate', () => {
  const budget = Math.log(1e13 / MIN_HOP_RATE);

  it('without disorder: refuses just below T = Eₐ/(k_B ln(ν₀/1e-200)) and accepts just above', () => {
    const Tc = 2 / (BOLTZMANN_EV * budget);
    expect(hopRateError({ Ea: 2, nu0: 1e13, disorder: 0, T: Tc * 1.0001 })).toBeNull();
    const e = hopRateError({ Ea: 2, nu0: 1e13, disorder: 0, T: Tc * 0.9999 });
    expect(e?.field).toBe('T');
    expect(e!.message).toBe(
      `T: at ${fmt(Tc * 0.9999)} K with Ea = 2 eV the rate at which an ion moves on, ν₀·exp(−Ea/k_BT) = e^${fmt(lnRate(1e13, 2, 0, Tc * 0.9999))} s⁻¹, is below 1e-200 s⁻¹ (no ion would get anywhere in any simulated time); raise T to at least ${fmt(Tc * 1.001)} K or lower Ea to at most ${fmt(budget * BOLTZMANN_EV * Tc * 0.9999 * 0.999)} eV`,
    );
  });

  it('without disorder at 10 K: the suggested Eₐ passes, and so does the suggested T', () => {
    const e = hopRateError({ Ea: 2, nu0: 1e13, disorder: 0, T: 10 })!;
    const EaMax = budget * BOLTZMANN_EV * 10;
    expectWithin('Ea suggested', numberAfter(e.message, 'lower Ea to at most '), EaMax * 0.999, EaMax * 0.005);
    // 0.999·EaMax = 0.42222 → 0.422 passes (1.001·EaMax would give 0.423, above EaMax = 0.42264)
    expect(hopRateError({ Ea: numberAfter(e.message, 'lower Ea to at most '), nu0: 1e13, disorder: 0, T: 10 })).toBeNull();
    expect(hopRateError({ Ea: EaMax * 1.001, nu0: 1e13, disorder: 0, T: 10 })).not.toBeNull();
    expect(hopRateError({ Ea: 2, nu0: 1e13, disorder: 0, T: numberAfter(e.message, 'raise T to at least ') })).toBeNull();
  });

  it('with disorder: the threshold solves Eₐx + (2σ/3)²x² = ln(ν₀/1e-200); the suggested T and Eₐ pass', () => {
    const trap = (2 * 0.3) / 3;
    const x = (-0.5 + Math.sqrt(0.25 + 4 * trap * trap * budget)) / (2 * trap * trap);
    const Tc = 1 / (BOLTZMANN_EV * x);
    expect(hopRateError({ Ea: 0.5, nu0: 1e13, disorder: 0.3, T: Tc * 1.0001 })).toBeNull();
    const e = hopRateError({ Ea: 0.5, nu0: 1e13, disorder: 0.3, T: Tc * 0.99 })!;
    expect(e.message).toMatch(/^T: at [\d.]+ K with Ea = 0\.5 eV and site disorder 0\.3 eV the rate at which an ion moves on, ν₀·exp\(−Ea\/k_BT − \(2σ\/3k_BT\)²\) = e\^-?[\d.]+ s⁻¹/);
    expectWithin('ln rate', numberAfter(e.message, '= e^'), lnRate(1e13, 0.5, 0.3, Tc * 0.99), 0.01 * budget);
    expectWithin('T suggested', numberAfter(e.message, 'raise T to at least '), Tc * 1.001, Tc * 0.005);
    const Ea = numberAfter(e.message, 'lower Ea to at most ');
    expectWithin('Ea suggested', Ea, 0.999 * (budget - (trap / (BOLTZMANN_EV * Tc * 0.99)) ** 2) * BOLTZMANN_EV * Tc * 0.99, 0.005 * Ea);
    expect(hopRateError({ Ea, nu0: 1e13, disorder: 0.3, T: Tc * 0.99 })).toBeNull();
  });

  it('with disorder too deep for any Eₐ: suggests the largest disorder, which passes', () => {
    const T = 10;
    const e = hopRateError({ Ea: 0.1, nu0: 1e13, disorder: 0.5, T })!;
    expect(e.message).not.toMatch(/lower Ea/);
    const sigma = numberAfter(e.message, 'lower disorder to at most ');
    const sigmaMax = 1.5 * BOLTZMANN_EV * T * Math.sqrt(budget - 0.1 / (BOLTZMANN_EV * T));
    expectWithin('σ suggested', sigma, sigmaMax * 0.999, sigmaMax * 0.005);
    expect(hopRateError({ Ea: 0.1, nu0: 1e13, disorder: sigma, T })).toBeNull();
    expect(hopRateError({ Ea: 0.1, nu0: 1e13, disorder: sigmaMax * 1.001, T })).not.toBeNull();
  });

  it('a rate exactly at MIN_HOP_RATE is accepted, one just below is refused', () => {
    expect(hopRateError({ Ea: 0, nu0: MIN_HOP_RATE, disorder: 0 })).toBeNull();
    expect(hopRateError({ Ea: 0, nu0: MIN_HOP_RATE * 0.999, disorder: 0 })?.field).toBe('T');
  });

  it('the suggested disorder stays below the limit after rounding (limit 0.3346 eV: suggests 0.334, not 0.335)', () => {
    const sigmaMax = (T: number) => 1.5 * BOLTZMANN_EV * T * Math.sqrt(budget - 0.1 / (BOLTZMANN_EV * T));
    const T = brent((t) => sigmaMax(t) - 0.3346, 50, 300, { xtol: 1e-12 });
    const e = hopRateError({ Ea: 0.1, nu0: 1e13, disorder: 0.5, T })!;
    expect(numberAfter(e.message, 'lower disorder to at most ')).toBe(0.334);
  });

  it('with the barrier alone beyond the budget: the disorder suggestion is 0', () => {
    const e = hopRateError({ Ea: 2, nu0: 1e13, disorder: 0.1, T: 10 })!;
    expect(numberAfter(e.message, 'lower disorder to at most ')).toBe(0);
  });
});

describe('stuckError, settledError and clockError messages', () => {
  const engine = (barrier: number) => ({ lowestBarrier_eV: () => barrier }) as unknown as HopEngine;

  it('no empty open neighbour: names blocked when sites are blocked, else occupancy', () => {
    const b = stuckError(engine(Infinity), params({ blocked: 0.3 }));
    expect(b.field).toBe('blocked');
    expect(b.message).toBe('blocked: no ion has an empty open neighbour (blocked sites and ions fill every neighbourhood); lower blocked (0.3) or the occupancy');
    const o = stuckError(engine(Infinity), params({ blocked: 0 }));
    expect(o.field).toBe('occupancy');
    expect(o.message).toBe('occupancy: no ion has an empty neighbour; lower the occupancy');
  });

  it('every hop frozen: the lowest barrier in eV and k_BT, every cause, and the T at which that barrier gives 1e-200 s⁻¹', () => {
    const p = params({ T: 20, nu0: 1e12, disorder: 0.2, repulsion: -0.1, field: 1e6 });
    const e = stuckError(engine(0.9), p);
    const Tmin = 0.9 / (BOLTZMANN_EV * Math.log(1e12 / MIN_HOP_RATE));
    expect(e.field).toBe('T');
    expect(e.message).toBe(
      `T: at 20 K every ion is frozen: the lowest barrier of any possible hop is 0.9 eV = ${fmt(0.9 / (BOLTZMANN_EV * 20))} k_BT (the ions settled where every hop costs energy: disorder 0.2 eV, repulsion -0.1 eV, the field), so every hop rate is below 1e-200 s⁻¹; raise T above about ${fmt(Tmin * 1.001)} K or lower disorder or repulsion or field`,
    );
  });

  it('the suggested T is rounded from 1.001·Tmin (Tmin = 21.45 K suggests 21.5 K, at which the barrier is passable)', () => {
    const budget12 = Math.log(1e12 / MIN_HOP_RATE);
    const barrier = 21.45 * BOLTZMANN_EV * budget12;
    const e = stuckError(engine(barrier), params({ T: 20, nu0: 1e12, disorder: 0, repulsion: 0, field: 0 }));
    const T = numberAfter(e.message, 'raise T above about ');
    expect(T).toBe(21.5);
    expect(1e12 * Math.exp(-barrier / (BOLTZMANN_EV * T))).toBeGreaterThan(MIN_HOP_RATE);
  });

  it('without disorder, repulsion or field no cause is named; each alone is named alone', () => {
    const none = stuckError(engine(0.9), params({ T: 20, disorder: 0, repulsion: 0, field: 0 }));
    expect(none.message).toMatch(/ k_BT, so every hop rate .* K$/);
    expect(settledError(params({ disorder: 0, repulsion: 0.2, field: 0 }), 10, 1).message).toMatch(/\(the ions settled where every hop costs energy: repulsion 0\.2 eV\).* raise T or lower repulsion$/);
    expect(settledError(params({ disorder: 0, repulsion: 0, field: -1 }), 10, 1).message).toMatch(/\(the ions settled where every hop costs energy: the field\).* raise T or lower field$/);
  });

  it('settledError and clockError: field T, the events, times and the way out', () => {
    const p = params({ T: 40, disorder: 0.1, repulsion: 0, field: 0 });
    const s = settledError(p, 1234, 5.678e205);
    expect(s.field).toBe('T');
    expect(s.message).toBe(
      'T: at 40 K every ion is frozen while equilibrating (the ions settled where every hop costs energy: disorder 0.1 eV): 1234 events took 5.68e+205 s, a mean rate below 1e-200 s⁻¹; raise T or lower disorder',
    );
    const c = clockError(p, 3.21e20, 1.5e-9);
    expect(c.field).toBe('T');
    expect(c.message).toBe(
      'T: at 40 K the ions settle while equilibrating (the ions settled where every hop costs energy: disorder 0.1 eV) and took 321000000000000000000 s to do so; a run of 1.5e-9 s planned from the fast hops where it ended cannot advance that clock. Raise T or lower disorder, or set time to a simulated time',
    );
  });
});
