/**
 * The WebGL2 engine of the 2-D phase-field run: the CPU solver's explicit step
 * (`PhaseFieldSolver` in the morphology model) as fragment-shader passes on RGBA32F render
 * targets (see shaders.ts for the pass ↔ method correspondence). It starts from the CPU solver's
 * initial state and reads its results back into that solver (`load`), so the frame, the
 * interface profile and the solute ledger come from the same code on both engines.
 *
 * Per step: φ pass (A → B), top-face ledger pass, solute pass (B → A); every `shiftCheckEvery`
 * steps the row that triggers the moving frame's shift is read back, and when the front has
 * reached it the bottom row (booked as leaving) and the new far-field top row (booked as
 * entering) are read back around the shift pass, in float64 on the CPU side. Differences from
 * the CPU engine: float32 arithmetic (c̃ kept as a compensated float32 pair), and the noise, a
 * hash of (cell, step, seed): reproducible, but another stream than the CPU's generator.
 */
import { PhaseFieldSolver, type BoundaryBooking, type PhaseFieldEngine, type PhaseFieldProblem, type SoluteLedger } from '../../models/solidification';
import { LEDGER_PASS, PHI_PASS, SHIFT_PASS, SOLUTE_PASS, VERTEX } from './shaders';

const INV_2SQRT2 = 1 / (2 * Math.SQRT2);

/** Options of the GPU engine. */
export interface GpuEngineOptions {
  /** Check for the moving frame's shift every this many steps (1 = as the CPU solver). */
  shiftCheckEvery?: number;
}

/**
 * A WebGL2 context that can render to float textures, or null (no WebGL2, no OffscreenCanvas or
 * no EXT_color_buffer_float): the caller then falls back to the CPU engine.
 */
export function openFloatGl(make: () => WebGL2RenderingContext | null = defaultContext): WebGL2RenderingContext | null {
  const gl = make();
  if (!gl || !gl.getExtension('EXT_color_buffer_float')) return null;
  return gl;
}

function defaultContext(): WebGL2RenderingContext | null {
  return typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('webgl2');
}

interface Pass {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

/** The WebGL2 engine; same interface as the CPU solver. */
export class GpuPhaseField implements PhaseFieldEngine {
  readonly nx: number;
  readonly nz: number;
  t = 0;
  steps = 0;
  private shifts = 0;
  private readonly gl: WebGL2RenderingContext;
  private readonly p: PhaseFieldProblem;
  private readonly mirror: PhaseFieldSolver;
  private readonly passes: { phi: Pass; solute: Pass; ledger: Pass; shift: Pass };
  private state: [WebGLTexture, WebGLTexture];
  private ledgerTex: [WebGLTexture, WebGLTexture];
  private readonly fbo: WebGLFramebuffer;
  private readonly vao: WebGLVertexArrayObject;
  private readonly row: Float32Array;
  private readonly texels: Float32Array;
  /** The read-back state as the CPU solver stores it: (φ, c̃ = hi + lo, U(c̃, φ), ·) per cell, float64. */
  private readonly fields: Float64Array;
  private readonly checkEvery: number;
  /** Solute booked at the boundaries so far (float64, c̃ × cells). */
  private readonly booked: BoundaryBooking = { inTop: 0, outBottom: 0, outFlux: 0 };
  private stale = false;
  /** Solute content of the uploaded (float32) initial state. */
  private readonly initial: number;

  /** Builds the engine for `p` on `gl` (see `openFloatGl`); throws when a shader does not compile. */
  constructor(gl: WebGL2RenderingContext, p: PhaseFieldProblem, options: GpuEngineOptions = {}) {
    this.gl = gl;
    this.p = p;
    this.mirror = new PhaseFieldSolver(p);
    this.nx = p.nx;
    this.nz = p.nz;
    this.checkEvery = Math.max(1, Math.round(options.shiftCheckEvery ?? 1));
    this.row = new Float32Array(4 * p.nx);
    this.texels = new Float32Array(4 * p.nx * p.nz);
    this.passes = { phi: this.pass(PHI_PASS), solute: this.pass(SOLUTE_PASS), ledger: this.pass(LEDGER_PASS), shift: this.pass(SHIFT_PASS) };
    for (let j = 0; j < p.nz; j++) {
      for (let i = 0; i < p.nx; i++) {
        const q = 4 * (j * p.nx + i);
        const c = this.mirror.concentrationAt(i, j) * p.k;
        this.texels[q] = this.mirror.phiAt(i, j);
        this.texels[q + 1] = c;
        this.texels[q + 2] = c - Math.fround(c);
      }
    }
    this.state = [this.texture(p.nx, p.nz, this.texels), this.texture(p.nx, p.nz, null)];
    this.ledgerTex = [this.texture(p.nx, 1, new Float32Array(4 * p.nx)), this.texture(p.nx, 1, null)];
    this.fbo = this.need(gl.createFramebuffer(), 'framebuffer');
    this.vao = this.need(gl.createVertexArray(), 'vertex array');
    this.fields = new Float64Array(4 * p.nx * p.nz);
    this.setConstants();
    // φ was rounded to float32 on upload (c̃ = hi + lo was not): book the state the GPU starts from
    this.loadMirror();
    this.initial = this.mirror.content();
  }

