/**
 * Geometry of the hopping lattices: coordination numbers, symmetric neighbour relations with
 * opposite hop vectors, unit hop length, site densities against closed forms, and the bcc
 * tetrahedral network of physics.md C.4 (12 sites per cell, z = 4 at a_cell√2/4, next shells at
 * 0.5 and 0.6124 a_cell, 4 anions at a_cell√5/4). Tolerances 1e-9 (exact geometry).
 */
import { describe, it, expect } from 'vitest';
import { buildLattice, LATTICE_IDS, maxCellsPerSide, MAX_SITE_DIRECTIONS, latticeSize, type LatticeId } from '../../../../src/models/ionhop/lattice';
import { expectWithin } from './helpers';

const Z: Record<LatticeId, number> = { sc: 6, bcc: 8, fcc: 12, diamond: 4, 'bcc-tet': 4, 'fcc-tet': 6, square: 4, triangular: 6, honeycomb: 3 };
/** Sites per a^d for hop distance a = 1 (closed forms). */
const DENSITY: Record<LatticeId, number> = {
  sc: 1,
  bcc: 2 / (2 / Math.sqrt(3)) ** 3,
  fcc: 4 / Math.SQRT2 ** 3,
  diamond: 8 / (4 / Math.sqrt(3)) ** 3,
  'bcc-tet': 12 / (4 / Math.SQRT2) ** 3,
  'fcc-tet': 8 / 2 ** 3,
  square: 1,
  triangular: 2 / Math.sqrt(3),
  honeycomb: 4 / (3 * Math.sqrt(3)),
};

describe('ionhop lattices', () => {
  for (const id of LATTICE_IDS) {
    it(`${id}: z = ${Z[id]}, symmetric neighbours, unit hops, density (tol 1e-9)`, () => {
      const lat = buildLattice(id, 4);
      expect(lat.z).toBe(Z[id]);
      const z = lat.z;
      for (let s = 0; s < lat.nSites; s++) {
        const seen = new Set<number>();
        for (let d = 0; d < z; d++) {
          const t = lat.neighbours[s * z + d];
          expect(t).not.toBe(s);
          seen.add(t);
          const h = lat.siteBasis[s] * z + d;
          const back = lat.reverse[h];
          expect(lat.neighbours[t * z + back]).toBe(s);
          const hb = lat.siteBasis[t] * z + back;
          for (let c = 0; c < 3; c++) expectWithin('opposite hop vectors', lat.hopVectors[hb * 3 + c], -lat.hopVectors[h * 3 + c], 1e-9);
          const len = Math.hypot(lat.hopVectors[h * 3], lat.hopVectors[h * 3 + 1], lat.hopVectors[h * 3 + 2]);
          expectWithin('hop length', len, 1, 1e-9);
        }
        expect(seen.size).toBe(z);
      }
      expectWithin(`${id} site density`, lat.siteDensity, DENSITY[id], 1e-9);
      expect(lat.nSites).toBe(latticeSize(id, 4).nSites);
    });
  }

  it('bcc-tet geometry matches physics.md C.4 (tol 1e-9 of the cell edge)', () => {
    const lat = buildLattice('bcc-tet', 4);
    expect(lat.nb).toBe(12);
    const edge = lat.cellEdge; // cell edge in units of the hop distance
    expectWithin('hop / cell edge', 1 / edge, Math.SQRT2 / 4, 1e-12);
    // Distances from site 0 to all others (minimum image), in cell-edge units.
    const Lbox = lat.L * edge;
    const dists = new Set<string>();
    const shells: number[] = [];
    for (let s = 1; s < lat.nSites; s++) {
      let r2 = 0;
      for (let c = 0; c < 3; c++) {
        let d = lat.positions[s * 3 + c] - lat.positions[c];
        d -= Lbox * Math.round(d / Lbox);
        r2 += d * d;
      }
      const r = Math.sqrt(r2) / edge;
      const key = r.toFixed(6);
      if (!dists.has(key)) {
        dists.add(key);
        shells.push(r);
      }
    }
    shells.sort((x, y) => x - y);
    expectWithin('first shell', shells[0], Math.SQRT2 / 4, 1e-9);
    expectWithin('second shell', shells[1], 0.5, 1e-9);
    expectWithin('third shell', shells[2], Math.sqrt(6) / 4, 1e-9);
    // Anions of the bcc framework at (0,0,0) and (½,½,½) of each cell: 4 nearest at √5/4.
    for (let s = 0; s < 12; s++) {
      const p = [0, 1, 2].map((c) => lat.positions[s * 3 + c] / edge);
      const r: number[] = [];
      for (let i = -1; i <= 1; i++)
        for (let j = -1; j <= 1; j++)
          for (let k = -1; k <= 1; k++)
            for (const o of [0, 0.5]) r.push(Math.hypot(p[0] - i - o, p[1] - j - o, p[2] - k - o));
      r.sort((x, y) => x - y);
      expectWithin('T–anion distance', r[0], Math.sqrt(5) / 4, 1e-9);
      expectWithin('4th anion', r[3], Math.sqrt(5) / 4, 1e-9);
      expect(r[4] - r[3]).toBeGreaterThan(0.01);
    }
  });

  it('memory limit: the largest allowed L fits, L + 1 does not; L < 3 is refused', () => {
    for (const id of LATTICE_IDS) {
      const L = maxCellsPerSide(id);
      const fits = latticeSize(id, L);
      const over = latticeSize(id, L + 1);
      expect(fits.nSites * fits.z).toBeLessThanOrEqual(MAX_SITE_DIRECTIONS);
      expect(over.nSites * over.z).toBeGreaterThan(MAX_SITE_DIRECTIONS);
    }
    expect(() => buildLattice('sc', 2)).toThrow(/L/);
    expect(() => buildLattice('sc', maxCellsPerSide('sc') + 1)).toThrow(/L/);
  });
});
