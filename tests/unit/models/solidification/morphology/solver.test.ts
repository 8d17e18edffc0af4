/**
 * The phase-field solver on tiny grids (8 × 16 cells, at most 80 steps): the time step
 * against the explicit stability limits, the initial state against the tanh profile and the 1-D
 * far field, the φ update against the documented equation (a uniform field, the 9-point Laplacian
 * of a quadratic, the anisotropic face fluxes re-computed with cos 4θ and sin 4θ, the noise term),
 * the solute update against the flux form of the documented equation and its top-face far field,
 * the frame shift and its ledger entries, mirror and transposition symmetry, a flat front staying
 * flat, the interface profile, `load` and `allocateFields`.
 */
import { describe, expect, it } from 'vitest';
import { allocateFields, PhaseFieldSolver, type PhaseFieldProblem } from '../../../../../src/models/solidification/morphology';
import { cellNoise } from '../../../../../src/models/solidification/morphology/noise';
import { expectClose } from '../helpers';
import { tinyProblem } from './fixtures';

const A1 = (5 * Math.SQRT2) / 8;
const A2 = 0.6267;

/** Index of cell (i, j) in the ghosted arrays. */
const at = (nx: number, i: number, j: number) => (j + 1) * (nx + 2) + i + 1;

type Field = (x: number, z: number) => number;

/** A solver of `p` on fields it exposes, loaded with φ, c̃, U given per cell centre (x, z in W). */
function loaded(p: PhaseFieldProblem, phi: Field, c: Field, U: Field, clock = { t: 0, steps: 0, shifts: 0 }) {
  const fields = allocateFields(p.nx, p.nz, false);
  const solver = new PhaseFieldSolver(p, { fields, initialise: true });
  const texels = new Float64Array(4 * p.nx * p.nz);
  for (let j = 0; j < p.nz; j++) {
    for (let i = 0; i < p.nx; i++) {
      const x = (i + 0.5) * p.dx;
      const z = (j + 0.5) * p.dx;
      const q = 4 * (j * p.nx + i);
      texels[q] = phi(x, z);
      texels[q + 1] = c(x, z);
      texels[q + 2] = U(x, z);
    }
  }
  solver.load(texels, clock, { inTop: 0, outBottom: 0, outFlux: 0 });
  return { solver, fields };
}

/** The documented local φ update: φ + Δt·(div + φ − φ³ − λ(1−φ²)²(U + ζ/l_T)) / (a²·max(1+(1−k)U, k)). */
function phiUpdate(p: PhaseFieldProblem, dt: number, phi: number, U: number, div: number, a2: number, zeta: number): number {
  const tau = a2 * Math.max(1 + (1 - p.k) * U, p.k);
  return phi + (dt * (div + phi - phi ** 3 - A1 * p.wOverD0 * (1 - phi * phi) ** 2 * (U + zeta / p.lT))) / tau;
}

const smoothPhi: Field = (x, z) => 0.6 * Math.sin(0.7 * x + 0.3) * Math.cos(0.45 * z - 0.2) + 0.1;
const smoothU: Field = (x, z) => -0.4 + 0.1 * Math.cos(0.3 * x) + 0.05 * z;
const smoothC: Field = (x, z) => 0.6 + 0.05 * Math.sin(0.5 * x + 0.2 * z);

