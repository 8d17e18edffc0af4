/**
 * The cross-field rules of the ion-hopping parameters (`crossChecks` in params.ts), each at its
 * boundary: the memory limit on sites × neighbours (square L = 1024 is exactly at it), vacancies
 * below the open sites (blocked sites rounded, 2-D cells counted as L²), the uniform algorithm only
 * without disorder, repulsion and field, and the hop-attempt budget of a simulated time (exactly
 * 1e10 attempts allowed, replicas counted).
 */
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../../../src/core/model';
import model from '../../../../src/models/ionhop';
import { MAX_TIME_ATTEMPTS, crossChecks, paramSpecs, type IonhopParams } from '../../../../src/models/ionhop/params';
import { MAX_SITE_DIRECTIONS, maxCellsPerSide } from '../../../../src/models/ionhop/lattice';

const base = defaultsOf(model) as IonhopParams;

/** The fields of the cross-checks that fail for the defaults overridden by `values`. */
function failing(values: Partial<IonhopParams>): string[] {
  const p = { ...base, ...values } as IonhopParams;
  return crossChecks.filter((c) => !c.holds(p)).map((c) => c.field);
}

describe('ionhop cross-checks', () => {
  it('defaults pass every rule', () => {
    expect(failing({})).toEqual([]);
  });

  it('memory: square L = 1024 has exactly 2²² sites × neighbours and passes; 1025 fails', () => {
    expect(1024 * 1024 * 4).toBe(MAX_SITE_DIRECTIONS);
    expect(failing({ lattice: 'square', L: 1024 })).toEqual([]);
    expect(failing({ lattice: 'square', L: 1025 })).toEqual(['L']);
  });

  it('memory: the largest L of sc and fcc passes, one more fails', () => {
    for (const lattice of ['sc', 'fcc'] as const) {
      const L = maxCellsPerSide(lattice);
      expect(failing({ lattice, L }), `${lattice} L = ${L}`).toEqual([]);
      expect(failing({ lattice, L: L + 1 }), `${lattice} L = ${L + 1}`).toEqual(['L']);
    }
  });

  it('vacancies: sc L = 4 with 25 % blocked has 48 open sites, so 47 pass and 48 fail', () => {
    expect(failing({ L: 4, blocked: 0.25, vacancies: 47 })).toEqual([]);
    expect(failing({ L: 4, blocked: 0.25, vacancies: 48 })).toEqual(['vacancies']);
  });

  it('vacancies: blocked sites are rounded (10 % of 64 → 6, so 57 pass, 58 fail) and 2-D cells count L²', () => {
    expect(failing({ L: 4, blocked: 0.1, vacancies: 57 })).toEqual([]);
    expect(failing({ L: 4, blocked: 0.1, vacancies: 58 })).toEqual(['vacancies']);
    expect(failing({ lattice: 'square', L: 4, vacancies: 15 })).toEqual([]);
    expect(failing({ lattice: 'square', L: 4, vacancies: 16 })).toEqual(['vacancies']);
    expect(failing({ lattice: 'bcc', L: 4, vacancies: 127 })).toEqual([]);
    expect(failing({ lattice: 'bcc', L: 4, vacancies: 128 })).toEqual(['vacancies']);
  });

  it('uniform algorithm: refused with any of disorder, repulsion or field; the other algorithms accept them', () => {
    expect(failing({ algorithm: 'uniform' })).toEqual([]);
    for (const v of [{ disorder: 0.05 }, { repulsion: 0.05 }, { repulsion: -0.05 }, { field: 1e6 }, { field: -1e6 }]) {
      expect(failing({ algorithm: 'uniform', ...v }), JSON.stringify(v)).toEqual(['algorithm']);
      expect(failing({ algorithm: 'auto', ...v }), JSON.stringify(v)).toEqual([]);
      expect(failing({ algorithm: 'general', ...v }), JSON.stringify(v)).toEqual([]);
    }
  });

  it('time: square L = 4 (64 directions) at Γ = 1e9 s⁻¹ runs 1e10 attempts in 0.15625 s: allowed, a little more is not', () => {
    const fast = { lattice: 'square', L: 4, Ea: 0, nu0: 1e9, replicas: 1 } as const;
    expect(64 * 1e9 * 0.15625).toBe(MAX_TIME_ATTEMPTS);
    expect(failing({ ...fast, time: 0.15625 })).toEqual([]);
    expect(failing({ ...fast, time: 0.15626 })).toEqual(['time']);
    expect(failing({ ...fast, time: 0.078125, replicas: 2 })).toEqual([]);
    expect(failing({ ...fast, time: 0.078125, replicas: 3 })).toEqual(['time']);
    expect(failing({ ...fast, time: 0.15625, L: 5 })).toEqual(['time']);
  });

  it('time: the barrier slows the attempts down (Eₐ = 0.3 eV at 300 K allows a 10⁵ times longer run)', () => {
    const slow = { lattice: 'square', L: 4, nu0: 1e9, replicas: 1 } as const;
    expect(failing({ ...slow, Ea: 0.3, time: 1000 })).toEqual([]);
    expect(failing({ ...slow, Ea: 0, time: 1000 })).toEqual(['time']);
  });

  it('time 0 (use steps) never counts against the budget, even at the fastest rates', () => {
    expect(failing({ lattice: 'sc', L: 88, Ea: 0, nu0: 1e15, replicas: 64, time: 0 })).toEqual([]);
  });

  it('the specs list every lattice with its label and keep their panel order', () => {
    const lattice = paramSpecs.find((s) => s.key === 'lattice');
    expect(lattice?.kind).toBe('choice');
    expect(paramSpecs.map((s) => s.key)).toEqual(['lattice', 'L', 'a', 'ion', 'occupancy', 'vacancies', 'Ea', 'nu0', 'T', 'disorder', 'repulsion', 'blocked', 'field', 'steps', 'time', 'replicas', 'seed', 'warmup', 'algorithm']);
  });
});
