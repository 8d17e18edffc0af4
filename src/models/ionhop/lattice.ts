/**
 * Periodic hopping lattices for the ion-hopping model. Each lattice is a conventional cell
 * (cell vectors and a basis of fractional site positions) repeated L times along each axis with
 * periodic boundaries. Nearest neighbours are found geometrically (all sites at the smallest
 * distance), so the coordination numbers and the bcc-tetrahedral geometry are computed, not typed
 * in, and are checked by the tests. Lengths here are in units of the hop distance `a` (the
 * nearest-neighbour distance), so the tables do not depend on the lattice parameter.
 */
import { InvalidParamsError } from '../../core/model';

/** Lattice identifiers accepted by the `lattice` parameter. */
export const LATTICE_IDS = ['sc', 'bcc', 'fcc', 'diamond', 'bcc-tet', 'fcc-tet', 'square', 'triangular', 'honeycomb'] as const;
export type LatticeId = (typeof LATTICE_IDS)[number];

/** A conventional cell: dimension, cell vectors (rows, in cell-edge units) and fractional basis. */
export interface CellDefinition {
  dim: 2 | 3;
  /** Cell vectors as rows [a1, a2, a3]; for 2-D the third row is ẑ (unit length, out of the plane). */
  vectors: readonly (readonly [number, number, number])[];
  /** Basis sites in fractional coordinates of the cell vectors. */
  basis: readonly (readonly [number, number, number])[];
  /** One-line description for docs and the view. */
  description: string;
}

const S3 = Math.sqrt(3);
const CUBE = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
] as const;
const HEX = [
  [1, 0, 0],
  [0.5, S3 / 2, 0],
  [0, 0, 1],
] as const;
const FCC_BASIS = [
  [0, 0, 0],
  [0, 0.5, 0.5],
  [0.5, 0, 0.5],
  [0.5, 0.5, 0],
] as const;

/** T sites of a bcc anion lattice: four on each of the three cube faces owned by a cell (12 per cell). */
const BCC_TET_BASIS: [number, number, number][] = [];
for (const [p, q] of [
  [0.5, 0.25],
  [0.5, 0.75],
  [0.25, 0.5],
  [0.75, 0.5],
] as const) {
  BCC_TET_BASIS.push([0, p, q], [q, 0, p], [p, q, 0]);
}

/** Tetrahedral interstices of an fcc lattice: (¼,¼,¼)-type, 8 per cell (a simple cubic net of spacing ½). */
const FCC_TET_BASIS: [number, number, number][] = [];
for (const x of [0.25, 0.75]) for (const y of [0.25, 0.75]) for (const z of [0.25, 0.75]) FCC_TET_BASIS.push([x, y, z]);

/** The conventional cells of all lattices. */
export const CELLS: Record<LatticeId, CellDefinition> = {
  sc: { dim: 3, vectors: CUBE, basis: [[0, 0, 0]], description: 'simple cubic, z = 6' },
  bcc: { dim: 3, vectors: CUBE, basis: [[0, 0, 0], [0.5, 0.5, 0.5]], description: 'body-centred cubic, z = 8' },
  fcc: { dim: 3, vectors: CUBE, basis: FCC_BASIS, description: 'face-centred cubic, z = 12' },
  diamond: {
    dim: 3,
    vectors: CUBE,
    basis: [...FCC_BASIS, ...FCC_BASIS.map(([x, y, z]) => [x + 0.25, y + 0.25, z + 0.25] as const)],
    description: 'diamond, z = 4',
  },
  'bcc-tet': {
    dim: 3,
    vectors: CUBE,
    basis: BCC_TET_BASIS,
    description: 'tetrahedral sites of a bcc anion framework (12 per cell, face-sharing, z = 4)',
  },
  'fcc-tet': {
    dim: 3,
    vectors: CUBE,
    basis: FCC_TET_BASIS,
    description: 'tetrahedral sites of an fcc anion framework (simple cubic net of spacing a_cell/2, z = 6)',
  },
  square: { dim: 2, vectors: CUBE, basis: [[0, 0, 0]], description: '2-D square, z = 4' },
  triangular: { dim: 2, vectors: HEX, basis: [[0, 0, 0]], description: '2-D triangular, z = 6' },
  honeycomb: {
    dim: 2,
    vectors: HEX,
    basis: [
      [0, 0, 0],
      [1 / 3, 1 / 3, 0],
    ],
    description: '2-D honeycomb, z = 3',
  },
};

