/**
 * The app entry of the solidification model: its worker, its lazily loaded model and view, the
 * equations and assumptions of its explanation panel, the guided "try this" text and the
 * landing-card picture (a crucible with a growing ingot and a wavy interface).
 */
import { modelLoaders } from '../../../models/registry';
import type { ModelEntry } from '../types';

export const solidificationEntry: ModelEntry = {
  id: 'solidification',
  loadModel: modelLoaders.solidification,
  createWorker: () => new Worker(new URL('../../../../workers/solidification.worker.ts', import.meta.url), { type: 'module' }),
  loadView: () => import('./View.svelte'),
  equations: [
    {
      tex:
        '\\begin{aligned} RT\\ln\\frac{x_S}{x_L} &= \\Delta H_{\\mathrm{Ge}}\\Bigl(1-\\frac{T}{T_{m,\\mathrm{Ge}}}\\Bigr) + \\Omega_L(1-x_L)^2 - \\Omega_S(1-x_S)^2 \\\\ RT\\ln\\frac{1-x_S}{1-x_L} &= \\Delta H_{\\mathrm{Si}}\\Bigl(1-\\frac{T}{T_{m,\\mathrm{Si}}}\\Bigr) + \\Omega_L x_L^2 - \\Omega_S x_S^2 \\end{aligned}',
      captionKey: 'solidification.eq.regular',
    },
    { tex: 'T_L(x) = T_m + m\\,x, \\qquad T_S(x) = T_m + \\frac{m\\,x}{k}', captionKey: 'solidification.eq.dilute' },
    { tex: 'x_L(z) = x_0 + \\bigl(x_L^{*} - x_0\\bigr)\\,e^{-Vz/D}', captionKey: 'solidification.eq.profile' },
    {
      tex: '\\frac{\\partial x}{\\partial t} = D\\,\\frac{\\partial^2 x}{\\partial z^2}, \\qquad -D\\,\\frac{\\partial x}{\\partial z}\\Big|_{z=s} = (1-k)\\,V\\,x_L^{*}',
      captionKey: 'solidification.eq.transport',
    },
    { tex: 'T(z,t) = T_L(x_0) + G\\,z - R\\,t, \\qquad T(s,t) = T_L(x_L^{*}), \\qquad V = \\frac{ds}{dt} \\to \\frac{R}{G}', captionKey: 'solidification.eq.furnace' },
    {
      tex: '\\frac{G}{V} < \\frac{\\Delta T_0}{D}, \\qquad \\Delta T_0 = T_L(x_0) - T_S(x_0), \\qquad \\Delta T_{cs}(z) = T_L\\bigl(x_L(z)\\bigr) - T(z)',
      captionKey: 'solidification.eq.criterion',
    },
    {
      tex:
        '\\sigma(q) = V\\Bigl[\\Bigl(\\omega - \\frac{V}{D}\\Bigr) - \\Bigl(\\omega - (1-k)\\frac{V}{D}\\Bigr)\\frac{G + \\Gamma q^2}{m G_c}\\Bigr], \\quad \\omega = \\frac{V}{2D} + \\sqrt{\\Bigl(\\frac{V}{2D}\\Bigr)^2 + q^2}, \\quad m G_c = \\frac{V\\,\\Delta T_0}{D}',
      captionKey: 'solidification.eq.ms',
    },
    { tex: 'V_{abs} = \\frac{D\\,\\Delta T_0}{k\\,\\Gamma}', captionKey: 'solidification.eq.vabs' },
    { tex: 'V = \\frac{R}{G} \\quad\\Rightarrow\\quad \\frac{G}{V} = \\frac{G^2}{R}', captionKey: 'solidification.eq.gv' },
  ],
  assumptionKeys: [
    'solidification.assume.planar',
    'solidification.assume.convection',
    'solidification.assume.thermal',
    'solidification.assume.solid',
    'solidification.assume.stability',
    'solidification.assume.values',
    'solidification.assume.map',
  ],
  guideKey: 'solidification.guide',
  partialTimeKey: 'time',
  thumbnail: 'M18 3 V37 H46 V3 M18 24 Q21.5 19 25 24 T32 24 T39 24 T46 24 M18 30 H46 M18 34 H46',
};
