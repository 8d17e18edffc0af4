/**
 * Chooses the phase diagram named by the parameters: the Si–Ge regular-solution diagram (built
 * once and shared, it is immutable) or a linearised dilute diagram with the user's k, m, Tm.
 */
import { DiluteDiagram, type PhaseDiagram } from './phaseDiagram';
import { RegularSolutionDiagram } from './regularSolution';

/** Phase-diagram parameters: `phaseDiagram` = 'SiGe' | 'dilute'; k, m (K per mole fraction), Tm (K) used by 'dilute'. */
export interface DiagramChoice {
  phaseDiagram: string;
  k: number;
  m: number;
  Tm: number;
}

let siGe: RegularSolutionDiagram | null = null;

/** The diagram for these parameters. */
export function makeDiagram(p: DiagramChoice): PhaseDiagram {
  if (p.phaseDiagram === 'dilute') return new DiluteDiagram(p.k, p.m, p.Tm);
  siGe ??= new RegularSolutionDiagram();
  return siGe;
}
