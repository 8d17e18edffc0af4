/**
 * 2-D quantitative phase-field solver for directional solidification of a dilute binary alloy
 * (Karma 2001; Echebarria, Folch, Karma & Plapp, Phys. Rev. E 70, 061604 (2004), "EFKP"), in
 * dimensionless units: lengths in the interface width W, times in τ₀ = a₂·λ·W²/D.
 *
 *   τ(φ,U)·∂φ/∂t = ∇·(a²∇φ) + [anisotropy] + φ − φ³ − λ(1−φ²)²·(U + ζ/l_T)
 *   ∂c̃/∂t      = (1−k)·∇·[ D̃·(1−φ)/2·∇U + (1/(2√2))·(1+(1−k)U)·∂φ/∂t·∇φ/|∇φ| ]
 *
 * with c̃ = c/c_l⁰ = ½(1+k−(1−k)φ)(1+(1−k)U), c_l⁰ = c∞/k, ζ = z − V·t the height above the
 * solidus isotherm T₀ of c∞ (frozen temperature T = T₀ + G·ζ), l_T = ΔT₀/G, λ = a₁·W/d₀,
 * D̃ = a₁a₂·W/d₀, τ(φ,U) = a(n)²·(1+(1−k)U) (EFKP eq. 123: vanishing interface kinetics),
 * a(n) = 1 + ε₄cos 4θ. φ = +1 solid, −1 liquid. Solid diffusion is zero (one-sided model).
 *
 * The conserved quantity c̃ is advanced in flux form, so the solute content changes only through
 * the domain's boundaries: side walls are mirrors (no flux), the bottom (solid) has no flux, and
 * the top carries the analytic far-field tail of the 1-D profile, c̃ − k ∝ exp(−V·z/D) (a Robin
 * condition), so the domain can be shorter than the diffusion length D/V. The grid is fixed in
 * the laboratory (the liquid at rest); whenever the front's highest point passes a set row, the
 * grid is shifted down by one cell — the bottom row of solid leaves and a far-field row of melt
 * enters — so on average it moves with the front at V. Every shift and every top-face flux is
 * entered in a ledger, which closes the solute balance exactly (to round-off).
 * Explicit Euler in time, second-order finite differences (9-point isotropic Laplacian without
 * anisotropy, face fluxes with it). No allocation per step.
 *
 * A step is split into phases over row ranges (`phiRows`, `soluteSouthFaces`, `soluteRows`,
 * `completeStep`) so several threads can each take a horizontal strip of the grid on shared
 * memory (`PhaseFieldFields`) and give the same numbers, bit for bit, as one thread: every cell does the
 * same arithmetic, the flux through a strip boundary is computed once from the old fields, and
 * the noise is a hash of (seed, step, cell), not a stream drawn in cell order.
 */
import { cellNoise } from './noise';

/** a₁ = 5√2/8: λ = a₁·W/d₀ (EFKP, Karma 2001). */
export const A1 = (5 * Math.SQRT2) / 8;
/** a₂ = 0.6267: τ₀ = a₂·λ·W²/D for vanishing interface kinetics (EFKP). */
export const A2 = 0.6267;

/** Dimensionless problem (lengths in W, times in τ₀). */
export interface PhaseFieldProblem {
  /** Partition coefficient k (0 < k < 1). */
  k: number;
  /** W/d₀: interface width in capillary lengths. */
  wOverD0: number;
  /** Pulling speed Ṽ = V·τ₀/W. */
  V: number;
  /** Thermal length l̃_T = ΔT₀/(G·W). */
  lT: number;
  /** Grid spacing Δx/W. */
  dx: number;
  /** Cells across (x, mirror walls) and along the growth direction z. */
  nx: number;
  nz: number;
  /** Fourfold anisotropy strength ε₄ (0 = isotropic). */
  epsilon4: number;
  /** Amplitude of the seeded noise added to φ in the interface, per √τ₀. */
  noise: number;
  /** Seed of the noise. */
  seed: number;
  /** Row (from the bottom, fractional) of the initial planar interface, at ζ = 0. */
  interfaceRow: number;
  /** Initial interface perturbation: height (in W) per column, or null for a planar front. */
  perturbation: ((x: number) => number) | null;
  /** Time step as a fraction of the explicit stability limit (default 0.8). */
  safety?: number;
}

