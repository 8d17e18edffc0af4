/**
 * Presets placed on measured electrolytes (`placeOnTarget`): the occupancy reproduces the target's
 * carrier density and the computed ν₀ makes the non-interacting lattice gas meet the target σ
 * through σ = n q² D₀(1 − c)/(k_BT), D₀ = zΓa²/(2d), recomputed here independently (rel. 1e-12),
 * for a monovalent and a divalent ion on 3-D lattices of different coordination.
 */
import { describe, expect, it } from 'vitest';
import { BOLTZMANN, BOLTZMANN_EV, ELEMENTARY_CHARGE } from '../../../../src/core/constants';
import { PRESET_TARGETS, placeOnTarget, presets, type PresetTarget } from '../../../../src/models/ionhop/presets';
import { expectWithin } from './helpers';

/** Sites per m³ and coordination of the lattices used here, from their geometry (hop distance a). */
const GEOMETRY: Record<string, { sitesPerA3: number; z: number }> = {
  sc: { sitesPerA3: 1, z: 6 },
  // fcc: 4 sites per cube of edge a√2
  fcc: { sitesPerA3: 4 / Math.SQRT2 ** 3, z: 12 },
  // bcc: 2 sites per cube of edge 2a/√3
  bcc: { sitesPerA3: 2 / (2 / Math.sqrt(3)) ** 3, z: 8 },
};

/** σ (S/m) of the non-interacting lattice gas with the placed parameters. */
function sigmaOf(t: PresetTarget, placed: ReturnType<typeof placeOnTarget>): number {
  const g = GEOMETRY[t.lattice];
  const c = placed.occupancy!;
  const gamma = placed.nu0! * Math.exp(-placed.Ea! / (BOLTZMANN_EV * placed.T!));
  const D0 = (g.z * gamma * t.a * t.a) / 6;
  const q = (t.ion === 'Mg' ? 2 : 1) * ELEMENTARY_CHARGE;
  return (t.n * q * q * D0 * (1 - c)) / (BOLTZMANN * t.T);
}

describe('placeOnTarget', () => {
  const targets: PresetTarget[] = [
    { lattice: 'sc', L: 8, a: 2.5e-10, sigma: 0.1, T: 300, n: 1.6e28, Ea: 0.3, ion: 'Li' },
    { lattice: 'fcc', L: 6, a: 3e-10, sigma: 2e-3, T: 500, n: 2e28, Ea: 0.5, ion: 'Mg' },
    { lattice: 'bcc', L: 6, a: 2e-10, sigma: 1, T: 350, n: 4e28, Ea: 0.2, ion: 'Na' },
  ];

  for (const t of targets) {
    it(`${t.lattice} ${t.ion}: c·(site density) = n and the lattice gas meets σ = ${t.sigma} S/m`, () => {
      const placed = placeOnTarget(t);
      const sites = GEOMETRY[t.lattice].sitesPerA3 / t.a ** 3;
      expectWithin('n', (placed.occupancy! * sites) / t.n, 1, 1e-12);
      expectWithin('σ', sigmaOf(t, placed) / t.sigma, 1, 1e-12);
      expect(placed).toMatchObject({ lattice: t.lattice, L: t.L, a: t.a, Ea: t.Ea, T: t.T, ion: t.ion });
    });
  }

  it('a divalent ion needs a quarter of the ν₀ of a monovalent one for the same σ', () => {
    const li = placeOnTarget(targets[0]);
    const mg = placeOnTarget({ ...targets[0], ion: 'Mg' });
    expectWithin('ratio', mg.nu0! / li.nu0!, 0.25, 1e-12);
  });

  it('every preset is its target placed', () => {
    expect(presets.map((p) => p.id)).toEqual(PRESET_TARGETS.map((t) => t.id));
    for (const [i, p] of presets.entries()) expect(p.values).toEqual(placeOnTarget(PRESET_TARGETS[i].target));
  });
});
