import { describe, it, expect } from 'vitest';
import { RegularSolutionDiagram } from '../../../../src/models/solidification/regularSolution';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { expectClose } from './helpers';

const d = new RegularSolutionDiagram();

// docs/physics-notes.md Table A-1 (O&A regular solution, constant ΔH_f): x, T_L, T_S, k at T_L
const TABLE: [number, number, number, number | null][] = [
  [0.0, 1687.0, 1687.0, null],
  [0.1, 1653.2, 1579.4, 0.295],
  [0.2, 1618.6, 1493.5, 0.307],
  [0.3, 1582.7, 1428.3, 0.322],
  [0.4, 1544.9, 1378.8, 0.343],
  [0.5, 1504.1, 1340.1, 0.372],
  [0.6, 1459.1, 1308.5, 0.415],
  [0.7, 1408.1, 1281.2, 0.482],
  [0.8, 1349.1, 1256.7, 0.593],
  [0.9, 1281.4, 1233.7, 0.777],
  [1.0, 1211.4, 1211.4, null],
];

describe('Si–Ge regular-solution diagram vs docs/physics-notes.md Table A-1', () => {
  for (const [x, tl, ts, k] of TABLE) {
    it(`x = ${x}: T_L, T_S within ±0.5 K${k === null ? '' : ', k within ±0.002'}`, () => {
      expectClose(d.liquidus(x), tl, 0.5, 'T_L');
      expectClose(d.solidus(x), ts, 0.5, 'T_S');
      if (k !== null) expectClose(d.partition(x), k, 0.002, 'k');
    });
  }

  it('k along the liquidus at x = 0.05 and 0.95 (A.3: 0.291, 0.891) within ±0.002', () => {
    expectClose(d.partition(0.05), 0.291, 0.002);
    expectClose(d.partition(0.95), 0.891, 0.002);
  });

  it('dilute limits: k0 = 0.287 (±0.0005), m(0) = −336 K (±0.5 K), m(1) from k0(Si in Ge) = 3.03 (±1 %)', () => {
    expectClose(d.partition(0), 0.287, 5e-4, 'k0');
    expectClose(d.partition(1e-7), 0.287, 5e-4, 'k(1e-7)');
    expectClose(d.slope(0), -336, 0.5, 'm(0)');
    // x → 1: dT_L/dx = R·T_mGe²·(1 − k_Si)/ΔH_Ge with k_Si = 3.03 (A.3)
    const m1 = (8.314462618 * 1211.4 ** 2 * (1 - 3.03)) / 36940;
    expectClose(d.slope(1), m1, Math.abs(m1) * 0.01, 'm(1)');
  });

  it('liquidus slopes at x = 0.1, 0.2, 0.3 (A.3: −341, −351, −367 K) within ±1 K', () => {
    expectClose(d.slope(0.1), -341, 1);
    expectClose(d.slope(0.2), -351, 1);
    expectClose(d.slope(0.3), -367, 1);
  });

  it('analytic slope equals a central difference of T_L (±1e-5 relative) across 0.01..0.99', () => {
    for (let x = 0.01; x < 1; x += 0.07) {
      const h = 1e-6;
      const fd = (d.liquidus(x + h) - d.liquidus(x - h)) / (2 * h);
      expectClose(d.slope(x), fd, Math.abs(fd) * 1e-5, `m(${x.toFixed(2)})`);
    }
  });

  it('solid x_S = 0.2 is in equilibrium with liquid x_L = 0.5245 at 1493.5 K (A.2), ±5e-4 and ±0.5 K', () => {
    const tie = d.fromSolid(0.2);
    expectClose(tie.xL, 0.5245, 5e-4, 'x_L');
    expectClose(tie.T, 1493.5, 0.5, 'T');
    expectClose(tie.xS / tie.xL, 0.381, 1e-3, 'x_S/x_L');
  });

  it('the two tie-line solvers are inverse to each other (1e-9) and the lens is ordered T_S < T_L', () => {
    for (let x = 0.001; x < 1; x += 0.0497) {
      const tl = d.fromLiquid(x);
      const back = d.fromSolid(tl.xS);
      expectClose(back.xL, x, 1e-9, 'x_L round trip');
      expectClose(back.T, tl.T, 1e-7, 'T round trip');
      expect(d.solidus(x)).toBeLessThan(d.liquidus(x));
    }
  });

  it('the ideal lens (Ω = 0) gives the A.2 check values: T_L(0.2) = 1623.1 K, T_S(0.2) = 1537.4 K, k0 = 0.356', () => {
    const ideal = new RegularSolutionDiagram({ ...d.data, omegaS: 0, omegaL: 0 });
    expectClose(ideal.liquidus(0.2), 1623.1, 0.5);
    expectClose(ideal.solidus(0.2), 1537.4, 0.5);
    expectClose(ideal.dilutePartition(), 0.356, 1e-3);
  });
});

describe('linearised dilute diagram', () => {
  it('T_L = Tm + m x, T_S = Tm + m x/k, tie-line x_S = k x_L, constant k and m (exact)', () => {
    const dd = new DiluteDiagram(0.3, -350, 1687);
    expect(dd.liquidus(0.2)).toBeCloseTo(1617, 12);
    expect(dd.solidus(0.2)).toBeCloseTo(1687 - 350 * 0.2 / 0.3, 10);
    expect(dd.fromSolid(0.2).xL).toBeCloseTo(0.2 / 0.3, 14);
    expect(dd.fromLiquid(0.5).xS).toBeCloseTo(0.15, 14);
    // ΔT0 = m C0 (k − 1)/k (A.6 item 1)
    expectClose(dd.liquidus(0.2) - dd.solidus(0.2), (-350 * 0.2 * (0.3 - 1)) / 0.3, 1e-9);
  });
  it('rejects k = 1 with a message naming k', () => {
    expect(() => new DiluteDiagram(1, -350, 1687)).toThrow(/^k:/);
  });
});
