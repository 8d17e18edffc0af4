/**
 * App entry of the ion-hopping kinetic Monte Carlo model: its worker, its lazily loaded
 * definition and view, the equations of the explanation panel (hop rate, random walk, tracer and
 * charge diffusion, Haven ratio, Nernst–Einstein, Arrhenius, the BKL algorithm, the bcc
 * tetrahedral path), the assumptions, the guide text and the landing picture.
 */
import { modelLoaders } from '../../../models/registry';
import type { ModelEntry } from '../types';
import { createIonhopWorker } from './worker';

export const ionhopEntry: ModelEntry = {
  id: 'ionhop',
  createWorker: createIonhopWorker,
  loadModel: modelLoaders.ionhop,
  loadView: () => import('./View.svelte'),
  equations: [
    { tex: '\\Gamma = \\nu_0 \\exp\\!\\left(-\\frac{E_a}{k_B T}\\right)', captionKey: 'eq.ionhop.rate' },
    { tex: 'D_0 = \\frac{z\\,\\Gamma\\,a^2}{2d},\\qquad D_\\sigma = D_0\\,(1-c),\\qquad D^* = D_0\\,(1-c)\\,f(c)', captionKey: 'eq.ionhop.randomWalk' },
    {
      tex: 'D^* = \\lim_{t\\to\\infty}\\frac{\\langle |\\Delta \\mathbf r_i(t)|^2\\rangle}{2d\\,t},\\qquad D_\\sigma = \\lim_{t\\to\\infty}\\frac{\\langle |\\sum_i \\Delta \\mathbf r_i(t)|^2\\rangle}{2d\\,N\\,t}',
      captionKey: 'eq.ionhop.tracer',
    },
    { tex: 'H_R = \\frac{D^*}{D_\\sigma},\\qquad f = \\frac{\\sum_i |\\Delta \\mathbf r_i|^2}{a^2 \\sum_i n_i^{\\text{hops}}}', captionKey: 'eq.ionhop.haven' },
    { tex: '\\sigma = \\frac{n\\,q^2 D_\\sigma}{k_B T} = \\frac{n\\,q\\,\\langle v_x\\rangle}{E}', captionKey: 'eq.ionhop.nernst' },
    { tex: '\\sigma T = A \\exp\\!\\left(-\\frac{E_a}{k_B T}\\right)', captionKey: 'eq.ionhop.arrhenius' },
    { tex: 'P(k) = \\frac{\\Gamma_k}{R},\\qquad R = \\sum_k \\Gamma_k,\\qquad \\Delta t = -\\frac{\\ln u}{R}', captionKey: 'eq.ionhop.bkl' },
    { tex: 'r_{T\\text{–}T} = \\frac{\\sqrt 2}{4}\\,a_{\\text{cell}},\\qquad E_a^{\\text{bcc, T–T}} \\approx 0.15\\ \\text{eV} \\ \\text{vs}\\ 0.25\\text{–}0.4\\ \\text{eV (fcc, hcp)}', captionKey: 'eq.ionhop.bcc' },
  ],
  assumptionKeys: ['assume.ionhop.latticeGas', 'assume.ionhop.barrier', 'assume.ionhop.periodic', 'assume.ionhop.presets', 'assume.ionhop.errors'],
  guideKey: 'guide.ionhop',
  // A zig-zag hop path across a row of sites.
  partialTimeKey: 'simulatedTime',
  thumbnail: 'M6 30 L18 18 L30 28 L42 12 L56 20 M6 30 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M30 28 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M56 20 m-3 0 a3 3 0 1 0 6 0 a3 3 0 1 0 -6 0 M12 8 h0 M24 8 h0 M36 34 h0 M48 34 h0',
};