describe('PhaseFieldSolver: constants and time step', () => {
  it('λ = a₁·W/d₀ and D̃ = a₁a₂·W/d₀ with a₁ = 5√2/8, a₂ = 0.6267', () => {
    const s = new PhaseFieldSolver(tinyProblem({ wOverD0: 3 }));
    expectClose(s.lambda, A1 * 3, 1e-14);
    expectClose(s.D, A1 * A2 * 3, 1e-14);
  });

  it('Δt = 0.8 × the φ limit k(1−ε₄)²/(4(1+ε₄)²/Δx² + 2 + λ) when it is the smaller', () => {
    const p = tinyProblem({ epsilon4: 0.04 });
    const s = new PhaseFieldSolver(p);
    const dtPhi = (0.3 * 0.96 ** 2) / ((4 * 1.04 ** 2) / 0.64 + 2 + A1 * 4);
    expect(dtPhi).toBeLessThan(0.64 / (4 * A1 * A2 * 4));
    expectClose(s.dt, 0.8 * dtPhi, 1e-15);
    expectClose(new PhaseFieldSolver({ ...p, safety: 0.5 }).dt, 0.5 * dtPhi, 1e-15);
  });

  it('Δt = 0.8 × the solute limit Δx²/(4D̃) when it is the smaller (k near 1, fine grid)', () => {
    const s = new PhaseFieldSolver(tinyProblem({ k: 0.9, dx: 0.3 }));
    const dtU = 0.09 / (4 * A1 * A2 * 4);
    expect(dtU).toBeLessThan(0.9 / (4 / 0.09 + 2 + A1 * 4));
    expectClose(s.dt, 0.8 * dtU, 1e-15);
  });

  it('the shift row: two rows above the interface row, at most three rows below the top', () => {
    expect(new PhaseFieldSolver(tinyProblem({ interfaceRow: 5.6 })).shiftRow).toBe(7);
    expect(new PhaseFieldSolver(tinyProblem({ interfaceRow: 5 })).shiftRow).toBe(6);
    expect(new PhaseFieldSolver(tinyProblem({ interfaceRow: 14 })).shiftRow).toBe(13);
  });
});

describe('PhaseFieldSolver: initial state', () => {
  const L = 8 * 0.8;
  const h = (x: number) => 0.7 * Math.cos((Math.PI * x) / L);
  const p = tinyProblem({ perturbation: h });

  it('ζ of a row centre is (j + ½ − z₀)·Δx at t = 0, and falls by Ṽ·t as time goes on', () => {
    const s = new PhaseFieldSolver(p);
    for (const j of [0, 3, 15]) expectClose(s.zeta(j), (j + 0.5 - 6) * 0.8, 1e-14);
    s.advance(5);
    expect(s.steps).toBe(5);
    expectClose(s.t, 5 * s.dt, 1e-14);
    expectClose(s.zeta(3), (3.5 - 6) * 0.8 - p.V * s.t, 1e-13);
  });

  it('φ = −tanh((ζ−h)/√2), U the 1-D far field e^(−Ṽ(ζ−h)/D̃) − 1 in the melt and 0 in the solid, c̃ from both', () => {
    const s = new PhaseFieldSolver(p);
    for (const [i, j] of [
      [0, 0],
      [2, 5],
      [5, 6],
      [7, 9],
      [3, 15],
    ]) {
      const d = (j + 0.5 - 6) * 0.8 - h((i + 0.5) * 0.8);
      const phi = -Math.tanh(d / Math.SQRT2);
      const U = d > 0 ? Math.exp((-p.V * d) / s.D) - 1 : 0;
      expectClose(s.phiAt(i, j), phi, 1e-14, `φ(${i},${j})`);
      expectClose(s.U[at(8, i, j)], U, 1e-14, `U(${i},${j})`);
      expectClose(s.concentrationAt(i, j), (0.5 * (1.3 - 0.7 * phi) * (1 + 0.7 * U)) / 0.3, 1e-13, `c(${i},${j})`);
    }
  });

  it('the ghost layer mirrors the edge cells of φ on all four sides', () => {
    const s = new PhaseFieldSolver(p);
    const w = 10;
    for (let j = 0; j < 16; j++) {
      expect(s.phi[(j + 1) * w]).toBe(s.phiAt(0, j));
      expect(s.phi[(j + 1) * w + 9]).toBe(s.phiAt(7, j));
    }
    for (let i = 0; i < 10; i++) {
      expect(s.phi[i]).toBe(s.phi[w + i]);
      expect(s.phi[17 * w + i]).toBe(s.phi[16 * w + i]);
    }
  });

  it('the ledger starts balanced: current = initial = Σc̃, nothing booked', () => {
    const s = new PhaseFieldSolver(p);
    let sum = 0;
    for (let j = 0; j < 16; j++) for (let i = 0; i < 8; i++) sum += 0.3 * s.concentrationAt(i, j);
    expect(s.ledger()).toEqual({ initial: s.content(), current: s.content(), inTop: 0, outBottom: 0, outFlux: 0, relativeError: 0 });
    expectClose(s.content(), sum, 1e-12);
  });

  it('the profile follows the initial h(x) within 0.02 W; NaN in columns without solid', () => {
    const s = new PhaseFieldSolver(p);
    const prof = s.interfaceProfile(new Float64Array(8));
    for (let i = 0; i < 8; i++) expectClose(prof[i], h((i + 0.5) * 0.8), 0.02, `h(${i})`);
    const melt = new PhaseFieldSolver(tinyProblem({ interfaceRow: -3 }));
    expect(Array.from(melt.interfaceProfile(new Float64Array(8))).every(Number.isNaN)).toBe(true);
  });
});

