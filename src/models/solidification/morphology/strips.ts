/**
 * One explicit phase-field step split over horizontal strips (row ranges) of the grid, for
 * several threads on shared fields: each step is the φ phase on every strip, then the solute
 * fluxes through the strip boundaries (from the old fields), then the solute update, with a
 * barrier between phases, and finally `PhaseFieldSolver.completeStep` on one thread. Pure: the
 * threads and barriers belong to the caller.
 */
import type { PhaseFieldSolver } from './solver';

/** The phases of a strip step, in order. */
export const STRIP_PHI = 1;
export const STRIP_FACES = 2;
export const STRIP_SOLUTE = 3;

/** The rows [z0, z1) of strip `index` of `count` nearly equal strips of `nz` rows, bottom first. */
export function stripRows(nz: number, count: number, index: number): [number, number] {
  return [Math.floor((index * nz) / count), Math.floor(((index + 1) * nz) / count)];
}

/**
 * Runs `phase` (STRIP_PHI, STRIP_FACES or STRIP_SOLUTE) for strip `index` of `count` on `solver`.
 * `faces` (count × nx, shared by the strips) holds the solute flux through each strip's bottom
 * faces, written in STRIP_FACES and read in STRIP_SOLUTE. Returns the solute (c̃ × cells) that
 * left through the grid's top face (non-zero only for the top strip's solute phase).
 */
export function runStripPhase(solver: PhaseFieldSolver, phase: number, index: number, count: number, faces: Float64Array): number {
  const nx = solver.nx;
  const [z0, z1] = stripRows(solver.nz, count, index);
  const own = faces.subarray(index * nx, (index + 1) * nx);
  if (phase === STRIP_PHI) solver.phiRows(z0, z1);
  else if (phase === STRIP_FACES) {
    if (index > 0) solver.soluteSouthFaces(z0, own);
  } else if (phase === STRIP_SOLUTE) {
    const above = index < count - 1 ? faces.subarray((index + 1) * nx, (index + 2) * nx) : null;
    return solver.soluteRows(z0, z1, index > 0 ? own : null, above);
  }
  return 0;
}

/**
 * Advances `solver` by `n` steps strip by strip on this thread (each phase over all `count`
 * strips before the next, top strip first): the schedule the threads follow, in the order that
 * exposes a strip reading values its upper neighbour already updated — for tests and as a reference.
 */
export function advanceInStrips(solver: PhaseFieldSolver, n: number, count: number): void {
  const faces = new Float64Array(count * solver.nx);
  for (let s = 0; s < n; s++) {
    let outFlux = 0;
    for (const phase of [STRIP_PHI, STRIP_FACES, STRIP_SOLUTE]) {
      for (let i = count - 1; i >= 0; i--) {
        const out = runStripPhase(solver, phase, i, count, faces);
        if (i === count - 1) outFlux = out;
      }
    }
    solver.completeStep(outFlux);
  }
}
