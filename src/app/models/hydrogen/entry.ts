/**
 * App entry of the hydrogen-storage PCT model: its worker, its lazily loaded definition and
 * view, the equations of the explanation panel (equilibrium, Lacher isotherm, Maxwell rule,
 * van 't Hoff, fugacity, capacity), the assumptions, the guide text and the landing picture.
 */
import { modelLoaders } from '../../../models/registry';
import type { ModelEntry } from '../types';

export const hydrogenEntry: ModelEntry = {
  id: 'hydrogen',
  createWorker: () => new Worker(new URL('../../../../workers/hydrogen.worker.ts', import.meta.url), { type: 'module' }),
  loadModel: modelLoaders.hydrogen,
  loadView: () => import('./View.svelte'),
  equations: [
    {
      tex: '\\mu_{\\mathrm{H}}^{\\text{metal}}(x,T) = \\tfrac12\\,\\mu_{\\mathrm{H_2}}^{\\text{gas}} = \\tfrac12\\left[\\mu^\\circ_{\\mathrm{H_2}}(T) + RT\\ln\\frac{f}{p^\\circ}\\right]',
      captionKey: 'eq.hydrogen.equilibrium',
    },
    {
      tex: '\\ln\\frac{f}{p^\\circ} = \\frac{\\Delta H}{RT} - \\frac{\\Delta S}{R} + 2\\ln\\frac{\\theta}{1-\\theta} - \\frac{4T_c}{T}\\,(2\\theta - 1),\\qquad \\theta = \\frac{x}{r}',
      captionKey: 'eq.hydrogen.lacher',
    },
    {
      tex: '\\int_{\\theta_\\alpha}^{\\theta_\\beta}\\left[\\ln\\frac{f(\\theta)}{p^\\circ} - L\\right]\\mathrm{d}\\theta = 0,\\qquad \\ln\\frac{f(\\theta_\\alpha)}{p^\\circ} = \\ln\\frac{f(\\theta_\\beta)}{p^\\circ} = L',
      captionKey: 'eq.hydrogen.maxwell',
    },
    {
      tex: '\\ln\\frac{f_{\\text{pl}}}{p^\\circ} = \\frac{\\Delta H}{RT} - \\frac{\\Delta S}{R}',
      captionKey: 'eq.hydrogen.vantHoff',
    },
    {
      tex: 'f = \\varphi\\,p,\\qquad \\ln\\varphi = \\int_0^p \\frac{Z(p\',T) - 1}{p\'}\\,\\mathrm{d}p\', \\qquad Z = \\frac{p}{\\rho RT}',
      captionKey: 'eq.hydrogen.fugacity',
    },
    {
      tex: 'w_{\\mathrm{H}} = 100\\,\\frac{a\\,x\\,M_{\\mathrm{H}}}{M_{\\text{fu}} + a\\,x\\,M_{\\mathrm{H}}}\\ \\text{mass\\%},\\qquad \\rho_{\\mathrm{H}} = \\rho_{\\text{alloy}}\\,\\frac{a\\,x\\,M_{\\mathrm{H}}}{M_{\\text{fu}}}',
      captionKey: 'eq.hydrogen.capacity',
    },
  ],
  assumptionKeys: ['assume.hydrogen.meanField', 'assume.hydrogen.plateau', 'assume.hydrogen.gas', 'assume.hydrogen.library', 'assume.hydrogen.volume'],
  guideKey: 'guide.hydrogen',
  // A PCT loop: α branch rising, flat plateau, β branch climbing steeply (64 × 40 box).
  thumbnail: 'M4 36 C 8 30 10 26 14 24 L 44 21 C 50 20 54 14 58 4 M14 21 L 44 18',
};