describe('PhaseFieldSolver: the φ phase', () => {
  it('a uniform field follows the local equation row by row (ζ/l_T term, τ floored at k where 1+(1−k)U < k)', () => {
    for (const U of [-0.3, -1.2]) {
      const p = tinyProblem();
      const { solver, fields } = loaded(p, () => 0.35, () => 0.5, () => U);
      solver.phiRows(0, p.nz);
      for (const j of [0, 7, 15]) {
        const expected = phiUpdate(p, solver.dt, 0.35, U, 0, 1, solver.zeta(j));
        for (const i of [0, 4, 7]) {
          expectClose(fields.phiNew[at(8, i, j)], expected, 1e-14, `U ${U} (${i},${j})`);
          expectClose(fields.dphi[at(8, i, j)], expected - 0.35, 1e-14);
        }
      }
    }
  });

  it('isotropic: the 9-point Laplacian of a quadratic field is exact (2α + 2β) in the interior', () => {
    const p = tinyProblem();
    const phi: Field = (x, z) => 0.1 + 0.01 * (x - 3) ** 2 - 0.02 * (z - 6) ** 2 + 0.005 * x * z;
    const { solver, fields } = loaded(p, phi, () => 0.5, smoothU);
    solver.phiRows(0, p.nz);
    for (let j = 1; j < 15; j++) {
      for (let i = 1; i < 7; i++) {
        const x = (i + 0.5) * 0.8;
        const z = (j + 0.5) * 0.8;
        const expected = phiUpdate(p, solver.dt, phi(x, z), smoothU(x, z), 2 * 0.01 - 2 * 0.02, 1, solver.zeta(j));
        expectClose(fields.phiNew[at(8, i, j)], expected, 1e-13, `(${i},${j})`);
      }
    }
  });

  it('isotropic: the 9-point stencil (4·edges + corners − 20·centre)/(6Δx²) on a generic field', () => {
    const p = tinyProblem();
    const { solver, fields } = loaded(p, smoothPhi, smoothC, smoothU);
    solver.phiRows(0, p.nz);
    const phi = (i: number, j: number) => solver.phiAt(i, j);
    for (const [i, j] of [
      [1, 1],
      [4, 8],
      [6, 14],
    ]) {
      const edges = phi(i - 1, j) + phi(i + 1, j) + phi(i, j - 1) + phi(i, j + 1);
      const corners = phi(i - 1, j - 1) + phi(i + 1, j - 1) + phi(i - 1, j + 1) + phi(i + 1, j + 1);
      const div = (4 * edges + corners - 20 * phi(i, j)) / (6 * 0.64);
      const x = (i + 0.5) * 0.8;
      const z = (j + 0.5) * 0.8;
      expectClose(fields.phiNew[at(8, i, j)], phiUpdate(p, solver.dt, phi(i, j), smoothU(x, z), div, 1, solver.zeta(j)), 1e-13, `(${i},${j})`);
    }
  });

  it('anisotropic: face fluxes a²∂φ ∓ a·a′∂φ_t with a = 1 + ε₄cos 4θ, a′ = −4ε₄ sin 4θ, and τ ∝ a² of the cell gradient', () => {
    const eps = 0.05;
    const p = tinyProblem({ epsilon4: eps });
    const { solver, fields } = loaded(p, smoothPhi, smoothC, smoothU);
    const phi = (i: number, j: number) => solver.phiAt(i, j);
    const aniso = (gx: number, gz: number) => {
      const th = Math.atan2(gz, gx);
      return { a: 1 + eps * Math.cos(4 * th), ap: -4 * eps * Math.sin(4 * th) };
    };
    // face fluxes × Δx: F_x = a²φx − a a′φz, F_z = a²φz + a a′φx (gradients × Δx at the face)
    const fluxX = (i: number, j: number) => {
      const gx = phi(i, j) - phi(i - 1, j);
      const gz = 0.25 * (phi(i, j + 1) + phi(i - 1, j + 1) - phi(i, j - 1) - phi(i - 1, j - 1));
      const { a, ap } = aniso(gx, gz);
      return a * a * gx - a * ap * gz;
    };
    const fluxZ = (i: number, j: number) => {
      const gz = phi(i, j) - phi(i, j - 1);
      const gx = 0.25 * (phi(i + 1, j) + phi(i + 1, j - 1) - phi(i - 1, j) - phi(i - 1, j - 1));
      const { a, ap } = aniso(gx, gz);
      return a * a * gz + a * ap * gx;
    };
    solver.phiRows(0, p.nz);
    for (const [i, j] of [
      [1, 1],
      [3, 4],
      [6, 9],
      [2, 14],
    ]) {
      const div = (fluxX(i + 1, j) - fluxX(i, j) + fluxZ(i, j + 1) - fluxZ(i, j)) / 0.64;
      const { a } = aniso(phi(i + 1, j) - phi(i - 1, j), phi(i, j + 1) - phi(i, j - 1));
      const x = (i + 0.5) * 0.8;
      const z = (j + 0.5) * 0.8;
      const expected = phiUpdate(p, solver.dt, phi(i, j), smoothU(x, z), div, a * a, solver.zeta(j));
      expectClose(fields.phiNew[at(8, i, j)], expected, 1e-12, `(${i},${j})`);
    }
  });

  it('anisotropic: a front varying along x only has τ and stiffness (1+ε₄)², and a flat field no flux', () => {
    const eps = 0.05;
    const p = tinyProblem({ epsilon4: eps });
    const phi: Field = (x) => 0.2 + 0.02 * (x - 2) ** 2;
    const { solver, fields } = loaded(p, phi, () => 0.5, () => -0.2);
    solver.phiRows(0, p.nz);
    for (const [i, j] of [
      [1, 0],
      [4, 8],
      [6, 15],
    ]) {
      const x = (i + 0.5) * 0.8;
      const expected = phiUpdate(p, solver.dt, phi(x, 0), -0.2, (1 + eps) ** 2 * 0.04, (1 + eps) ** 2, solver.zeta(j));
      expectClose(fields.phiNew[at(8, i, j)], expected, 1e-13, `(${i},${j})`);
    }
    const flat = loaded(p, () => 0.3, () => 0.5, () => -0.2);
    flat.solver.phiRows(0, p.nz);
    expectClose(flat.fields.phiNew[at(8, 3, 5)], phiUpdate(p, flat.solver.dt, 0.3, -0.2, 0, 1, flat.solver.zeta(5)), 1e-14);
  });

  it('a strip of rows gives the same φ as the whole grid (the south-face flux of an inner strip)', () => {
    const p = tinyProblem({ epsilon4: 0.03 });
    const whole = loaded(p, smoothPhi, smoothC, smoothU);
    whole.solver.phiRows(0, p.nz);
    const parts = loaded(p, smoothPhi, smoothC, smoothU);
    parts.solver.phiRows(5, 16);
    parts.solver.phiRows(0, 5);
    expect(Array.from(parts.fields.phiNew)).toEqual(Array.from(whole.fields.phiNew));
  });

  it('noise: + amplitude·√Δt·(cellNoise(seed, step, cell) − ½)·(1−φ²) where 1−φ² > 0.19, nothing elsewhere', () => {
    const p = tinyProblem({ noise: 0.08, seed: 5 });
    const front: Field = (x, z) => -Math.tanh((z - 6 - 0.3 * x) / Math.SQRT2);
    const noisy = loaded(p, front, smoothC, smoothU, { t: 0, steps: 3, shifts: 0 });
    const quiet = loaded({ ...p, noise: 0 }, front, smoothC, smoothU, { t: 0, steps: 3, shifts: 0 });
    noisy.solver.phiRows(0, p.nz);
    quiet.solver.phiRows(0, p.nz);
    const amp = 0.08 * Math.sqrt(noisy.solver.dt);
    let noisyCells = 0;
    let quietCells = 0;
    for (let j = 0; j < 16; j++) {
      for (let i = 0; i < 8; i++) {
        const id = at(8, i, j);
        const g = 1 - noisy.solver.phiAt(i, j) ** 2;
        const extra = g > 0.19 ? amp * (cellNoise(5, 3, id) - 0.5) * g : 0;
        if (g > 0.19) noisyCells++;
        else quietCells++;
        expectClose(noisy.fields.phiNew[id] - quiet.fields.phiNew[id], extra, 1e-15, `(${i},${j})`);
      }
    }
    expect(noisyCells).toBeGreaterThan(10);
    expect(quietCells).toBeGreaterThan(10);
  });
});

