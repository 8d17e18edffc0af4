/**
 * `havenReason`: H_R against 1 within two standard errors. The correlated and uncorrelated
 * branches are reached with real runs and checked against the known correlation factors: one
 * vacancy on the simple cubic lattice has f = 0.6531 (Compaan & Haven 1956), so H_R = f is below 1;
 * dilute ions (1 % occupancy) have f → 1, so H_R is 1 within its error.
 */
import { describe, expect, it } from 'vitest';
import { HAVEN_SIGMAS, havenReason } from '../../../../src/models/ionhop';
import { numberOf, runWith } from './helpers';

describe('havenReason on runs', () => {
  it('one vacancy, sc L = 6: correlated, and H_R agrees with f_sc = 0.6531 within three standard errors', async () => {
    const r = await runWith({ lattice: 'sc', L: 6, vacancies: 1, steps: 200_000 });
    const H = numberOf(r, 'havenRatio');
    const err = numberOf(r, 'havenRatioErr');
    const why = havenReason(H, err)!;
    console.log(`one vacancy sc: H_R = ${H} ± ${err}, f = 0.6531, ${why.sigmas} standard errors below 1`);
    expect(why.cause).toBe('correlated');
    expect(why.sigmas!).toBeGreaterThan(HAVEN_SIGMAS);
    expect(Math.abs(H - 0.6531)).toBeLessThan(3 * err);
  }, 30_000);

  it('dilute ions (1 % of sc L = 16, 8 replicas): uncorrelated, H_R within two standard errors of 1', async () => {
    const r = await runWith({ lattice: 'sc', L: 16, occupancy: 0.01, steps: 1_000_000, replicas: 8 });
    const H = numberOf(r, 'havenRatio');
    const err = numberOf(r, 'havenRatioErr');
    const why = havenReason(H, err)!;
    console.log(`dilute sc: H_R = ${H} ± ${err}`);
    expect(why.cause).toBe('uncorrelated');
    expect(Math.abs(H - 1)).toBeLessThanOrEqual(2 * err);
  }, 60_000);
});

describe('havenReason branches', () => {
  it('below, within and above 1 by two standard errors; the boundary counts as within', () => {
    expect(havenReason(0.5, 0.1)).toEqual({ cause: 'correlated', havenRatio: 0.5, havenRatioErr: 0.1, sigmas: 5 });
    expect(havenReason(0.8, 0.1)!.cause).toBe('uncorrelated');
    expect(havenReason(1.5, 0.1)!.cause).toBe('anticorrelated');
    expect(havenReason(1.25, 0.125)!.cause).toBe('uncorrelated');
    expect(havenReason(1.2500001, 0.125)!.cause).toBe('anticorrelated');
  });
  it('no error (null, zero or not finite): noError; no ratio: null', () => {
    expect(havenReason(0.7, null)).toEqual({ cause: 'noError', havenRatio: 0.7, havenRatioErr: null, sigmas: null });
    expect(havenReason(0.7, 0)!.cause).toBe('noError');
    expect(havenReason(0.7, NaN)!.cause).toBe('noError');
    expect(havenReason(null, 0.1)).toBeNull();
    expect(havenReason(Infinity, 0.1)).toBeNull();
  });
});