/** A built periodic lattice. Lengths in units of the hop distance a. */
export interface Lattice {
  id: LatticeId;
  dim: 2 | 3;
  /** Cells per side. */
  L: number;
  /** Basis sites per cell. */
  nb: number;
  /** Coordination number (same for every site). */
  z: number;
  nSites: number;
  /** neighbours[s·z + d] = site reached from s along direction d. */
  neighbours: Int32Array;
  /** Basis index of each site (site = cell·nb + basis). */
  siteBasis: Uint8Array;
  /** Hop vectors in units of a, indexed by (basis·z + d)·3 + component. */
  hopVectors: Float64Array;
  /** reverse[basis·z + d] = direction index at the target site that points back. */
  reverse: Int32Array;
  /** Site positions in units of a, 3 per site (z = 0 in 2-D). */
  positions: Float64Array;
  /** Supercell vectors in units of a (9 numbers, rows). */
  supercell: Float64Array;
  /** Conventional cell edge in units of a (cell-edge length / hop distance). */
  cellEdge: number;
  /** Sites per unit "volume" in units of a⁻ᵈ (per a² in 2-D, per a³ in 3-D). */
  siteDensity: number;
}

/** Sites × coordination allowed in one simulation (memory bound, about 100 MB of tables). */
export const MAX_SITE_DIRECTIONS = 4_194_304;

interface NeighbourOffset {
  /** Cell offset of the neighbour. */
  cell: [number, number, number];
  basis: number;
  /** Cartesian vector in cell-edge units. */
  vec: [number, number, number];
}

/** Cartesian position (cell-edge units) of fractional coordinates f (2-D cells: f[2] = 0). */
function cartesian(cell: CellDefinition, f: readonly number[]): [number, number, number] {
  const v = cell.vectors;
  return [0, 1, 2].map((k) => f[0] * v[0][k] + f[1] * v[1][k] + f[2] * v[2][k]) as [number, number, number];
}

/** |det| of three cell vectors (rows): the cell volume, or for a 2-D cell (a3 = ẑ) its area. */
export function cellMeasure(v: CellDefinition['vectors']): number {
  return Math.abs(
    v[0][0] * (v[1][1] * v[2][2] - v[1][2] * v[2][1]) - v[0][1] * (v[1][0] * v[2][2] - v[1][2] * v[2][0]) + v[0][2] * (v[1][0] * v[2][1] - v[1][1] * v[2][0]),
  );
}

/** True when a lattice of `nSites` sites of coordination z fits the tables' memory bound {@link MAX_SITE_DIRECTIONS}. */
export function fitsInMemory(nSites: number, z: number): boolean {
  return nSites * z <= MAX_SITE_DIRECTIONS;
}

/**
 * Nearest-neighbour offsets of each basis site (searching cell offsets −1…1 along each axis, which
 * holds every nearest neighbour of the cells here); throws when the basis sites differ in coordination.
 */
export function neighbourOffsets(cell: CellDefinition): { offsets: NeighbourOffset[][]; dNN: number } {
  const range = [-1, 0, 1];
  const zr = cell.dim === 3 ? range : [0];
  const candidates: { b: number; off: NeighbourOffset; d2: number }[] = [];
  let min2 = Infinity;
  cell.basis.forEach((fb, b) => {
    cell.basis.forEach((fo, o) => {
      for (const i of range)
        for (const j of range)
          for (const k of zr) {
            const vec = cartesian(cell, [i + fo[0] - fb[0], j + fo[1] - fb[1], k + fo[2] - fb[2]]);
            const d2 = vec[0] ** 2 + vec[1] ** 2 + vec[2] ** 2;
            // Stryker disable next-line EqualityOperator: d2 is 0 (the site itself) or at least the square of a basis separation, never 1e-12
            if (d2 < 1e-12) continue;
            min2 = Math.min(min2, d2);
            candidates.push({ b, d2, off: { cell: [i, j, k], basis: o, vec } });
          }
    });
  });
  const offsets: NeighbourOffset[][] = cell.basis.map(() => []);
  // Stryker disable next-line EqualityOperator: a distance either equals the nearest one up to rounding or exceeds it by far more than 1e-9
  for (const c of candidates) if (c.d2 < min2 * (1 + 1e-9)) offsets[c.b].push(c.off);
  const z = offsets[0].length;
  if (offsets.some((o) => o.length !== z)) throw new Error(`lattice (${cell.description}): sites differ in coordination`);
  return { offsets, dNN: Math.sqrt(min2) };
}

