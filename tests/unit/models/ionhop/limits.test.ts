/**
 * Runs that cannot move are refused with the real reason and the field to change (issue 11,
 * items 4–5): a hop rate that underflows (T = 10 K, Eₐ = 2 eV), ions frozen into deep sites by
 * disorder (T = 10 K, σ = 0.5 eV) or by repulsion, and ions with no empty open neighbour (blocked
 * sites). The temperatures the messages suggest do run. The CLI answers with exit 2 and one line.
 * Also: the BKL sum tree keeps an exact total while ions relax into deep traps (the rounding of
 * additive updates once made such a system look jammed).
 */
import { describe, it, expect } from 'vitest';
import { InvalidParamsError } from '../../../../src/core/model';
import model from '../../../../src/models/ionhop';
import { runCli } from '../../../../src/cli/main';
import { buildLattice } from '../../../../src/models/ionhop/lattice';
import { HopEngine } from '../../../../src/models/ionhop/engine';
import { numberOf, runWith } from './helpers';

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