describe('PhaseFieldSolver: the solute phase', () => {
  /** The documented flux through the face from cell a to cell b (× 1, per unit face), with t the tangential neighbours. */
  function faceFlux(s: PhaseFieldSolver, dphi: Float64Array, k: number, a: number, b: number, t: number): number {
    const pa = s.phi[a];
    const pb = s.phi[b];
    const qOfPhi = (1 - (pa + pb) / 2) / 2;
    let f = s.D * qOfPhi * ((s.U[b] - s.U[a]) / s.dx);
    const dphidt = (dphi[a] + dphi[b]) / 2 / s.dt;
    const gn = pb - pa;
    const gt = (s.phi[a + t] + s.phi[b + t] - s.phi[a - t] - s.phi[b - t]) / 4;
    const norm = Math.hypot(gn, gt);
    if (norm > 0) f += (1 / (2 * Math.SQRT2)) * (1 + (1 - k) * ((s.U[a] + s.U[b]) / 2)) * dphidt * (gn / norm);
    return f;
  }

  it('c̃ of inner cells advances by (1−k)Δt·∇·F (diffusion + anti-trapping), and U follows from c̃ and the new φ', () => {
    const p = tinyProblem({ epsilon4: 0.02 });
    const { solver, fields } = loaded(p, smoothPhi, smoothC, smoothU);
    solver.phiRows(0, p.nz);
    const s = 10;
    const cells = [
      [1, 1],
      [4, 7],
      [6, 13],
    ];
    const expected = cells.map(([i, j]) => {
      const id = at(8, i, j);
      const div = (faceFlux(solver, fields.dphi, 0.3, id, id + 1, s) - faceFlux(solver, fields.dphi, 0.3, id - 1, id, s) + faceFlux(solver, fields.dphi, 0.3, id, id + s, 1) - faceFlux(solver, fields.dphi, 0.3, id - s, id, 1)) / solver.dx;
      const c = solver.c[id] + 0.7 * solver.dt * div;
      return { id, c, U: ((2 * c) / (1.3 - 0.7 * fields.phiNew[id]) - 1) / 0.7 };
    });
    solver.soluteRows(0, p.nz, null, null);
    for (const e of expected) {
      expectClose(solver.c[e.id], e.c, 1e-14, `c at ${e.id}`);
      expectClose(solver.U[e.id], e.U, 1e-13, `U at ${e.id}`);
    }
  });

  it('a uniform φ that changes in time has no normal, so no anti-trapping flux: uniform c̃ and U stay as they are', () => {
    const p = tinyProblem();
    const { solver } = loaded(p, () => 0.35, () => 0.5, () => -0.3);
    solver.phiRows(0, p.nz);
    solver.soluteRows(0, p.nz, null, null);
    for (const j of [0, 7, 14]) for (const i of [0, 3, 7]) expect(solver.c[at(8, i, j)]).toBe(0.5);
  });

  it('conserves Σc̃ except the top-face far-field flux Ṽ·Δt/Δx·e^(−ṼΔx/2D̃)·Σ(c̃_top − k), which it returns', () => {
    const p = tinyProblem({ epsilon4: 0.02 });
    const { solver } = loaded(p, smoothPhi, smoothC, smoothU);
    const before = solver.content();
    let top = 0;
    for (let i = 0; i < 8; i++) top += solver.c[at(8, i, 15)] - 0.3;
    solver.phiRows(0, p.nz);
    const out = solver.soluteRows(0, p.nz, null, null);
    const expected = ((p.V * solver.dt) / 0.8) * Math.exp((-p.V * 0.8) / (2 * solver.D)) * top;
    expect(expected).toBeGreaterThan(0);
    expectClose(out, expected, 1e-15);
    expectClose(solver.content(), before - out, 1e-13);
  });

  it('rows below the top return no top-face flux; a strip split with the south faces handed over gives the same c̃ and U', () => {
    const p = tinyProblem({ epsilon4: 0.02 });
    const whole = loaded(p, smoothPhi, smoothC, smoothU);
    whole.solver.phiRows(0, p.nz);
    const outWhole = whole.solver.soluteRows(0, p.nz, null, null);
    const split = loaded(p, smoothPhi, smoothC, smoothU);
    split.solver.phiRows(0, p.nz);
    const face = new Float64Array(8);
    split.solver.soluteSouthFaces(6, face);
    expect(split.solver.soluteRows(0, 6, null, face)).toBe(0);
    expect(split.solver.soluteRows(6, 16, face, null)).toBe(outWhole);
    expect(Array.from(split.solver.c)).toEqual(Array.from(whole.solver.c));
    expect(Array.from(split.solver.U)).toEqual(Array.from(whole.solver.U));
  });
});

