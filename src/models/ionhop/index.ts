/**
 * Ion hopping in solid electrolytes by kinetic Monte Carlo (model id `ionhop`). Li⁺, Na⁺, Mg²⁺ or
 * H⁺ ions hop between nearest-neighbour sites of a periodic lattice with site exclusion, Arrhenius
 * rates Γ = ν₀exp(−E_a/k_BT) per direction, optional site-energy disorder, neighbour repulsion,
 * blocked sites and an electric field. Outputs tracer and charge diffusion coefficients, the Haven
 * ratio, correlation factor and conductivity (Nernst–Einstein and from drift), with error bars from
 * windows pooled over replicas. Series pairings are listed in `seriesInfo`.
 */
import { defineModel } from '../../core/model';
import { CROSS_CHECKS, PARAM_SPECS, type IonhopParams } from './params';
import { PRESETS } from './presets';
import { simulate } from './simulate';

export type { IonhopParams } from './params';
export { arrheniusPrefactor, arrheniusSigmaT, arrheniusSweep, fitArrhenius, sweepSeed, sweepTemperatures, type SweepPoint, type ArrheniusFit } from './sweep';
export { ELECTROLYTES, type Electrolyte } from './electrolytes';
export { setupOf } from './simulate';

/** How series pair up for plots: x and y keys, labels and SI units (plain data for the views). */
export const seriesInfo = {
  plots: [
    { id: 'msd', x: 'msd_t', y: ['msdTracer', 'msdCharge'], yErr: ['msdTracerErr', 'msdChargeErr'], xLabel: 'time lag t', xUnit: 's', yLabel: 'mean squared displacement', yUnit: 'm^2', log: true, note: 'msdCharge = |Σ ΔR|²/N; errors present when replicas > 1' },
    { id: 'runningD', x: 'dLag_t', y: ['dLagTracer', 'dLagCharge'], yErr: ['dLagTracerErr', 'dLagChargeErr'], xLabel: 'time lag t', xUnit: 's', yLabel: 'MSD/(2d t)', yUnit: 'm^2/s', log: true, note: 'apparent D at each lag; plateaus at D* and D_σ' },
    { id: 'fermiDirac', x: 'occupancyVsEnergy_E_eV', y: ['occupancyVsEnergy', 'occupancyFermiDirac'], yErr: [], xLabel: 'site energy', xUnit: 'eV', yLabel: 'occupancy', yUnit: '', log: false, note: 'only with disorder > 0; occupancyVsEnergy_samples = site samples per bin' },
  ],
  scene: {
    siteXYZ: 'site positions, 3 per site, m (z = 0 in 2-D)',
    supercell: 'supercell vectors, 3 rows of xyz, m',
    ionSites: 'site index of each ion at the end (replica 0); also streamed in progress partials',
    blockedSites: 'indices of blocked sites (replica 0)',
    trails: 'unwrapped paths of up to 4 tagged ions: [ion][snapshot][xyz] in m; times in trail_t (s)',
    trail_t: 'snapshot times of the trails, s',
  },
} as const;

const model = defineModel<IonhopParams>({
  id: 'ionhop',
  title: 'Ion hopping in solid electrolytes (kinetic Monte Carlo)',
  params: PARAM_SPECS,
  crossChecks: CROSS_CHECKS,
  presets: PRESETS,
  run: (params, ctx) => simulate(params, ctx),
});

export default model;