/** Solute ledger (units: c̃ × cells). */
export interface SoluteLedger {
  initial: number;
  current: number;
  /** Brought in by far-field rows entering at the top. */
  inTop: number;
  /** Left by solid rows dropped at the bottom. */
  outBottom: number;
  /** Diffused out through the top face. */
  outFlux: number;
  /** |current − (initial + in − out)| / initial. */
  relativeError: number;
}

const INV_2SQRT2 = 1 / (2 * Math.SQRT2);
const TINY_GRADIENT2 = 1e-12;

/**
 * Normal component (× Δx) of the anisotropic gradient flux through a face, from the difference
 * `along` across the face and the tangential difference `across` (rotated so that the face
 * normal is the first axis): a²·along − a·a'·across with a = 1 + ε₄cos4θ, a' = −4ε₄ sin4θ.
 * The same expression serves x faces (along = Δφ_x, across = Δφ_z) and z faces (along = Δφ_z,
 * across = −Δφ_x: rotating by 90° leaves cos4θ and sin4θ unchanged).
 */
function anisotropicFlux(along: number, across: number, eps: number): number {
  const g2 = along * along + across * across;
  // Stryker disable next-line EqualityOperator: at g2 exactly 1e-12 both branches give a flux within round-off of `along`; no field hits it
  if (g2 < TINY_GRADIENT2) return along;
  const g4 = g2 * g2;
  const a = 1 + eps * (1 - (8 * along * along * across * across) / g4);
  const aPrime = (-16 * eps * along * across * (along * along - across * across)) / g4;
  return a * a * along - a * aPrime * across;
}

/** The clock of a run: simulated time (τ₀), steps taken and rows shifted out. */
export interface EngineClock {
  t: number;
  steps: number;
  shifts: number;
}

/** The solute that crossed the boundaries so far (c̃ × cells): the ledger's boundary terms. */
export interface BoundaryBooking {
  inTop: number;
  outBottom: number;
  outFlux: number;
}

/**
 * What a view needs of an engine running a `PhaseFieldProblem`: the CPU `PhaseFieldSolver` or
 * another engine (the app's WebGL2 engine) that takes the same steps.
 */
export interface PhaseFieldEngine {
  readonly nx: number;
  readonly nz: number;
  /** Simulated time, τ₀. */
  readonly t: number;
  readonly steps: number;
  /** Advances `n` explicit time steps. */
  advance(n: number): void;
  /** Interface height ζ/W per column (NaN where none), into `out`. */
  interfaceProfile(out: Float64Array): Float64Array;
  /** Height ζ/W of row j's centre above the T₀ isotherm. */
  zeta(j: number): number;
  /** c/c∞ of cell (i, j). */
  concentrationAt(i: number, j: number): number;
  /** The solute ledger. */
  ledger(): SoluteLedger;
}

/** The solver's field arrays (ghost layer included, length (nx + 2)·(nz + 2) each), e.g. on shared memory. */
export interface PhaseFieldFields {
  phi: Float64Array;
  c: Float64Array;
  U: Float64Array;
  phiNew: Float64Array;
  dphi: Float64Array;
}

/** Field arrays for an nx × nz grid, on `SharedArrayBuffer`s when `shared` (for strip threads). */
export function allocateFields(nx: number, nz: number, shared: boolean): PhaseFieldFields {
  const n = (nx + 2) * (nz + 2);
  const make = (): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(n * Float64Array.BYTES_PER_ELEMENT)) : new Float64Array(n));
  return { phi: make(), c: make(), U: make(), phiNew: make(), dphi: make() };
}