describe('PhaseFieldSolver: frame shift and ledger', () => {
  it('frontAbove(j) is true when any cell of row j is solid (φ > 0)', () => {
    const p = tinyProblem();
    // rows 0–4 solid, rows 5–6 solid in their last columns, row 7 at φ = 0 exactly in one cell (not solid)
    const phi: Field = (x, z) => (z < 4 ? 0.9 : x > 5 && z < 5.6 ? 0.1 : z > 5.6 && z < 6.4 && x < 0.8 ? 0 : -0.9);
    const { solver } = loaded(p, phi, () => 0.5, () => 0);
    expect([0, 4, 6, 7, 10].map((j) => solver.frontAbove(j))).toEqual([true, true, true, false, false]);
  });

  it('a shift drops the bottom row (booked out), moves rows down one and adds a far-field melt row (booked in)', () => {
    const p = tinyProblem({ epsilon4: 0.02, perturbation: (x) => 0.2 * Math.cos(x) });
    const fields = allocateFields(8, 16, false);
    const s = new PhaseFieldSolver(p, { fields, initialise: true });
    let checked = 0;
    for (let n = 0; n < 60 && checked === 0; n++) {
      s.phiRows(0, p.nz);
      const out = s.soluteRows(0, p.nz, null, null);
      const phi = Float64Array.from(fields.phiNew);
      const c = Float64Array.from(s.c);
      const U = Float64Array.from(s.U);
      const before = s.ledger();
      const zeta1 = s.zeta(1);
      s.completeStep(out);
      if (s.shifts === 0) continue;
      checked++;
      const tail = Math.exp((-p.V * p.dx) / s.D);
      let bottom = 0;
      let top = 0;
      for (let i = 0; i < 8; i++) {
        bottom += c[at(8, i, 0)];
        for (const j of [0, 7, 14]) {
          expect(s.c[at(8, i, j)]).toBe(c[at(8, i, j + 1)]);
          expect(s.U[at(8, i, j)]).toBe(U[at(8, i, j + 1)]);
          expect(s.phiAt(i, j)).toBe(phi[at(8, i, j + 1)]);
        }
        const cTop = 0.3 + (c[at(8, i, 15)] - 0.3) * tail;
        expectClose(s.c[at(8, i, 15)], cTop, 1e-15);
        expect(s.phiAt(i, 15)).toBe(-1);
        expect(s.phi[at(8, i, 16)]).toBe(-1);
        expectClose(s.U[at(8, i, 15)], (cTop - 1) / 0.7, 1e-15);
        top += cTop;
      }
      const after = s.ledger();
      expectClose(after.outBottom - before.outBottom, bottom, 1e-13);
      expectClose(after.inTop - before.inTop, top, 1e-13);
      expectClose(after.outFlux - before.outFlux, out, 1e-15);
      // row 0 now is what row 1 was: the same height, less the step's Ṽ·Δt
      expectClose(s.zeta(0), zeta1 - p.V * s.dt, 1e-12);
    }
    expect(checked).toBe(1);
  });

  it('over several shifts the ledger closes to round-off: current = initial + in − out', () => {
    const s = new PhaseFieldSolver(tinyProblem({ epsilon4: 0.03, noise: 0.05, perturbation: (x) => 0.5 * Math.cos(x / 2) }));
    s.advance(80);
    const l = s.ledger();
    expect(s.shifts).toBeGreaterThanOrEqual(3);
    expect(l.current).toBe(s.content());
    expect(l.outFlux).toBeGreaterThan(0);
    expect(l.outBottom).toBeGreaterThan(0);
    expect(l.inTop).toBeGreaterThan(l.outBottom);
    expectClose(l.current, l.initial + l.inTop - l.outBottom - l.outFlux, 1e-12);
    expect(l.relativeError).toBeLessThan(1e-14);
    expect(l.relativeError).toBe(Math.abs(l.current - (l.initial + l.inTop - l.outBottom - l.outFlux)) / l.initial);
  });

  it('advance(n) is n × (φ rows, solute rows, completeStep) on the whole grid', () => {
    const p = tinyProblem({ epsilon4: 0.02, noise: 0.03, perturbation: (x) => 0.3 * x - 1 });
    const a = new PhaseFieldSolver(p);
    const b = new PhaseFieldSolver(p);
    a.advance(40);
    for (let n = 0; n < 40; n++) {
      b.phiRows(0, p.nz);
      b.completeStep(b.soluteRows(0, p.nz, null, null));
    }
    expect(a.shifts).toBeGreaterThan(0);
    expect(Array.from(a.c)).toEqual(Array.from(b.c));
    expect(a.ledger()).toEqual(b.ledger());
  });
});

