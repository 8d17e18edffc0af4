/**
 * Geometry of the hopping lattices: coordination numbers, symmetric neighbour relations with
 * opposite hop vectors, unit hop length, site densities against closed forms, and the bcc
 * tetrahedral network of physics.md C.4 (12 sites per cell, z = 4 at a_cell√2/4, next shells at
 * 0.5 and 0.6124 a_cell, 4 anions at a_cell√5/4); site positions inside the supercell, distinct,
 * and each neighbour at its site plus the hop vector modulo the supercell; supercells against closed
 * forms; cell volumes of skewed cells; the refusals (unknown lattice, L, memory, unequal
 * coordination). Tolerances 1e-9 (exact geometry).
 */
import { describe, it, expect } from 'vitest';
import {
  buildLattice,
  cellMeasure,
  CELLS,
  fitsInMemory,
  LATTICE_IDS,
  maxCellsPerSide,
  MAX_SITE_DIRECTIONS,
  latticeSize,
  neighbourOffsets,
  type LatticeId,
} from '../../../../src/models/ionhop/lattice';
import { InvalidParamsError } from '../../../../src/core/model';
import { expectWithin, supercellCoefficients } from './helpers';

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
      // worst deviations over all sites and directions, checked once (one expect per site would dominate the run time)
      let badNeighbours = 0;
      let worstOpposite = 0;
      let worstLength = 0;
      for (let s = 0; s < lat.nSites; s++) {
        const seen = new Set<number>();
        for (let d = 0; d < z; d++) {
          const t = lat.neighbours[s * z + d];
          if (t === s) badNeighbours++;
          seen.add(t);
          const h = lat.siteBasis[s] * z + d;
          const back = lat.reverse[h];
          if (lat.neighbours[t * z + back] !== s) badNeighbours++;
          const hb = lat.siteBasis[t] * z + back;
          for (let c = 0; c < 3; c++) worstOpposite = Math.max(worstOpposite, Math.abs(lat.hopVectors[hb * 3 + c] + lat.hopVectors[h * 3 + c]));
          const len = Math.hypot(lat.hopVectors[h * 3], lat.hopVectors[h * 3 + 1], lat.hopVectors[h * 3 + 2]);
          worstLength = Math.max(worstLength, Math.abs(len - 1));
        }
        if (seen.size !== z) badNeighbours++;
      }
      expect(badNeighbours, 'self-neighbours, one-way neighbour relations or repeated neighbours').toBe(0);
      expectWithin('opposite hop vectors (worst component sum)', worstOpposite, 0, 1e-9);
      expectWithin('hop length (worst |len − 1|)', worstLength, 0, 1e-9);
      expectWithin(`${id} site density`, lat.siteDensity, DENSITY[id], 1e-9);
      expect(lat.nSites).toBe(latticeSize(id, 4).nSites);
    });
  }

  for (const id of LATTICE_IDS) {
    it(`${id}: positions distinct inside the supercell, site = cell·nb + basis, each neighbour at position + hop vector (mod supercell; 1e-9)`, () => {
      const lat = buildLattice(id, 3);
      const z = lat.z;
      const frac = (s: number, t: number, hop: number[]) =>
        supercellCoefficients(
          lat.supercell,
          [0, 1, 2].map((c) => lat.positions[t * 3 + c] - lat.positions[s * 3 + c] - hop[c]),
        );
      let worstInside = 0;
      let worstNeighbour = 0;
      const keys = new Set<string>();
      for (let s = 0; s < lat.nSites; s++) {
        expect(lat.siteBasis[s]).toBe(s % lat.nb);
        const f = supercellCoefficients(lat.supercell, [0, 1, 2].map((c) => lat.positions[s * 3 + c]));
        for (const x of f) worstInside = Math.max(worstInside, -x, x - 1 + 1e-9);
        keys.add(f.map((x) => x.toFixed(6)).join(','));
        for (let d = 0; d < z; d++) {
          const h = (lat.siteBasis[s] * z + d) * 3;
          const c = frac(s, lat.neighbours[s * z + d], [lat.hopVectors[h], lat.hopVectors[h + 1], lat.hopVectors[h + 2]]);
          for (const x of c) worstNeighbour = Math.max(worstNeighbour, Math.abs(x - Math.round(x)));
        }
      }
      expect(worstInside, 'fractional coordinates in [0, 1)').toBeLessThanOrEqual(1e-9);
      expect(keys.size, 'distinct positions').toBe(lat.nSites);
      expect(worstNeighbour, 'neighbour = site + hop vector modulo the supercell').toBeLessThan(1e-9);
      // the supercell holds the sites at the site density: |det| = N/ρ (2-D: area × the third row, ẑ·cell edge)
      const measure = cellMeasure([0, 1, 2].map((r) => [lat.supercell[r * 3], lat.supercell[r * 3 + 1], lat.supercell[r * 3 + 2]] as const));
      expectWithin('supercell measure', measure, (lat.nSites / lat.siteDensity) * (lat.dim === 2 ? lat.cellEdge : 1), 1e-9 * lat.nSites);
    });
  }

  it('supercells: L cell vectors per side in hop distances (sc, square, triangular, bcc, honeycomb), the third row of a 2-D one ẑ·cell edge', () => {
    const rows = (id: LatticeId, L: number) => Array.from(buildLattice(id, L).supercell);
    const near = (got: number[], want: number[]) => got.forEach((x, i) => expectWithin(`entry ${i}`, x, want[i], 1e-9));
    near(rows('sc', 4), [4, 0, 0, 0, 4, 0, 0, 0, 4]);
    near(rows('square', 5), [5, 0, 0, 0, 5, 0, 0, 0, 1]);
    near(rows('triangular', 3), [3, 0, 0, 1.5, (3 * Math.sqrt(3)) / 2, 0, 0, 0, 1]);
    const e = 2 / Math.sqrt(3); // bcc: cell edge / hop distance
    near(rows('bcc', 3), [3 * e, 0, 0, 0, 3 * e, 0, 0, 0, 3 * e]);
    const h = Math.sqrt(3); // honeycomb: cell edge / hop distance
    near(rows('honeycomb', 4), [4 * h, 0, 0, 2 * h, 6, 0, 0, 0, h]);
  });

  it('cell measure is |det| of the cell vectors, also for skewed and left-handed cells', () => {
    const skew = [
      [2, 1, 3],
      [0.5, 4, 1],
      [1, 2, 5],
    ] as const;
    expectWithin('skewed', cellMeasure(skew), 25.5, 1e-12);
    expectWithin('left-handed', cellMeasure([skew[2], skew[1], skew[0]]), 25.5, 1e-12);
    expectWithin('hexagonal area', cellMeasure(CELLS.triangular.vectors), Math.sqrt(3) / 2, 1e-12);
    expectWithin('cube', cellMeasure(CELLS.sc.vectors), 1, 1e-12);
  });

  it('refuses an unknown lattice, L below 3 or not whole, and tables over the memory bound (naming L); L = 3 builds', () => {
    expect(() => buildLattice('hcp' as LatticeId, 4)).toThrow('lattice: unknown lattice "hcp"');
    for (const L of [2, 4.5]) expect(() => buildLattice('sc', L)).toThrow('L: needs at least 3 cells per side');
    expect(buildLattice('sc', 3).nSites).toBe(27);
    expect(maxCellsPerSide('sc')).toBe(88);
    const big = () => buildLattice('sc', 89);
    expect(big).toThrow(InvalidParamsError);
    expect(big).toThrow('L: sc with L = 89 exceeds the memory limit (L ≤ 88)');
    expect(() => buildLattice('sc', 89)).toThrow(expect.objectContaining({ field: 'L' }));
    expect(fitsInMemory(MAX_SITE_DIRECTIONS / 4, 4)).toBe(true);
    expect(fitsInMemory(MAX_SITE_DIRECTIONS / 4 + 1, 4)).toBe(false);
  });

  it('refuses a cell whose basis sites differ in coordination', () => {
    // square cell with sites at (0,0), (½,½) and (½,0): the last has four neighbours at ½, the others two
    const cell = { dim: 2 as const, vectors: CELLS.square.vectors, basis: [[0, 0, 0], [0.5, 0.5, 0], [0.5, 0, 0]] as const, description: 'odd' };
    expect(() => neighbourOffsets(cell)).toThrow('lattice (odd): sites differ in coordination');
    expect(neighbourOffsets(CELLS.honeycomb).offsets.map((o) => o.length)).toEqual([3, 3]);
  });

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
