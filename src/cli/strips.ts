/**
 * The CPU phase-field engine on several Node worker threads: the grid is cut into horizontal
 * strips (row ranges), the main thread steps the bottom strip and each worker thread
 * (`stripWorker.ts`) one strip above it, all on the same `SharedArrayBuffer` fields. Each step
 * runs three phases separated by an Atomics barrier — φ, the solute fluxes through the strip
 * boundaries (from the old fields), the solute update — and the main thread then ends the step
 * alone (new φ, clock, frame shift, ledger). The fields are bit-identical to one thread's:
 * every cell does the same arithmetic and the ledger's top-face term comes from one strip only.
 */
import type { Worker } from 'node:worker_threads';
import { startThread } from './threads';
import type { ModelDefinition } from '../core/model';
import { UsageError } from './args';
import { allocateFields, morphologyModelWith, PhaseFieldSolver, runStripPhase, STRIP_FACES, STRIP_PHI, STRIP_SOLUTE, type PhaseFieldEngine, type PhaseFieldFields, type PhaseFieldProblem, type SoluteLedger } from '../models/solidification';

/** Slots of the control word array. */
export const GEN = 0;
export const PHASE = 1;
export const DONE = 2;

/** The phase that tells the strip threads to stop (after the model's STRIP_PHI, STRIP_FACES, STRIP_SOLUTE). */
export const PHASE_STOP = 4;

/**
 * Default longest wait, in ms, for the strip threads to finish one phase without any of them
 * reporting done. The main thread is blocked in Atomics.wait, so it never sees a thread's 'error'
 * or 'exit' event: a crashed thread is only noticed by this bound.
 */
export const STALL_TIMEOUT_MS = 60_000;

/** Slice of one Atomics.wait, in ms (the stall bound is checked between slices). */
const WAIT_SLICE_MS = 100;

/** What a strip thread starts with (structured-clonable; the arrays are shared). */
export interface StripSetup {
  /** The problem, without its initial perturbation (a function; the main thread set up the fields). */
  problem: PhaseFieldProblem;
  fields: PhaseFieldFields;
  /** GEN, PHASE, DONE (Int32, shared). */
  control: Int32Array;
  /** t, steps, shifts of the main solver at the current step. */
  clock: Float64Array;
  /** Solute flux through the south faces of each strip's bottom row (count × nx). */
  faces: Float64Array;
  /** Solute out through the grid's top face this step, per strip. */
  outFlux: Float64Array;
  index: number;
  count: number;
}

function sharedF64(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(n * Float64Array.BYTES_PER_ELEMENT));
}

/** The CPU engine stepping `threads` strips at once (1 = the plain solver on this thread). */
export class StripEngine implements PhaseFieldEngine {
  readonly solver: PhaseFieldSolver;
  readonly threads: number;
  private readonly workers: Worker[];
  private readonly control: Int32Array;
  private readonly clock: Float64Array;
  private readonly faces: Float64Array;
  private readonly outFlux: Float64Array;
  private readonly stallTimeoutMs: number;

  private constructor(solver: PhaseFieldSolver, threads: number, workers: Worker[], setup: Omit<StripSetup, 'index' | 'problem' | 'fields' | 'count'>, stallTimeoutMs: number) {
    this.solver = solver;
    this.threads = threads;
    this.workers = workers;
    this.stallTimeoutMs = stallTimeoutMs;
    this.control = setup.control;
    this.clock = setup.clock;
    this.faces = setup.faces;
    this.outFlux = setup.outFlux;
  }

