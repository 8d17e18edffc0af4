/**
 * Random variates the kMC needs beyond uniform numbers: exponential waiting times and the Gamma
 * distribution of the sum of K exponential waiting times (so a block of K uniform-rate attempts
 * advances the clock by an exact draw instead of K logarithms), and per-replica seeds.
 */
import { Rng } from '../../core/rng';

/**
 * Gamma(shape k, rate 1) variate for integer or real k ≥ 1 (Marsaglia & Tsang 2000, ACM TOMS 26, 363).
 * The sum of K independent Exp(1) waiting times is Gamma(K, 1); divide by the total rate for seconds.
 */
export function gammaVariate(rng: Rng, shape: number): number {
  if (shape < 1) {
    // Boost: Gamma(k) = Gamma(k + 1)·U^(1/k).
    return gammaVariate(rng, shape + 1) * Math.pow(rng.nextOpen(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextOpen();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Independent seeds for `count` replicas, derived deterministically from `seed`. */
export function replicaSeeds(seed: number, count: number): number[] {
  const master = new Rng(seed);
  return Array.from({ length: count }, () => master.nextUint32());
}
