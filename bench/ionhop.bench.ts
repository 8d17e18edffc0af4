/**
 * Ion-hopping kMC throughput: uniform-rate hop attempts per second (simple cubic 32³ sites,
 * c = 0.5, the fast rejection algorithm) and general-rate (BKL) events per second with Gaussian
 * site-energy disorder (σ = 0.05 eV) on the same lattice. Medians of 5 timed repeats after warm-up.
 */
import { median } from './median';
import { buildLattice } from '../src/models/ionhop/lattice';
import { HopEngine, type EngineOptions } from '../src/models/ionhop/engine';

export async function bench(): Promise<Record<string, number>> {
  const lattice = buildLattice('sc', 32);
  const base: EngineOptions = {
    particles: 16384,
    blockedSites: 0,
    nu0: 1e13,
    Ea_eV: 0.3,
    T: 300,
    disorder_eV: 0,
    repulsion_eV: 0,
    fieldDrop_eV: 0,
    general: false,
    seed: 1,
  };
  const rate = (run: () => void, count: number) => {
    run();
    const rates: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      run();
      rates.push(count / ((performance.now() - t0) / 1000));
    }
    return median(rates);
  };
  const uniform = new HopEngine(lattice, base);
  const attempts = 2e7;
  const uniformRate = rate(() => uniform.runUniform(attempts), attempts);
  const disordered = new HopEngine(lattice, { ...base, disorder_eV: 0.05, seed: 2 });
  const events = 2e6;
  const generalRate = rate(() => disordered.runGeneral(Infinity, events), events);
  return {
    uniformAttemptsPerSecond_sc32_c05: uniformRate,
    disorderEventsPerSecond_sc32_c05: generalRate,
  };
}
