/**
 * Measures the box-size bias of the single-vacancy correlation factors on sc (docs/models/ionhop.md,
 * "Finite-size guidance"): for L = 6, 8, 10, 12 the MSD-based factor from about 75 000 ion
 * trajectories (its noise is √(2/3)/√(ions·replicas): each ion contributes one squared displacement)
 * at 300 hops per ion (finite-run bias ≈ +0.1 %), and the cos θ factor, against f₀ = 0.65311.
 * Takes a few minutes. Run with `npx tsx scripts/ionhop-finite-size.ts`.
 */
import model from '../src/models/ionhop';
import { defaultsOf } from '../src/core/model';
import type { IonhopParams } from '../src/models/ionhop/params';

const F0 = 0.65311;

for (const L of [6, 8, 10, 12]) {
  const N = L ** 3 - 1;
  const runs = Math.ceil(75000 / N / 64);
  const replicas = Math.ceil(75000 / N / runs);
  let weighted = 0;
  let weights = 0;
  let cosWeighted = 0;
  let cosWeights = 0;
  for (let k = 0; k < runs; k++) {
    const params = { ...defaultsOf(model), L, vacancies: 1, steps: 300 * N, replicas, seed: 100 + k } as IonhopParams;
    const s = (await model.run(params)).summary;
    const w = 1 / (s.correlationFactorErr as number) ** 2;
    weighted += w * (s.correlationFactor as number);
    weights += w;
    const wc = 1 / (s.correlationFactorCosThetaErr as number) ** 2;
    cosWeighted += wc * (s.correlationFactorCosTheta as number);
    cosWeights += wc;
  }
  const f = weighted / weights;
  const err = Math.sqrt(1 / weights);
  const fc = cosWeighted / cosWeights;
  const errc = Math.sqrt(1 / cosWeights);
  const pct = (x: number) => ((x / F0) * 100).toFixed(2);
  console.log(
    `L=${L} ions=${N} replicas=${runs * replicas}: MSD f = ${f.toFixed(5)} ± ${err.toFixed(5)} (${pct(f - F0)} ± ${pct(err)} %), cos θ f = ${fc.toFixed(5)} ± ${errc.toFixed(5)} (${pct(fc - F0)} ± ${pct(errc)} %)`,
  );
}