  /**
   * Sets up `problem` on shared fields and starts `threads − 1` worker threads (integer ≥ 1, at
   * most nz / 2 so every strip has two rows); resolves once every thread is ready. A phase in
   * which no strip thread reports done for `stallTimeoutMs` ms makes `advance` throw.
   */
  static async start(problem: PhaseFieldProblem, threads: number, stallTimeoutMs = STALL_TIMEOUT_MS): Promise<StripEngine> {
    if (!Number.isInteger(threads) || threads < 1 || threads > Math.floor(problem.nz / 2)) {
      throw new RangeError(`threads must be an integer from 1 to nz/2 = ${Math.floor(problem.nz / 2)}, got ${threads}`);
    }
    const fields = allocateFields(problem.nx, problem.nz, true);
    const solver = new PhaseFieldSolver(problem, { fields, initialise: true });
    const common = {
      control: new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT)),
      clock: sharedF64(3),
      faces: sharedF64(threads * problem.nx),
      outFlux: sharedF64(threads),
    };
    const plain: PhaseFieldProblem = { ...problem, perturbation: null };
    const workers: Worker[] = [];
    const ready: Promise<void>[] = [];
    for (let index = 1; index < threads; index++) {
      const w = startThread('stripWorker', { ...common, problem: plain, fields, index, count: threads });
      workers.push(w);
      ready.push(
        new Promise<void>((resolve, reject) => {
          w.once('message', () => resolve());
          w.once('error', (e) => reject(new Error(`strip thread ${index} failed: ${e.message}`)));
        }),
      );
    }
    try {
      await Promise.all(ready);
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    }
    return new StripEngine(solver, threads, workers, common, stallTimeoutMs);
  }

  /** Cells across. */
  get nx(): number {
    return this.solver.nx;
  }
  /** Cells along the growth direction. */
  get nz(): number {
    return this.solver.nz;
  }
  /** Simulated time, τ₀. */
  get t(): number {
    return this.solver.t;
  }
  /** Steps taken. */
  get steps(): number {
    return this.solver.steps;
  }

  /**
   * Runs one phase on every strip: signals the threads, does strip 0 here, waits for the rest.
   * Throws when no thread reports done for stallTimeoutMs (a strip thread crashed or hangs).
   */
  private phase(phase: number): void {
    const ctl = this.control;
    Atomics.store(ctl, DONE, 0);
    Atomics.store(ctl, PHASE, phase);
    Atomics.add(ctl, GEN, 1);
    Atomics.notify(ctl, GEN);
    this.outFlux[0] = runStripPhase(this.solver, phase, 0, this.threads, this.faces);
    const others = this.threads - 1;
    let last = Atomics.load(ctl, DONE);
    let since = performance.now();
    while (last < others) {
      Atomics.wait(ctl, DONE, last, WAIT_SLICE_MS);
      const d = Atomics.load(ctl, DONE);
      const now = performance.now();
      if (d !== last) {
        last = d;
        since = now;
      } else if (now - since > this.stallTimeoutMs) {
        throw new Error(`${others - d} of ${others} strip threads did not finish a step within ${this.stallTimeoutMs / 1000} s: a strip thread has crashed or hangs`);
      }
    }
  }

  /** Advances `n` explicit time steps on all strips. */
  advance(n: number): void {
    const s = this.solver;
    for (let k = 0; k < n; k++) {
      this.clock[0] = s.t;
      this.clock[1] = s.steps;
      this.clock[2] = s.shifts;
      this.phase(STRIP_PHI);
      this.phase(STRIP_FACES);
      this.phase(STRIP_SOLUTE);
      s.completeStep(this.outFlux[this.threads - 1]);
    }
  }

  /** Interface height ζ/W per column (NaN where none), into `out`. */
  interfaceProfile(out: Float64Array): Float64Array {
    return this.solver.interfaceProfile(out);
  }
  /** Height ζ/W of row j's centre above the T₀ isotherm. */
  zeta(j: number): number {
    return this.solver.zeta(j);
  }
  /** c/c∞ of cell (i, j). */
  concentrationAt(i: number, j: number): number {
    return this.solver.concentrationAt(i, j);
  }
  /** The solute ledger. */
  ledger(): SoluteLedger {
    return this.solver.ledger();
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    Atomics.store(this.control, PHASE, PHASE_STOP);
    Atomics.add(this.control, GEN, 1);
    Atomics.notify(this.control, GEN);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The morphology model with its runs stepped by `threads` threads on strips (`--threads N`). */
export function morphologyOnStrips(threads: number): ModelDefinition {
  return morphologyModelWith((problem) => {
    const most = Math.floor(problem.nz / 2);
    if (threads > most) throw new UsageError(`--threads ${threads} leaves strips under 2 rows: nz = ${problem.nz} allows at most ${most}`);
    return StripEngine.start(problem, threads);
  });
}