  private need<T>(v: T | null, what: string): T {
    if (v === null) throw new Error(`WebGL2 phase field: could not create a ${what}`);
    return v;
  }

  private pass(fragment: string): Pass {
    const gl = this.gl;
    const program = this.need(gl.createProgram(), 'program');
    for (const [type, src] of [
      [gl.VERTEX_SHADER, VERTEX],
      [gl.FRAGMENT_SHADER, fragment],
    ] as const) {
      const sh = this.need(gl.createShader(type), 'shader');
      gl.shaderSource(sh, src);
      gl.compileShader(sh);
      if (!gl.getShaderParameter(sh, gl.COMPILE_STATUS)) throw new Error(`WebGL2 phase field: shader does not compile: ${gl.getShaderInfoLog(sh) ?? ''}`);
      gl.attachShader(program, sh);
    }
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`WebGL2 phase field: program does not link: ${gl.getProgramInfoLog(program) ?? ''}`);
    return { program, uniforms: new Map() };
  }

  private texture(w: number, h: number, data: Float32Array | null): WebGLTexture {
    const gl = this.gl;
    const tex = this.need(gl.createTexture(), 'texture');
    gl.bindTexture(gl.TEXTURE_2D, tex);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, w, h, 0, gl.RGBA, gl.FLOAT, data);
    return tex;
  }

  private loc(pass: Pass, name: string): WebGLUniformLocation | null {
    if (!pass.uniforms.has(name)) pass.uniforms.set(name, this.gl.getUniformLocation(pass.program, name));
    return pass.uniforms.get(name) ?? null;
  }

  private set(pass: Pass, values: Record<string, number>): void {
    this.gl.useProgram(pass.program);
    for (const [name, v] of Object.entries(values)) this.gl.uniform1f(this.loc(pass, name), v);
  }

  /** Uniforms that stay fixed for the run (the CPU solver's constants, computed there in float64). */
  private setConstants(): void {
    const gl = this.gl;
    const { p, mirror } = this;
    const { dx, dt, D } = mirror;
    for (const pass of [this.passes.phi, this.passes.solute, this.passes.shift]) {
      gl.useProgram(pass.program);
      gl.uniform2i(this.loc(pass, 'uSize'), p.nx, p.nz);
      gl.uniform1i(this.loc(pass, 'uState'), 0);
    }
    this.set(this.passes.phi, {
      uDt: dt,
      uLambda: mirror.lambda,
      uK: p.k,
      uEps: p.epsilon4,
      uInvDx2: 1 / (dx * dx),
      uInv6Dx2: 1 / (6 * dx * dx),
      uDx: dx,
      uLT: p.lT,
      uNoiseAmp: p.noise * Math.sqrt(dt),
    });
    gl.uniform1ui(this.loc(this.passes.phi, 'uSeed'), p.seed >>> 0);
    this.set(this.passes.solute, { uD: D, uInvDx: 1 / dx, uAtCoef: INV_2SQRT2 / dt, uK: p.k, uScale: ((1 - p.k) * dt) / dx, uV: p.V, uTail: Math.exp((-p.V * dx) / (2 * D)) });
    this.set(this.passes.ledger, { uOutCoef: (p.V * Math.exp((-p.V * dx) / (2 * D)) * dt) / dx, uK: p.k });
    gl.uniform1i(this.loc(this.passes.ledger, 'uState'), 0);
    gl.uniform1i(this.loc(this.passes.ledger, 'uLedger'), 1);
    gl.uniform1i(this.loc(this.passes.ledger, 'uTop'), p.nz - 1);
    this.set(this.passes.shift, { uK: p.k, uTail: Math.exp((-p.V * dx) / D) });
  }

  private draw(pass: Pass, input: WebGLTexture, output: WebGLTexture, w: number, h: number): void {
    const gl = this.gl;
    gl.useProgram(pass.program);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, input);
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.fbo);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, output, 0);
    gl.viewport(0, 0, w, h);
    gl.bindVertexArray(this.vao);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
  }

  /** Reads rows [j, j + rows) of the current state into `out` (RGBA per cell). */
  private read(j: number, rows: number, out: Float32Array): Float32Array {
    const gl = this.gl;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.fbo);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, this.state[0], 0);
    gl.readPixels(0, j, this.nx, rows, gl.RGBA, gl.FLOAT, out);
    return out;
  }

  private rowSum(j: number): number {
    const r = this.read(j, 1, this.row);
    let s = 0;
    for (let i = 0; i < this.nx; i++) s += r[4 * i + 1] + r[4 * i + 2];
    return s;
  }

  /** Height ζ/W of row 0's centre above the T₀ isotherm, as the CPU solver's zeta(0) (float64). */
  private zetaOffset(): number {
    return (0.5 + this.shifts - this.p.interfaceRow) * this.p.dx - this.p.V * this.t;
  }

  /** Advances `n` explicit time steps (dt each), as the CPU solver's `advance`. */
  advance(n: number): void {
    const gl = this.gl;
    const { phi, solute, ledger } = this.passes;
    const { nx, nz } = this;
    if (gl.isContextLost()) throw new Error('WebGL2 phase field: the WebGL2 context was lost; press Reset to start again');
    for (let s = 0; s < n; s++) {
      gl.useProgram(phi.program);
      gl.uniform1f(this.loc(phi, 'uZetaOffset'), this.zetaOffset());
      gl.uniform1ui(this.loc(phi, 'uStep'), this.steps >>> 0);
      this.draw(phi, this.state[0], this.state[1], nx, nz);
      gl.activeTexture(gl.TEXTURE1);
      gl.bindTexture(gl.TEXTURE_2D, this.ledgerTex[0]);
      this.draw(ledger, this.state[1], this.ledgerTex[1], nx, 1);
      this.ledgerTex = [this.ledgerTex[1], this.ledgerTex[0]];
      this.draw(solute, this.state[1], this.state[0], nx, nz);
      this.t += this.mirror.dt;
      this.steps++;
      if (this.steps % this.checkEvery === 0 && this.frontAbove(this.mirror.shiftRow)) this.shift();
    }
    this.flushLedger();
    this.stale = true;
  }

  private frontAbove(j: number): boolean {
    const r = this.read(j, 1, this.row);
    for (let i = 0; i < this.nx; i++) if (r[4 * i] > 0) return true;
    return false;
  }

  private shift(): void {
    this.booked.outBottom += this.rowSum(0);
    this.draw(this.passes.shift, this.state[0], this.state[1], this.nx, this.nz);
    this.state = [this.state[1], this.state[0]];
    this.shifts++;
    this.booked.inTop += this.rowSum(this.nz - 1);
  }

  /** Moves the GPU's per-column top-face account into the float64 ledger and zeroes it. */
  private flushLedger(): void {
    const gl = this.gl;
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.fbo);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, this.ledgerTex[0], 0);
    gl.readPixels(0, 0, this.nx, 1, gl.RGBA, gl.FLOAT, this.row);
    for (let i = 0; i < this.nx; i++) this.booked.outFlux += this.row[4 * i] - this.row[4 * i + 1];
    this.row.fill(0);
    gl.bindTexture(gl.TEXTURE_2D, this.ledgerTex[0]);
    gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, this.nx, 1, gl.RGBA, gl.FLOAT, this.row);
  }

  /** The CPU solver holding the latest GPU state (read back once after each advance). */
  private synced(): PhaseFieldSolver {
    if (this.stale) {
      this.read(0, this.nz, this.texels);
      this.loadMirror();
      this.stale = false;
    }
    return this.mirror;
  }

  /** Loads `texels` (φ, hi, lo, ·) into the CPU solver as (φ, c̃, U), with the clock and the bookings. */
  private loadMirror(): void {
    const k = this.p.k;
    const { texels, fields } = this;
    for (let q = 0; q < texels.length; q += 4) {
      const phi = texels[q];
      const c = texels[q + 1] + texels[q + 2];
      fields[q] = phi;
      fields[q + 1] = c;
      fields[q + 2] = ((2 * c) / (1 + k - (1 - k) * phi) - 1) / (1 - k);
    }
    this.mirror.load(fields, { t: this.t, steps: this.steps, shifts: this.shifts }, this.booked);
  }

  /** φ of cell (i, j) (read back from the GPU). */
  phiAt(i: number, j: number): number {
    return this.synced().phiAt(i, j);
  }

  /** c/c∞ of cell (i, j). */
  concentrationAt(i: number, j: number): number {
    return this.synced().concentrationAt(i, j);
  }

  /** Height ζ/W of row j's centre above the T₀ isotherm. */
  zeta(j: number): number {
    return this.synced().zeta(j);
  }

  /** Interface height ζ/W per column (NaN where none). */
  interfaceProfile(out: Float64Array): Float64Array {
    return this.synced().interfaceProfile(out);
  }

  /** The solute ledger (float64 sums of c̃ = hi + lo; the initial content as uploaded). */
  ledger(): SoluteLedger {
    const l = this.synced().ledger();
    const { inTop, outBottom, outFlux } = this.booked;
    const expected = this.initial + inTop - outBottom - outFlux;
    return { ...l, initial: this.initial, relativeError: Math.abs(l.current - expected) / this.initial };
  }

  /** Frees the textures, programs and buffers. */
  dispose(): void {
    const gl = this.gl;
    for (const t of [...this.state, ...this.ledgerTex]) gl.deleteTexture(t);
    for (const pass of Object.values(this.passes)) gl.deleteProgram(pass.program);
    gl.deleteFramebuffer(this.fbo);
    gl.deleteVertexArray(this.vao);
  }
}