/** Number of sites and coordination of a lattice with L cells per side (without building it). */
export function latticeSize(id: LatticeId, L: number): { nSites: number; z: number } {
  const cell = CELLS[id];
  const { offsets } = neighbourOffsets(cell);
  return { nSites: cell.basis.length * L ** cell.dim, z: offsets[0].length };
}

/** Largest L whose tables fit in {@link MAX_SITE_DIRECTIONS}. */
export function maxCellsPerSide(id: LatticeId): number {
  const { nSites, z } = latticeSize(id, 1);
  return Math.floor(Math.pow(MAX_SITE_DIRECTIONS / (nSites * z), 1 / CELLS[id].dim) + 1e-9);
}

/**
 * Builds the periodic lattice `id` with L cells per side: neighbour table, hop vectors (units of a),
 * reverse directions and site positions. Throws for L < 3 (neighbours would coincide) or tables
 * larger than {@link MAX_SITE_DIRECTIONS}.
 */
export function buildLattice(id: LatticeId, L: number): Lattice {
  const cell = CELLS[id];
  if (!cell) throw new Error(`lattice: unknown lattice "${id}"`);
  if (!Number.isInteger(L) || L < 3) throw new Error('L: needs at least 3 cells per side');
  const { offsets, dNN } = neighbourOffsets(cell);
  const nb = cell.basis.length;
  const z = offsets[0].length;
  const dim = cell.dim;
  const nCells = L ** dim;
  const nSites = nCells * nb;
  if (!fitsInMemory(nSites, z)) throw new InvalidParamsError('L', `L: ${id} with L = ${L} exceeds the memory limit (L ≤ ${maxCellsPerSide(id)})`);
  const scale = 1 / dNN;
  const hopVectors = new Float64Array(nb * z * 3);
  for (let b = 0; b < nb; b++) for (let d = 0; d < z; d++) hopVectors.set(offsets[b][d].vec.map((x) => x * scale), (b * z + d) * 3);
  // The direction back: the neighbour of the target along the opposite vector (it exists, as the
  // nearest-neighbour distance is symmetric, and it is unique, as a site's hop vectors differ).
  const reverse = new Int32Array(nb * z);
  for (let b = 0; b < nb; b++)
    for (let d = 0; d < z; d++) {
      const o = offsets[b][d];
      // Stryker disable next-line EqualityOperator: the sum is 0 up to rounding for the opposite vector and at least 1e-9 away otherwise
      reverse[b * z + d] = offsets[o.basis].findIndex((q) => Math.abs(q.vec[0] + o.vec[0]) + Math.abs(q.vec[1] + o.vec[1]) + Math.abs(q.vec[2] + o.vec[2]) < 1e-9);
    }
  const neighbours = new Int32Array(nSites * z);
  const siteBasis = new Uint8Array(nSites);
  const positions = new Float64Array(nSites * 3);
  const Lz = dim === 3 ? L : 1;
  const wrap = (x: number) => ((x % L) + L) % L;
  for (let i = 0; i < L; i++)
    for (let j = 0; j < L; j++)
      for (let k = 0; k < Lz; k++) {
        const c = (i * L + j) * Lz + k;
        for (let b = 0; b < nb; b++) {
          const s = c * nb + b;
          siteBasis[s] = b;
          const f = cell.basis[b];
          // (set, not a loop: a write past the end throws instead of being dropped)
          positions.set(cartesian(cell, [i + f[0], j + f[1], k + f[2]]).map((x) => x * scale), s * 3);
          for (let d = 0; d < z; d++) {
            const o = offsets[b][d];
            const ci = wrap(i + o.cell[0]);
            const cj = wrap(j + o.cell[1]);
            const ck = wrap(k + o.cell[2]); // 0 in 2-D (k = 0, no offsets along z)
            neighbours[s * z + d] = ((ci * L + cj) * Lz + ck) * nb + o.basis;
          }
        }
      }
  const supercell = new Float64Array(9);
  for (let r = 0; r < 3; r++)
    for (let q = 0; q < 3; q++) supercell[r * 3 + q] = cell.vectors[r][q] * scale * (r < dim ? L : 1);
  const siteDensity = nb / (cellMeasure(cell.vectors) * scale ** dim);
  return { id, dim, L, nb, z, nSites, neighbours, siteBasis, hopVectors, reverse, positions, supercell, cellEdge: scale, siteDensity };
}