/** The phase-field state and its explicit time step. */
export class PhaseFieldSolver implements PhaseFieldEngine {
  readonly nx: number;
  readonly nz: number;
  readonly dx: number;
  readonly dt: number;
  readonly lambda: number;
  readonly D: number;
  private readonly invDx: number;
  /** 1/(2√2·Δt): the anti-trapping coefficient per Δφ (Δφ summed over the two cells of a face, × ¼·(2 + …) below). */
  private readonly atCoef: number;
  /** Simulated time, τ₀. */
  t = 0;
  /** Rows shifted out so far. */
  shifts = 0;
  /** Steps taken. */
  steps = 0;
  /** Row whose crossing by the front triggers a shift. */
  readonly shiftRow: number;
  /** φ (with one ghost layer; stride nx + 2). */
  readonly phi: Float64Array;
  /** c̃ = c/c_l⁰ (same layout). */
  readonly c: Float64Array;
  /** U (same layout). */
  readonly U: Float64Array;
  private readonly phiNew: Float64Array;
  private readonly dphi: Float64Array;
  private readonly fx: Float64Array;
  private readonly divRow: Float64Array;
  private readonly a2Row: Float64Array;
  private fyS: Float64Array;
  private fyN: Float64Array;
  private readonly p: PhaseFieldProblem;
  private readonly z0: number;
  private initialContent = 0;
  private inTop = 0;
  private outBottom = 0;
  private outFlux = 0;

  /**
   * A solver for `p` on new arrays, or on `attach.fields` (same grid): initialised there unless
   * `attach.initialise` is false (a strip thread that works on fields the main thread set up).
   */
  constructor(p: PhaseFieldProblem, attach?: { fields: PhaseFieldFields; initialise: boolean }) {
    this.p = p;
    this.nx = p.nx;
    this.nz = p.nz;
    this.dx = p.dx;
    this.lambda = A1 * p.wOverD0;
    this.D = A1 * A2 * p.wOverD0;
    const fields = attach?.fields ?? allocateFields(p.nx, p.nz, false);
    this.phi = fields.phi;
    this.c = fields.c;
    this.U = fields.U;
    this.phiNew = fields.phiNew;
    this.dphi = fields.dphi;
    this.fx = new Float64Array(p.nx + 1);
    this.divRow = new Float64Array(p.nx);
    this.a2Row = new Float64Array(p.nx).fill(1);
    this.fyS = new Float64Array(p.nx);
    this.fyN = new Float64Array(p.nx);
    const a2max = (1 + p.epsilon4) ** 2;
    // φ: τ ≥ k·a²min, stiffness a²max(4/dx² ... ) + 2 from the double well; solute: 4D̃/dx².
    const tauMin = p.k * (1 - p.epsilon4) ** 2;
    const dtPhi = tauMin / ((4 * a2max) / (p.dx * p.dx) + 2 + this.lambda);
    const dtU = (p.dx * p.dx) / (4 * this.D);
    this.dt = (p.safety ?? 0.8) * Math.min(dtPhi, dtU);
    this.invDx = 1 / p.dx;
    this.atCoef = INV_2SQRT2 / this.dt;
    this.z0 = p.interfaceRow;
    this.shiftRow = Math.min(p.nz - 3, Math.ceil(p.interfaceRow) + 1);
    if (attach?.initialise ?? true) this.initialise();
  }

  /** Height ζ/W of row j's centre above the T₀ isotherm at the current time. */
  zeta(j: number): number {
    return (j + 0.5 + this.shifts - this.z0) * this.dx - this.p.V * this.t;
  }

  private index(i: number, j: number): number {
    return (j + 1) * (this.nx + 2) + i + 1;
  }

  /** Steady planar profile: U = 0 in the solid, e^(−Ṽζ/D̃) − 1 in the melt. */
  private farFieldU(zeta: number): number {
    // Stryker disable next-line EqualityOperator: at ζ = 0 both give e⁰ − 1 = 0
    return zeta <= 0 ? 0 : Math.exp((-this.p.V * zeta) / this.D) - 1;
  }

