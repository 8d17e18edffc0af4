/**
 * Set-up of a run before any hop: ions from occupancy or vacancies (rounding, and the refusals at
 * exactly no ion or no vacancy, naming the field), blocked sites, ion charge, hop rate Γ, the
 * dilute D₀ = zΓa²/(2d), site and carrier densities in m⁻³ (2-D per layer spacing a), and the
 * choice of algorithm (BKL for non-uniform rates, for scarce vacancies under `auto`, or on request).
 * Expected values are recomputed from closed forms (relative 1e-12).
 */
import { describe, it, expect } from 'vitest';
import model from '../../../../src/models/ionhop';
import { defaultsOf, InvalidParamsError } from '../../../../src/core/model';
import type { IonhopParams } from '../../../../src/models/ionhop/params';
import { setupOf } from '../../../../src/models/ionhop/setup';
import { BOLTZMANN_EV } from '../../../../src/core/constants';
import { expectWithin } from './helpers';

const paramsWith = (values: Partial<IonhopParams>): IonhopParams => ({ ...defaultsOf(model), ...values }) as IonhopParams;

/** The InvalidParamsError `setupOf` throws for `values`. */
function refusal(values: Partial<IonhopParams>): InvalidParamsError {
  try {
    setupOf(paramsWith(values));
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidParamsError);
    return e as InvalidParamsError;
  }
  throw new Error(`expected setupOf to refuse ${JSON.stringify(values)}`);
}

describe('ionhop set-up', () => {
  it('ions from occupancy (rounded), blocked sites rounded from the blocked fraction', () => {
    const s = setupOf(paramsWith({ lattice: 'sc', L: 4, occupancy: 0.3, blocked: 0.1 }));
    expect(s.lattice.nSites).toBe(64);
    expect(s.blockedSites).toBe(6); // round(6.4)
    expect(s.N).toBe(17); // round(0.3 · 58)
    expect(setupOf(paramsWith({ lattice: 'sc', L: 4, occupancy: 0.3, blocked: 0.11 })).blockedSites).toBe(7); // round(7.04)
  });

  it('ions from vacancies: open sites minus vacancies; vacancies at the open-site count are refused naming vacancies', () => {
    expect(setupOf(paramsWith({ lattice: 'square', L: 4, vacancies: 1 })).N).toBe(15);
    expect(setupOf(paramsWith({ lattice: 'square', L: 4, vacancies: 15 })).N).toBe(1);
    expect(setupOf(paramsWith({ lattice: 'square', L: 4, vacancies: 3, blocked: 0.25 })).N).toBe(9);
    const e = refusal({ lattice: 'square', L: 4, vacancies: 16 });
    expect(e.field).toBe('vacancies');
    expect(e.message).toBe('vacancies: must be below the 16 open sites');
  });

  it('refuses an occupancy giving no ion or no vacancy, naming occupancy; one ion and one vacancy are fine', () => {
    // square L = 4: 16 sites; N = round(16 c)
    expect(setupOf(paramsWith({ lattice: 'square', L: 4, occupancy: 0.04 })).N).toBe(1);
    expect(setupOf(paramsWith({ lattice: 'square', L: 4, occupancy: 0.95 })).N).toBe(15);
    const none = refusal({ lattice: 'square', L: 4, occupancy: 0.03 });
    expect(none.field).toBe('occupancy');
    expect(none.message).toBe('occupancy: 0.03 of 16 open sites is less than one ion; raise occupancy or L');
    const full = refusal({ lattice: 'square', L: 4, occupancy: 0.97 });
    expect(full.field).toBe('occupancy');
    expect(full.message).toBe('occupancy: 0.97 of 16 open sites leaves no vacancy; lower occupancy or use vacancies');
  });

  it('refuses a hop rate that underflows, naming T', () => {
    expect(refusal({ T: 10, Ea: 2 }).field).toBe('T');
  });

  it('Γ, D₀ = zΓa²/(2d), charge, and densities in m⁻³ (3-D: per a³ of the cell; 2-D: per area over the layer spacing a)', () => {
    const a = 3e-10;
    const sc = setupOf(paramsWith({ lattice: 'sc', L: 4, a, nu0: 2e13, Ea: 0.25, T: 450, ion: 'Mg', occupancy: 0.25 }));
    const gamma = 2e13 * Math.exp(-0.25 / (BOLTZMANN_EV * 450));
    expectWithin('Γ', sc.gamma, gamma, 1e-12 * gamma);
    expectWithin('D₀ (sc: Γa²)', sc.D0, gamma * a * a, 1e-12 * gamma * a * a);
    expect(sc.charge).toBe(2);
    expectWithin('site density', sc.siteDensity, 1 / a ** 3, 1e-12 / a ** 3);
    expectWithin('carrier density', sc.carrierDensity, 0.25 / a ** 3, 1e-12 / a ** 3);
    const sq = setupOf(paramsWith({ lattice: 'square', L: 4, a, occupancy: 0.5, blocked: 0.25, ion: 'Na' }));
    expect(sq.charge).toBe(1);
    expectWithin('D₀ (square: zΓa²/4)', sq.D0, sq.gamma * a * a, 1e-12 * sq.gamma * a * a);
    expectWithin('2-D site density', sq.siteDensity, 1 / a ** 3, 1e-12 / a ** 3);
    // 4 blocked of 16, 6 ions on the 12 open sites: N over all sites
    expect(sq.N).toBe(6);
    expectWithin('2-D carrier density', sq.carrierDensity, 6 / 16 / a ** 3, 1e-12 / a ** 3);
    const bcc = setupOf(paramsWith({ lattice: 'bcc', L: 3, a }));
    expectWithin('D₀ (bcc: 4Γa²/3)', bcc.D0, (4 / 3) * bcc.gamma * a * a, 1e-12 * bcc.gamma * a * a);
  });

  it('chooses BKL for non-uniform rates, for fewer than 5 % vacancies under auto, or when asked; the attempt algorithm otherwise', () => {
    const general = (values: Partial<IonhopParams>) => setupOf(paramsWith({ lattice: 'square', L: 10, ...values })).general;
    expect(general({})).toBe(false);
    expect(general({ algorithm: 'general' })).toBe(true);
    expect(general({ algorithm: 'uniform' })).toBe(false);
    expect(general({ disorder: 0.01 })).toBe(true);
    expect(general({ repulsion: 0.01 })).toBe(true);
    expect(general({ field: 1e6 })).toBe(true);
    // 100 sites: 4 vacancies (4 %) → BKL, 6 vacancies (6 %) → attempts; the uniform choice overrides
    expect(general({ vacancies: 4 })).toBe(true);
    expect(general({ vacancies: 6 })).toBe(false);
    expect(general({ vacancies: 4, algorithm: 'uniform' })).toBe(false);
  });
});