describe('PhaseFieldSolver: symmetry', () => {
  it('a mirrored initial front gives the mirrored fields (anisotropy and frame shifts included)', () => {
    const L = 6.4;
    const f = (x: number) => 0.6 * Math.cos((Math.PI * x) / L) + 0.3 * Math.sin((2 * Math.PI * x) / L);
    const p = tinyProblem({ epsilon4: 0.03, perturbation: f });
    const a = new PhaseFieldSolver(p);
    const b = new PhaseFieldSolver({ ...p, perturbation: (x) => f(L - x) });
    a.advance(40);
    b.advance(40);
    expect(a.shifts).toBeGreaterThan(0);
    expect(b.shifts).toBe(a.shifts);
    for (let j = 0; j < 16; j++) {
      for (let i = 0; i < 8; i++) {
        expectClose(b.phiAt(7 - i, j), a.phiAt(i, j), 1e-10, `φ(${i},${j})`);
        expectClose(b.concentrationAt(7 - i, j), a.concentrationAt(i, j), 1e-10, `c(${i},${j})`);
      }
    }
  });

  it('without the temperature term the φ step of a square grid commutes with transposition (mirror walls on all sides)', () => {
    for (const eps of [0, 0.04]) {
      const p = tinyProblem({ nx: 8, nz: 8, lT: Infinity, epsilon4: eps });
      const a = loaded(p, smoothPhi, smoothC, () => -0.3);
      const b = loaded(p, (x, z) => smoothPhi(z, x), smoothC, () => -0.3);
      a.solver.phiRows(0, 8);
      b.solver.phiRows(0, 8);
      for (let j = 0; j < 8; j++) for (let i = 0; i < 8; i++) expectClose(b.fields.phiNew[at(8, j, i)], a.fields.phiNew[at(8, i, j)], 1e-14, `ε ${eps} (${i},${j})`);
    }
  });

  it('a planar front without noise stays flat to round-off through frame shifts', () => {
    for (const eps of [0, 0.03]) {
      const s = new PhaseFieldSolver(tinyProblem({ epsilon4: eps }));
      s.advance(40);
      expect(s.shifts).toBeGreaterThan(0);
      const h = s.interfaceProfile(new Float64Array(8));
      expect(Math.max(...h) - Math.min(...h)).toBeLessThan(1e-12);
      for (let j = 0; j < 16; j++) expect(Math.abs(s.concentrationAt(5, j) - s.concentrationAt(0, j))).toBeLessThan(1e-12);
    }
  });
});

