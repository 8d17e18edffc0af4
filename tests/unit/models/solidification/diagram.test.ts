/**
 * makeDiagram (diagram.ts): 'dilute' builds a linearised diagram from the user's k, m, Tm; any other
 * choice gives the Si–Ge regular-solution diagram, built once and shared.
 */
import { describe, expect, it } from 'vitest';
import { makeDiagram } from '../../../../src/models/solidification/diagram';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { RegularSolutionDiagram } from '../../../../src/models/solidification/regularSolution';

describe('makeDiagram', () => {
  it("'dilute' gives the linearised diagram with the given k, m and Tm (T_L(0.1) = Tm + 0.1·m)", () => {
    const d = makeDiagram({ phaseDiagram: 'dilute', k: 0.4, m: -200, Tm: 1500 });
    expect(d).toBeInstanceOf(DiluteDiagram);
    expect(d.kind).toBe('dilute');
    expect(d.partition(0.1)).toBe(0.4);
    expect(d.liquidus(0.1)).toBeCloseTo(1480, 12);
  });

  it("'SiGe' gives the regular-solution diagram (T_L(0) = 1687 K), the same shared instance every time, ignoring k, m, Tm", () => {
    const a = makeDiagram({ phaseDiagram: 'SiGe', k: 0.4, m: -200, Tm: 1500 });
    const b = makeDiagram({ phaseDiagram: 'SiGe', k: 0.3, m: -350, Tm: 1687 });
    expect(a).toBeInstanceOf(RegularSolutionDiagram);
    expect(a.kind).toBe('SiGe');
    expect(a.liquidus(0)).toBe(1687);
    expect(b).toBe(a);
  });
});
