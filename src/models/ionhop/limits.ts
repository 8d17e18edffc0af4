/**
 * Runs that cannot move. A hop rate below MIN_HOP_RATE (s⁻¹) is refused before the run (no hop
 * would happen in any simulated time, and the clock, D and σ would leave the range of doubles;
 * with site disorder the rate of leaving the deep sites counts);
 * a run whose ions all get stuck (every possible hop frozen by a deep site, or no empty site next
 * to any ion) is refused with the real reason and the field to change.
 */
import { BOLTZMANN_EV } from '../../core/constants';
import { InvalidParamsError } from '../../core/model';
import type { HopEngine } from './engine';
import type { IonhopParams } from './params';

/** Slowest hop rate (s⁻¹) a run accepts: times stay below 1e210 s and D, σ stay normal doubles. */
export const MIN_HOP_RATE = 1e-200;

/** Number with a few significant digits for messages. */
function fmt(x: number): string {
  return Number(x.toPrecision(3)).toString();
}

/**
 * Throws when ions could not move in any simulated time, naming T and what would work: the hop
 * rate Γ = ν₀exp(−Eₐ/k_BT) (s⁻¹), lowered with site disorder σ by the Gaussian-disorder factor
 * exp(−(2σ/3k_BT)²) of the rate at which an ion leaves the deep sites it settles in (Bässler,
 * Phys. Status Solidi B 175, 15 (1993)), is below MIN_HOP_RATE.
 */
export function checkHopRate(p: IonhopParams): void {
  const x = 1 / (BOLTZMANN_EV * p.T);
  const trap = ((2 * p.disorder) / 3) ** 2;
  const lnRate = Math.log(p.nu0) - p.Ea * x - trap * x * x;
  const budget = Math.log(p.nu0 / MIN_HOP_RATE);
  if (lnRate >= Math.log(MIN_HOP_RATE)) return;
  // Smallest 1/k_BT with Ea·x + trap·x² = budget, and the largest Ea or σ that fits at this T.
  const xMax = trap > 0 ? (-p.Ea + Math.sqrt(p.Ea ** 2 + 4 * trap * budget)) / (2 * trap) : budget / p.Ea;
  const Tmin = 1 / (BOLTZMANN_EV * xMax);
  const EaMax = (budget - trap * x * x) / x;
  const what = p.disorder > 0 ? `Ea = ${fmt(p.Ea)} eV and site disorder ${fmt(p.disorder)} eV` : `Ea = ${fmt(p.Ea)} eV`;
  const rate = p.disorder > 0 ? 'ν₀·exp(−Ea/k_BT − (2σ/3k_BT)²)' : 'ν₀·exp(−Ea/k_BT)';
  // Without disorder EaMax = budget/x > 0 (ν₀ > MIN_HOP_RATE), so only disorder can leave no room for Eₐ.
  const lower =
    // Stryker disable next-line EqualityOperator: equivalent in practice: EaMax = 0 exactly needs budget = trap·x² to the last bit
    EaMax > 0
      ? ` or lower Ea to at most ${fmt(EaMax * 0.999)} eV`
      : ` or lower disorder to at most ${fmt(1.5 * BOLTZMANN_EV * p.T * Math.sqrt(Math.max(0, budget - p.Ea * x)) * 0.999)} eV`;
  throw new InvalidParamsError(
    'T',
    `T: at ${fmt(p.T)} K with ${what} the rate at which an ion moves on, ${rate} = e^${fmt(lnRate)} s⁻¹, is below ${MIN_HOP_RATE} s⁻¹ (no ion would get anywhere in any simulated time); raise T to at least ${fmt(Tmin * 1.001)} K${lower}`,
  );
}

/**
 * The error for a run in which no ion can move (total rate below MIN_HOP_RATE): either no ion has an
 * empty open neighbour (blocked sites and ions fill every neighbourhood), or every possible hop is
 * frozen at this temperature (site disorder, repulsion or field let the ions settle in deep sites).
 */
export function stuckError(engine: HopEngine, p: IonhopParams): InvalidParamsError {
  const barrier = engine.lowestBarrier_eV();
  if (!Number.isFinite(barrier)) {
    return p.blocked > 0
      ? new InvalidParamsError('blocked', `blocked: no ion has an empty open neighbour (blocked sites and ions fill every neighbourhood); lower blocked (${fmt(p.blocked)}) or the occupancy`)
      : new InvalidParamsError('occupancy', 'occupancy: no ion has an empty neighbour; lower the occupancy');
  }
  const kT = BOLTZMANN_EV * p.T;
  const { why, lower } = settlingCauses(p);
  const Tmin = barrier / (BOLTZMANN_EV * Math.log(p.nu0 / MIN_HOP_RATE));
  return new InvalidParamsError(
    'T',
    `T: at ${fmt(p.T)} K every ion is frozen: the lowest barrier of any possible hop is ${fmt(barrier)} eV = ${fmt(barrier / kT)} k_BT${why}, so every hop rate is below ${MIN_HOP_RATE} s⁻¹; raise T above about ${fmt(Tmin * 1.001)} K${lower}`,
  );
}

/** What lets the ions settle where every hop costs energy (disorder, repulsion, field), as message parts. */
function settlingCauses(p: IonhopParams): { why: string; lower: string } {
  const causes: [string, string][] = [];
  if (p.disorder > 0) causes.push(['disorder', `disorder ${fmt(p.disorder)} eV`]);
  if (p.repulsion !== 0) causes.push(['repulsion', `repulsion ${fmt(p.repulsion)} eV`]);
  if (p.field !== 0) causes.push(['field', 'the field']);
  if (causes.length === 0) return { why: '', lower: '' };
  return {
    why: ` (the ions settled where every hop costs energy: ${causes.map((c) => c[1]).join(', ')})`,
    lower: ` or lower ${causes.map((c) => c[0]).join(' or ')}`,
  };
}

/**
 * The error for a run whose ions, while equilibrating, settled into arrangements they leave at a
 * total rate below MIN_HOP_RATE (s⁻¹) on average: the clock passed steps/MIN_HOP_RATE. The state
 * at hand may be a brief excursion with fast rates, so its barriers do not describe the run.
 */
export function settledError(p: IonhopParams, steps: number, time: number): InvalidParamsError {
  const { why, lower } = settlingCauses(p);
  return new InvalidParamsError(
    'T',
    `T: at ${fmt(p.T)} K every ion is frozen while equilibrating${why}: ${steps} events took ${fmt(time)} s, a mean rate below ${MIN_HOP_RATE} s⁻¹; raise T${lower}`,
  );
}

/**
 * The error for a run whose equilibration (clock at `time`, s) ended in a brief fast excursion out
 * of a settled arrangement: the measured run, `span` s planned from the rates of that excursion, is
 * below the resolution of the clock and could not advance.
 */
export function clockError(p: IonhopParams, time: number, span: number): InvalidParamsError {
  const { why, lower } = settlingCauses(p);
  return new InvalidParamsError(
    'T',
    `T: at ${fmt(p.T)} K the ions settle while equilibrating${why} and took ${fmt(time)} s to do so; a run of ${fmt(span)} s planned from the fast hops where it ended cannot advance that clock. Raise T${lower}, or set time to a simulated time`,
  );
}