describe('PhaseFieldSolver: profile, load and field arrays', () => {
  it('the profile is the φ = 0 crossing nearest the top, linearly interpolated between row centres', () => {
    const p = tinyProblem();
    // solid below z = 3.2 W (rows 0–3), melt above, with a solid island in rows 8–9 of column 2, a solid top cell in column 5
    // and only φ = 0 in the bottom cell of column 7
    const phi: Field = (x, z) => {
      const i = Math.floor(x / 0.8);
      const j = Math.floor(z / 0.8);
      if (i === 2 && (j === 8 || j === 9)) return 0.6;
      if (i === 5 && j === 15) return 0.5;
      if (i === 7) return j === 0 ? 0 : -0.5;
      return j <= 3 ? 0.75 - 0.25 * j : -0.5;
    };
    const { solver } = loaded(p, phi, () => 0.5, () => 0);
    const prof = solver.interfaceProfile(new Float64Array(8));
    // row 3 has φ = 0, row 4 −0.5: the crossing is at row 3's centre
    expectClose(prof[0], solver.zeta(3), 1e-14);
    // column 2: crossing between row 9 (0.6) and row 10 (−0.5) at 0.6/1.1 of a cell
    expectClose(prof[2], solver.zeta(9) + (0.8 * 0.6) / 1.1, 1e-14);
    // column 5: the top cell is solid, row 14 melt: the crossing below it, between rows 3 and 4
    expectClose(prof[5], solver.zeta(3), 1e-14);
    // column 7: only the bottom cell at φ = 0: the front is at its centre
    expect(prof[7]).toBe(solver.zeta(0));
  });

  it('load sets φ, c̃, U, the ghost layer, the clock and the booked boundary terms', () => {
    const p = tinyProblem();
    const s = new PhaseFieldSolver(p);
    const texels = Float64Array.from({ length: 4 * 8 * 16 }, (_, q) => (q % 4 === 0 ? -0.5 + q / 512 : q % 4 === 1 ? 0.4 + q / 1e4 : q % 4 === 2 ? -q / 1e3 : 99));
    s.load(texels, { t: 12.5, steps: 40, shifts: 3 }, { inTop: 1.5, outBottom: 0.5, outFlux: 0.25 });
    for (const [i, j] of [
      [0, 0],
      [7, 2],
      [3, 15],
    ]) {
      const q = 4 * (j * 8 + i);
      expect(s.phiAt(i, j)).toBe(texels[q]);
      expect(s.concentrationAt(i, j)).toBe(texels[q + 1] / 0.3);
      expect(s.U[at(8, i, j)]).toBe(texels[q + 2]);
    }
    expect(s.phi[at(8, -1, 4)]).toBe(s.phiAt(0, 4));
    expect(s.phi[at(8, 3, 16)]).toBe(s.phiAt(3, 15));
    expect([s.t, s.steps, s.shifts]).toEqual([12.5, 40, 3]);
    expectClose(s.zeta(0), (0.5 + 3 - 6) * 0.8 - p.V * 12.5, 1e-13);
    const l = s.ledger();
    expect([l.inTop, l.outBottom, l.outFlux]).toEqual([1.5, 0.5, 0.25]);
    expectClose(l.current, s.content(), 0);
    expectClose(l.relativeError, Math.abs(l.current - (l.initial + 1.5 - 0.5 - 0.25)) / l.initial, 1e-15);
  });

  it('a solver attached without initialising keeps the fields it is given; initialising overwrites them', () => {
    const p = tinyProblem();
    const fields = allocateFields(8, 16, false);
    fields.phi.fill(0.25);
    fields.c.fill(0.5);
    const kept = new PhaseFieldSolver(p, { fields, initialise: false });
    expect([kept.phiAt(3, 3), kept.concentrationAt(3, 3)]).toEqual([0.25, 0.5 / 0.3]);
    const fresh = new PhaseFieldSolver(p, { fields, initialise: true });
    expect(fresh.phiAt(3, 3)).toBe(new PhaseFieldSolver(p).phiAt(3, 3));
    expect(fields.phi[at(8, 3, 3)]).toBe(fresh.phiAt(3, 3));
  });

  it('allocateFields: five arrays of (nx + 2)(nz + 2), on SharedArrayBuffers when shared', () => {
    for (const shared of [false, true]) {
      const f = allocateFields(3, 5, shared);
      for (const a of [f.phi, f.c, f.U, f.phiNew, f.dphi]) {
        expect(a).toHaveLength(35);
        expect(a.buffer instanceof SharedArrayBuffer).toBe(shared);
      }
      expect(new Set([f.phi, f.c, f.U, f.phiNew, f.dphi]).size).toBe(5);
    }
    expect(new PhaseFieldSolver(tinyProblem()).phi.buffer instanceof SharedArrayBuffer).toBe(false);
  });
});