  private initialise(): void {
    const { k, perturbation } = this.p;
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let i = 0; i < this.nx; i++) {
      const x = (i + 0.5) * this.dx;
      const h = perturbation ? perturbation(x) : 0;
      // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
      for (let j = 0; j < this.nz; j++) {
        const id = this.index(i, j);
        const zeta = this.zeta(j);
        const phi = -Math.tanh((zeta - h) / Math.SQRT2);
        const U = this.farFieldU(zeta - h);
        this.phi[id] = phi;
        this.U[id] = U;
        this.c[id] = 0.5 * (1 + k - (1 - k) * phi) * (1 + (1 - k) * U);
      }
    }
    this.fillGhosts(this.phi);
    this.initialContent = this.content();
  }

  /** Total solute Σc̃ over the cells (c̃ × cells). */
  content(): number {
    let s = 0;
    // Stryker disable next-line EqualityOperator: the top ghost row of c̃ is never written, so it adds 0
    for (let j = 0; j < this.nz; j++) {
      const row = this.index(0, j);
      for (let i = 0; i < this.nx; i++) s += this.c[row + i];
    }
    return s;
  }

  /** The solute ledger at the current time. */
  ledger(): SoluteLedger {
    const current = this.content();
    const expected = this.initialContent + this.inTop - this.outBottom - this.outFlux;
    return {
      initial: this.initialContent,
      current,
      inTop: this.inTop,
      outBottom: this.outBottom,
      outFlux: this.outFlux,
      relativeError: Math.abs(current - expected) / this.initialContent,
    };
  }

  private fillGhosts(f: Float64Array): void {
    const s = this.nx + 2;
    for (let j = 1; j <= this.nz; j++) {
      f[j * s] = f[j * s + 1];
      f[j * s + this.nx + 1] = f[j * s + this.nx];
    }
    f.copyWithin(0, s, 2 * s);
    f.copyWithin((this.nz + 1) * s, this.nz * s, (this.nz + 1) * s);
  }

  /** Advances `n` explicit time steps (dt each). */
  advance(n: number): void {
    for (let s = 0; s < n; s++) {
      this.phiRows(0, this.nz);
      this.completeStep(this.soluteRows(0, this.nz, null, null));
    }
  }

  /**
   * Ends a step once every row had its φ and solute phases: books `outFluxStep` (what
   * `soluteRows` of the top row returned), copies the new φ, advances the clock and shifts the
   * frame if the front reached the shift row.
   */
  completeStep(outFluxStep: number): void {
    this.outFlux += outFluxStep;
    this.phi.set(this.phiNew);
    this.fillGhosts(this.phi);
    this.t += this.dt;
    this.steps++;
    if (this.frontAbove(this.shiftRow)) this.shift();
  }

  /**
   * φ phase of rows [z0, z1): the divergence term of each row (isotropic or anisotropic), then
   * the local update into phiNew and Δφ. Reads the old φ of rows z0 − 1 … z1 and U of its own rows.
   */
  phiRows(z0: number, z1: number): void {
    const s = this.nx + 2;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the faces below row 0 mirror it (along = 0, so a·a′ = 0: flux 0), and without anisotropy fyS is not read; only `true` differs (tested)
    if (z0 === 0 || this.p.epsilon4 === 0) this.fyS.fill(0);
    else this.anisotropicNorthFaces((z0 * s) + 1, this.fyS);
    // Stryker disable next-line EqualityOperator: row z1 again from the old φ gives the values its own strip writes (or the ghost row, overwritten by fillGhosts)
    for (let j = z0; j < z1; j++) {
      const row = (j + 1) * s + 1;
      if (this.p.epsilon4 === 0) this.laplacianRow(row);
      else this.anisotropicRow(row);
      this.updatePhiRow(row, this.zeta(j) / this.p.lT);
    }
  }

  /** 9-point isotropic Laplacian of φ along the row starting at `row`, into divRow (a² = 1). */
  private laplacianRow(row: number): void {
    const phi = this.phi;
    const s = this.nx + 2;
    const div = this.divRow;
    const inv6dx2 = 1 / (6 * this.dx * this.dx);
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let i = 0; i < this.nx; i++) {
      const id = row + i;
      div[i] =
        (4 * (phi[id - 1] + phi[id + 1] + phi[id - s] + phi[id + s]) + phi[id - s - 1] + phi[id - s + 1] + phi[id + s - 1] + phi[id + s + 1] - 20 * phi[id]) * inv6dx2;
    }
  }

  /**
   * ∇·F with fourfold anisotropy along a row, into divRow, and a(n)² from the cell's central
   * gradient into a2Row: face fluxes F = (a²φx − a·a'·φz, a²φz + a·a'·φx), a = 1 + ε₄cos4θ,
   * a' = −4ε₄ sin4θ, each face computed once (the north faces are the next row's south faces;
   * the bottom face mirrors the row below, so it carries no flux).
   */
  private anisotropicRow(row: number): void {
    const { nx, dx } = this;
    const phi = this.phi;
    const s = nx + 2;
    const eps = this.p.epsilon4;
    const fx = this.fx;
    const fyS = this.fyS;
    const fyN = this.fyN;
    const invDx2 = 1 / (dx * dx);
    // Stryker disable next-line EqualityOperator: the wall faces fx[0], fx[nx] mirror (along = 0): flux 0, and fx[nx] is already 0
    for (let i = 0; i <= nx; i++) {
      const b = row + i;
      fx[i] = anisotropicFlux(phi[b] - phi[b - 1], 0.25 * (phi[b + s] + phi[b + s - 1] - phi[b - s] - phi[b - s - 1]), eps);
    }
    this.anisotropicNorthFaces(row, fyN);
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let i = 0; i < nx; i++) {
      const id = row + i;
      const gx = phi[id + 1] - phi[id - 1];
      const gz = phi[id + s] - phi[id - s];
      const g2 = gx * gx + gz * gz;
      // Stryker disable next-line EqualityOperator: at g2 exactly 1e-12 both give a within round-off; no field hits it
      const a = g2 < TINY_GRADIENT2 ? 1 : 1 + eps * (1 - (8 * gx * gx * gz * gz) / (g2 * g2));
      this.divRow[i] = (fx[i + 1] - fx[i] + fyN[i] - fyS[i]) * invDx2;
      this.a2Row[i] = a * a;
      fyS[i] = fyN[i];
    }
  }

  /** Anisotropic φ flux through the north faces of the row starting at `row`, into `out`. */
  private anisotropicNorthFaces(row: number, out: Float64Array): void {
    const phi = this.phi;
    const s = this.nx + 2;
    const eps = this.p.epsilon4;
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let i = 0; i < this.nx; i++) {
      const a = row + i;
      out[i] = anisotropicFlux(phi[a + s] - phi[a], 0.25 * (phi[a - 1] + phi[a + s - 1] - phi[a + 1] - phi[a + s + 1]), eps);
    }
  }

  /** τ(φ,U)·Δφ/Δt = div + φ − φ³ − λ(1−φ²)²(U + ζ/l_T) along a row, plus the interface noise; stores φ and Δφ. */
  private updatePhiRow(row: number, zt: number): void {
    const { dt, lambda } = this;
    const k = this.p.k;
    const phi = this.phi;
    const U = this.U;
    const out = this.phiNew;
    const dphi = this.dphi;
    const div = this.divRow;
    const a2 = this.a2Row;
    const noiseAmp = this.p.noise * Math.sqrt(dt);
    const seed = this.p.seed;
    const step = this.steps;
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let i = 0; i < this.nx; i++) {
      const id = row + i;
      const p = phi[id];
      const u = U[id];
      const g = 1 - p * p;
      const b = 1 + (1 - k) * u;
      // Stryker disable next-line EqualityOperator: at b = k both branches divide by k
      let next = p + (dt * (div[i] + p - p * p * p - lambda * g * g * (u + zt))) / (a2[i] * (b > k ? b : k));
      // Stryker disable next-line ConditionalExpression,EqualityOperator: with zero noise the term is 0, and g = 0.19 exactly does not occur; only `false` differs (tested)
      if (noiseAmp > 0 && g > 0.19) next += noiseAmp * (cellNoise(seed, step, id) - 0.5) * g;
      out[id] = next;
      dphi[id] = next - p;
    }
  }

  /**
   * F·n (n from cell a to its east or north neighbour b) = D̃·q(φ)·∂U/∂n + anti-trapping
   * (1/(2√2))·(1+(1−k)U)·∂φ/∂t·(∂φ/∂n)/|∇φ|, all at the face; `t` is the index step along the
   * face (nx + 2 for an x face, 1 for a z face) for the tangential derivative of φ.
   */
  private soluteFlux(a: number, b: number, t: number): number {
    const phi = this.phi;
    const U = this.U;
    const pa = phi[a];
    const pb = phi[b];
    let f = this.D * 0.25 * (2 - pa - pb) * (U[b] - U[a]) * this.invDx;
    const rate = this.dphi[a] + this.dphi[b];
    // Stryker disable next-line ConditionalExpression: with rate = 0 the anti-trapping term adds 0
    if (rate !== 0) {
      const gn = pb - pa;
      const gt = 0.25 * (phi[a + t] + phi[b + t] - phi[a - t] - phi[b - t]);
      const g2 = gn * gn + gt * gt;
      // Stryker disable next-line EqualityOperator: at g2 exactly 1e-12 both add a term within round-off; no field hits it
      if (g2 > TINY_GRADIENT2) f += this.atCoef * 0.25 * (2 + (1 - this.p.k) * (U[a] + U[b])) * rate * (gn / Math.sqrt(g2));
    }
    return f;
  }

  /**
   * Solute flux through the south faces of row z0 (from the old fields, after the φ phase), into
   * `out` (length nx): what the strip below computes as its top row's north faces. A strip
   * thread computes it before any strip updates U, then hands it to `soluteRows`.
   */
  soluteSouthFaces(z0: number, out: Float64Array): void {
    const row = (z0 + 1) * (this.nx + 2) + 1;
    const s = this.nx + 2;
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let i = 0; i < this.nx; i++) out[i] = this.soluteFlux(row + i - s, row + i, 1);
  }

  /**
   * Solute phase of rows [z0, z1): advances c̃ by the divergence of F = D̃·q(φ)·∇U +
   * anti-trapping on every face (east and north faces of each cell, computed once, kept in row
   * buffers; the top face of the grid carries the far field), then U from the new c̃ and φ.
   * `south`/`north`: the fluxes through the strip's bottom and top boundary faces from
   * `soluteSouthFaces` (null at the grid's bottom, and at its top, or for the whole grid).
   * Returns the solute (c̃ × cells) that left through the grid's top face this step (0 unless
   * z1 = nz).
   */
  soluteRows(z0: number, z1: number, south: Float64Array | null, north: Float64Array | null): number {
    const { nx, nz, dx, dt } = this;
    const { k } = this.p;
    const U = this.U;
    const c = this.c;
    const phiNew = this.phiNew;
    const invOneMinusK = 1 / (1 - k);
    const fx = this.fx;
    const s = nx + 2;
    const scale = ((1 - k) * dt) / dx;
    // far field at the top face: (1−k)F = −Ṽ·(c̃_face − k), c̃_face half a cell further along the tail
    const tail = Math.exp((-this.p.V * dx) / (2 * this.D));
    let fyS = this.fyS;
    let fyN = this.fyN;
    if (south) fyS.set(south);
    else fyS.fill(0);
    fx[0] = 0;
    fx[nx] = 0;
    let outFlux = 0;
    for (let j = z0; j < z1; j++) {
      const row = (j + 1) * s + 1;
      for (let i = 0; i < nx - 1; i++) fx[i + 1] = this.soluteFlux(row + i, row + i + 1, s);
      if (j === z1 - 1 && north) {
        fyN.set(north);
      } else if (j < nz - 1) {
        // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
        for (let i = 0; i < nx; i++) fyN[i] = this.soluteFlux(row + i, row + i + s, 1);
      } else {
        let lost = 0;
        for (let i = 0; i < nx; i++) {
          const out = (this.p.V * (c[row + i] - k) * tail) / (1 - k);
          fyN[i] = -out;
          lost += out;
        }
        outFlux = (lost * (1 - k) * dt) / dx;
      }
      // U of this row is not read again this step: update it from the new c̃ and φ at once
      // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
      for (let i = 0; i < nx; i++) {
        const id = row + i;
        const cNew = c[id] + scale * (fx[i + 1] - fx[i] + fyN[i] - fyS[i]);
        c[id] = cNew;
        U[id] = ((2 * cNew) / (1 + k - (1 - k) * phiNew[id]) - 1) * invOneMinusK;
      }
      const tmp = fyS;
      fyS = fyN;
      fyN = tmp;
    }
    this.fyS = fyS;
    this.fyN = fyN;
    return outFlux;
  }

  /** True when any cell of row j is solid (φ > 0). */
  frontAbove(j: number): boolean {
    const row = this.index(0, j);
    for (let i = 0; i < this.nx; i++) if (this.phi[row + i] > 0) return true;
    return false;
  }

  /** Drops the bottom row (booked as solute leaving) and appends a far-field melt row at the top. */
  private shift(): void {
    const { nx, nz } = this;
    const s = nx + 2;
    const k = this.p.k;
    this.outBottom += this.rowSum(0);
    this.phi.copyWithin(s, 2 * s, (nz + 1) * s);
    this.c.copyWithin(s, 2 * s, (nz + 1) * s);
    this.U.copyWithin(s, 2 * s, (nz + 1) * s);
    this.shifts++;
    const top = this.index(0, nz - 1);
    const tail = Math.exp((-this.p.V * this.dx) / this.D);
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let i = 0; i < nx; i++) {
      const c = k + (this.c[top - s + i] - k) * tail;
      this.c[top + i] = c;
      this.phi[top + i] = -1;
      this.U[top + i] = (c - 1) / (1 - k);
    }
    this.inTop += this.rowSum(nz - 1);
    this.fillGhosts(this.phi);
  }

  /**
   * Overwrites φ, c̃ and U with fields another engine computed from this solver's initial state
   * (texels φ, c̃, U, unused; row-major from the bottom row, nx × nz), and sets the clock and the
   * ledger's boundary terms, so the profile, the frame and the ledger read that engine's state.
   */
  load(texels: ArrayLike<number>, clock: EngineClock, booked: BoundaryBooking): void {
    // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
    for (let j = 0; j < this.nz; j++) {
      const row = this.index(0, j);
      // Stryker disable next-line EqualityOperator: one more pass writes or reads only the ghost slot after the row (or past a row buffer), which nothing reads before it is overwritten
      for (let i = 0; i < this.nx; i++) {
        const q = 4 * (j * this.nx + i);
        this.phi[row + i] = texels[q];
        this.c[row + i] = texels[q + 1];
        this.U[row + i] = texels[q + 2];
      }
    }
    this.fillGhosts(this.phi);
    this.t = clock.t;
    this.steps = clock.steps;
    this.shifts = clock.shifts;
    this.inTop = booked.inTop;
    this.outBottom = booked.outBottom;
    this.outFlux = booked.outFlux;
  }

  private rowSum(j: number): number {
    const row = this.index(0, j);
    let sum = 0;
    // Stryker disable next-line EqualityOperator: the ghost column of c̃ is never written, so it adds 0
    for (let i = 0; i < this.nx; i++) sum += this.c[row + i];
    return sum;
  }

  /**
   * Interface height ζ/W in each column (the φ = 0 crossing nearest the top, linearly
   * interpolated), written into `out` (length nx); NaN where a column has no solid.
   */
  interfaceProfile(out: Float64Array): Float64Array {
    const s = this.nx + 2;
    // Stryker disable next-line EqualityOperator: out[nx] is past the end of `out`, which ignores the write
    for (let i = 0; i < this.nx; i++) {
      out[i] = NaN;
      for (let j = this.nz - 2; j >= 0; j--) {
        const lo = this.phi[(j + 1) * s + i + 1];
        if (lo >= 0) {
          const hi = this.phi[(j + 2) * s + i + 1];
          out[i] = this.zeta(j) + (this.dx * lo) / (lo - hi);
          break;
        }
      }
    }
    return out;
  }

  /** φ of cell (i, j) (no ghosts). */
  phiAt(i: number, j: number): number {
    return this.phi[this.index(i, j)];
  }

  /** c/c∞ of cell (i, j): c̃/k. */
  concentrationAt(i: number, j: number): number {
    return this.c[this.index(i, j)] / this.p.k;
  }
}
