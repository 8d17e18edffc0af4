/**
 * The gas models' validity limits and the edges of the fugacity → pressure inversion: the limits
 * stated in gas.ts (ideal 1 MPa, Abel–Noble 200 MPa, Leachman 2 GPa and 1000 K), which model is
 * evaluated for which id, and the refusals of fugacities that no pressure up to 6 GPa reaches.
 */
import { describe, expect, it } from 'vitest';
import {
  ABEL_NOBLE_B,
  abelNobleLnPhi,
  abelNobleZ,
  gasValidUpTo,
  isExtrapolated,
  lnPhi,
  pressureFromFugacity,
  PRESSURE_CEILING,
} from '../../../../src/models/hydrogen/gas';
import { leachmanLnPhi } from '../../../../src/models/hydrogen/leachman';
import { tableLnPhi } from '../../../../src/models/hydrogen/lnPhiTable';
import { GAS_CONSTANT } from '../../../../src/core/constants';
import { expectRel } from './helpers';

describe('gas model validity limits', () => {
  it('trusted up to 0 (ideal), 200 MPa (Abel–Noble) and 2 GPa (Leachman)', () => {
    expect(gasValidUpTo('ideal')).toBe(0);
    expect(gasValidUpTo('abel-noble')).toBe(2e8);
    expect(gasValidUpTo('real')).toBe(2e9);
  });

  it('extrapolated exactly beyond each limit in p, and beyond 1000 K for Leachman only', () => {
    expect(isExtrapolated('ideal', 1e6, 300)).toBe(false);
    expect(isExtrapolated('ideal', 1.000001e6, 300)).toBe(true);
    expect(isExtrapolated('abel-noble', 2e8, 300)).toBe(false);
    expect(isExtrapolated('abel-noble', 2.000001e8, 300)).toBe(true);
    expect(isExtrapolated('abel-noble', 1e5, 5000)).toBe(false);
    expect(isExtrapolated('real', 2e9, 1000)).toBe(false);
    expect(isExtrapolated('real', 2.000001e9, 300)).toBe(true);
    expect(isExtrapolated('real', 1e5, 1000.001)).toBe(true);
    expect(isExtrapolated('real', 1e5, 300)).toBe(false);
  });
});

describe('ln φ by gas model id', () => {
  it('ideal is 0, Abel–Noble is bp/(RT) with Z = 1 + bp/(RT), real is Leachman exactly or the table', () => {
    const p = 5e7;
    const T = 350;
    const bp = (ABEL_NOBLE_B * p) / (GAS_CONSTANT * T);
    expect(lnPhi('ideal', p, T)).toBe(0);
    expectRel(lnPhi('abel-noble', p, T), bp, 1e-14);
    expectRel(abelNobleLnPhi(p, T), bp, 1e-14);
    expectRel(abelNobleZ(p, T), 1 + bp, 1e-14);
    expect(lnPhi('real', p, T, true)).toBe(leachmanLnPhi(p, T));
    expect(lnPhi('real', p, T)).toBe(tableLnPhi(p, T));
  });
});

describe('fugacity → pressure edges', () => {
  it('refuses a fugacity that is zero, negative or NaN, naming it', () => {
    for (const f of [0, -1, Number.NaN]) {
      expect(() => pressureFromFugacity('real', f, 300)).toThrow(/fugacity must be positive/);
    }
  });

  it('refuses a fugacity beyond that of H2 at 6 GPa, naming the ceiling', () => {
    const fCeiling = PRESSURE_CEILING * Math.exp(abelNobleLnPhi(PRESSURE_CEILING, 300));
    expect(() => pressureFromFugacity('abel-noble', fCeiling * 1.01, 300)).toThrow(/needs a pressure above 6 GPa/);
    expectRel(pressureFromFugacity('abel-noble', fCeiling * 0.99, 300), PRESSURE_CEILING, 0.01);
  });

  it('the real gas inverts the cached table by default (rel 1e-12) and the equation itself when asked', () => {
    for (const [p, T] of [[7.7e8, 301.3], [3.3e6, 452.7]]) {
      const fTable = p * Math.exp(tableLnPhi(p, T));
      const fExact = p * Math.exp(leachmanLnPhi(p, T));
      expect(fTable, 'the table differs from the equation here').not.toBe(fExact);
      expectRel(pressureFromFugacity('real', fTable, T), p, 1e-12, `table at p=${p}`);
      expectRel(pressureFromFugacity('real', fExact, T, true), p, 1e-12, `equation at p=${p}`);
    }
  });

  it('the ideal gas returns the fugacity itself; very small fugacities invert too (rel 1e-10)', () => {
    expect(pressureFromFugacity('ideal', 1234.5, 300)).toBe(1234.5);
    for (const p of [1e-3, 1e-9]) {
      const f = p * Math.exp(abelNobleLnPhi(p, 300));
      expectRel(pressureFromFugacity('abel-noble', f, 300), p, 1e-10, `p=${p}`);
    }
  });
});
