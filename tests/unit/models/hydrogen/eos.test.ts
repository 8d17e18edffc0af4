import { describe, it, expect } from 'vitest';
import { leachmanLnPhi, leachmanSecondVirial, leachmanState, LEACHMAN_R } from '../../../../src/models/hydrogen/leachman';
import { abelNobleLnPhi, abelNobleZ, pressureFromFugacity, lnPhi } from '../../../../src/models/hydrogen/gas';
import { tableLnPhi } from '../../../../src/models/hydrogen/lnPhiTable';
import { meltingPressure, meltingTemperature } from '../../../../src/models/hydrogen/melting';
import { Rng } from '../../../../src/core/rng';
import { expectClose, expectRel } from './helpers';

/** Shaw & Wones (1964) ln φ of H₂, T in K, p in atm (C₃ exponent −0.011901, docs/physics-notes.md B.3). */
function shawWonesLnPhi(pPa: number, T: number): number {
  const P = pPa / 101325;
  const c1 = Math.exp(-3.8402 * T ** 0.125 + 0.541);
  const c2 = Math.exp(-0.1263 * Math.sqrt(T) - 15.98);
  const c3 = 300 * Math.exp(-0.011901 * T - 5.941);
  return c1 * P - c2 * P * P + c3 * (Math.exp(-P / 300) - 1);
}

describe('Leachman 2009 H2 equation of state', () => {
  it('second virial coefficient at 298.15 K from the low-density limit is 14.5 cm3/mol (tol 0.1; docs/physics-notes.md B.3)', () => {
    const T = 298.15;
    const s = leachmanState(1, T); // 1 Pa
    const Bnum = (s.Z - 1) / s.rho; // m3/mol
    expectClose(Bnum * 1e6, 14.5, 0.1, 'B from (Z-1)/rho');
    expectRel(leachmanSecondVirial(T), Bnum, 1e-5, 'closed-form B vs limit');
  });

  it('ideal-gas limit: Z → 1 and ln φ → B p/(RT) at 100 Pa (rel 1e-6)', () => {
    const T = 500;
    const p = 100;
    expectRel(leachmanLnPhi(p, T), (leachmanSecondVirial(T) * p) / (LEACHMAN_R * T), 1e-5, 'ln phi low p');
  });

  it('density root reproduces the pressure (rel 1e-10) from 100 K to 1000 K, 1 kPa to 2 GPa', () => {
    for (const T of [100, 200, 298.15, 600, 1000]) {
      for (const p of [1e3, 1e6, 1e8, 7e8]) {
        const s = leachmanState(p, T);
        expectRel(s.rho * LEACHMAN_R * T * s.Z, p, 1e-10, `p at ${T} K`);
      }
    }
  });

  it('thermodynamic consistency: ln φ = ∫(Z−1)/p dp numerically vs closed form (abs 1e-6)', () => {
    for (const [T, pTop] of [
      [298.15, 2e8],
      [298.15, 2e9],
      [150, 1e9],
      [800, 5e8],
    ] as const) {
      // integrate (Z−1) d ln p from 1e-2 Pa (contribution there ~1e-11) with composite Simpson
      const a = Math.log(1e-2);
      const b = Math.log(pTop);
      const n = 4000;
      const h = (b - a) / n;
      let s = 0;
      for (let i = 0; i <= n; i++) {
        const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
        s += w * (leachmanState(Math.exp(a + i * h), T).Z - 1);
      }
      expectClose((s * h) / 3, leachmanLnPhi(pTop, T), 1e-6, `T=${T}, p=${pTop}`);
    }
  });

  it('Abel–Noble (b = 15.84 cm3/mol) within 1.5 % of Leachman in Z and φ up to 200 MPa at 298 K', () => {
    for (const p of [1e6, 1e7, 5e7, 1e8, 2e8]) {
      const s = leachmanState(p, 298.15);
      expectRel(abelNobleZ(p, 298.15), s.Z, 0.015, `Z at ${p}`);
      expectClose(abelNobleLnPhi(p, 298.15), s.lnPhi, 0.015, `ln phi at ${p}`);
    }
  });

  it('Shaw–Wones (1964) agrees with Leachman to better than 2 % in φ up to 200 MPa (273–873 K)', () => {
    for (const T of [273.15, 298.15, 473.15, 873.15]) {
      for (const p of [1e6, 1e7, 5e7, 1e8, 2e8]) {
        expectClose(shawWonesLnPhi(p, T), leachmanLnPhi(p, T), 0.02, `T=${T}, p=${p}`);
      }
    }
  });

  it('cached table matches direct evaluation: |Δ ln φ| ≤ 1e-5·max(1, |ln φ|) below the melting line', () => {
    const rng = new Rng(7);
    for (let k = 0; k < 400; k++) {
      const T = 100 + 1100 * rng.next();
      const pTop = Math.min(5e9, meltingPressure(T));
      const p = Math.exp(Math.log(100) + (Math.log(pTop) - Math.log(100)) * rng.next());
      const exact = leachmanLnPhi(p, T);
      expectClose(tableLnPhi(p, T), exact, 1e-5 * Math.max(1, Math.abs(exact)), `T=${T}, p=${p}`);
    }
  });

  it('fugacity → pressure inversion round-trips for every gas model (rel 1e-10)', () => {
    for (const gas of ['ideal', 'abel-noble', 'real'] as const) {
      for (const p of [10, 1e5, 1e8, 1.9e9]) {
        const f = p * Math.exp(lnPhi(gas, p, 298.15, true));
        expectRel(pressureFromFugacity(gas, f, 298.15, true), p, 1e-10, `${gas} at ${p}`);
      }
    }
  });
});

describe('H2 melting curve (Kechin fit, Datchi et al. 2000)', () => {
  it('passes 14.025 K at zero pressure and peaks at 1100 K near 128 GPa, as the abstract states (tol 1 %)', () => {
    expectClose(meltingTemperature(0), 14.025, 1e-12);
    const pPeak = 0.589 / 4.6e-12 - 0.0286e9;
    expectRel(pPeak, 128e9, 0.01, 'peak pressure');
    expectRel(meltingTemperature(pPeak), 1100, 0.01, 'peak temperature');
    expect(meltingTemperature(pPeak * 0.9)).toBeLessThan(meltingTemperature(pPeak));
  });

  it('meltingPressure inverts meltingTemperature (rel 1e-8) and rises with T', () => {
    let prev = 0;
    for (const T of [20, 100, 171, 298.15, 600, 1000]) {
      const p = meltingPressure(T);
      expectRel(meltingTemperature(p), T, 1e-8, `T=${T}`);
      expect(p).toBeGreaterThan(prev);
      prev = p;
    }
  });
});
