import { describe, expect, it } from 'vitest';
import { GAS_CONSTANT } from '../../../../src/core/constants';
import { RegularSolutionDiagram, SI_GE } from '../../../../src/models/solidification/regularSolution';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';

const d = new RegularSolutionDiagram();

describe('RegularSolutionDiagram at and beyond the pure ends', () => {
  it('gives the melting points of the pure components and the pure phases at x ≤ 0 and x ≥ 1', () => {
    for (const x of [0, -0.2]) {
      expect(d.fromLiquid(x)).toEqual({ T: d.data.TmA, xL: x, xS: 0 });
      expect(d.fromSolid(x)).toEqual({ T: d.data.TmA, xL: 0, xS: x });
    }
    for (const x of [1, 1.3]) {
      expect(d.fromLiquid(x)).toEqual({ T: d.data.TmB, xL: x, xS: 1 });
      expect(d.fromSolid(x)).toEqual({ T: d.data.TmB, xL: 1, xS: x });
    }
    expect(d.partition(0)).toBe(d.dilutePartition());
    expect(d.partition(-1)).toBe(d.dilutePartition());
  });

  it('solves the same tie-line from either side inside (1e-9 in T, 1e-9 in x)', () => {
    for (const xL of [1e-4, 0.05, 0.3, 0.7, 0.99]) {
      const a = d.fromLiquid(xL);
      const b = d.fromSolid(a.xS);
      expect(Math.abs(b.T - a.T), `T at xL = ${xL}: ${a.T} vs ${b.T}`).toBeLessThan(1e-9);
      expect(Math.abs(b.xL - xL), `xL back from xS = ${a.xS}: ${b.xL}`).toBeLessThan(1e-9);
      expect(a.T).toBeLessThan(d.data.TmA);
      expect(a.T).toBeGreaterThan(d.data.TmB);
    }
  });
});

describe('RegularSolutionDiagram across the whole composition range', () => {
  it('every tie-line solved from the liquid is solved back from its solid (401 points, 1e-9), T falls monotonically from T_mA to T_mB', () => {
    let previous = d.data.TmA;
    for (let i = 0; i <= 400; i++) {
      const xL = Math.min(1 - 1e-6, Math.max(1e-8, i / 400));
      const a = d.fromLiquid(xL);
      const b = d.fromSolid(a.xS);
      expect(Math.abs(b.T - a.T), `T at xL = ${xL}`).toBeLessThan(1e-9);
      expect(Math.abs(b.xL - xL), `xL at xL = ${xL}`).toBeLessThan(1e-9 * Math.max(xL, 1e-3));
      expect(a.T).toBeLessThanOrEqual(previous);
      previous = a.T;
    }
  });
});

/** The two equal-chemical-potential conditions of the class comment, J/mol, evaluated independently. */
function equilibrium(T: number, xL: number, xS: number): [number, number] {
  const p = SI_GE;
  const RT = GAS_CONSTANT * T;
  return [
    RT * Math.log(xS / xL) - p.dHB * (1 - T / p.TmB) - p.omegaL * (1 - xL) ** 2 + p.omegaS * (1 - xS) ** 2,
    RT * Math.log((1 - xS) / (1 - xL)) - p.dHA * (1 - T / p.TmA) - p.omegaL * xL * xL + p.omegaS * xS * xS,
  ];
}

describe('RegularSolutionDiagram tie-lines are converged', () => {
  it('every tie-line from the liquid or the solid (x = 0.01 … 0.99) satisfies both equilibrium conditions to 1e-6 J/mol (Newton stops at steps of 1e-10·T)', () => {
    for (let i = 1; i < 100; i++) {
      for (const tie of [d.fromLiquid(i / 100), d.fromSolid(i / 100)]) {
        const [f1, f2] = equilibrium(tie.T, tie.xL, tie.xS);
        expect(Math.abs(f1), `f1 at ${JSON.stringify(tie)}`).toBeLessThan(1e-6);
        expect(Math.abs(f2), `f2 at ${JSON.stringify(tie)}`).toBeLessThan(1e-6);
      }
    }
  });

  it('a solid interaction Ω_S = 30 kJ/mol (a miscibility gap, no lens) makes Newton fail: it throws naming the composition', () => {
    expect(() => new RegularSolutionDiagram({ ...SI_GE, omegaS: 30000 })).toThrow(/^phase diagram: tie-line did not converge at x = 0\.\d+$/);
  });
});

describe('DiluteDiagram partition coefficient', () => {
  it.each([0, -0.5, 1, Number.NaN])('k = %f is refused on field k (positive and different from 1)', (k) => {
    expect(() => new DiluteDiagram(k, -350, 1687)).toThrow(
      expect.objectContaining({ name: 'InvalidParamsError', field: 'k', message: expect.stringMatching(/positive and different from 1/) }),
    );
  });
});
