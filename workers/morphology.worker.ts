/**
 * Morphology worker: holds one live 2-D phase-field run (the model's `MorphologySession`),
 * advances it on request and transfers each frame's arrays back. The card's play loop drives it.
 * The run uses the WebGL2 engine (an OffscreenCanvas context with float render targets) where the
 * worker has one, else the CPU solver; `start` says which.
 */
import * as Comlink from 'comlink';
import { MorphologySession, PhaseFieldSolver, type MorphologyFrame, type MorphologyInfo, type MorphologyParams, type PhaseFieldProblem } from '../src/models/solidification';
import { GpuPhaseField, openFloatGl } from '../src/viz/phasefield/gpuEngine';

/** Which engine runs: the WebGL2 one or the CPU solver. */
export type MorphologyEngine = 'gpu' | 'cpu';

/** What `start` returns: the run's facts and the engine that computes it. */
export type MorphologyStart = MorphologyInfo & { engine: MorphologyEngine };

/** The API this worker exposes. */
export interface MorphologyWorkerApi {
  /**
   * Starts a new run (replacing any other) and returns what the view shows beside it; `engine`
   * 'auto' takes the GPU where it works, 'cpu' forces the CPU solver.
   */
  start(params: MorphologyParams, engine?: 'auto' | 'cpu'): MorphologyStart;
  /** Advances the run by `steps` time steps and returns the new frame. */
  advance(steps: number): MorphologyFrame;
}

/** Steps between the GPU engine's checks for the moving frame's shift (each check reads a row back). */
const SHIFT_CHECK_EVERY = 4;

let session: MorphologySession | null = null;
let gpu: GpuPhaseField | null = null;
/** The worker's WebGL2 context: undefined until first tried (or after it was lost), null where unavailable. */
let gl: WebGL2RenderingContext | null | undefined;

/** The GPU engine for `problem`, or the CPU solver where WebGL2 or float targets are missing or a shader fails. */
function engineFor(problem: PhaseFieldProblem, choice: 'auto' | 'cpu'): GpuPhaseField | PhaseFieldSolver {
  if (choice === 'auto') {
    gl ??= openFloatGl();
    if (gl) {
      try {
        gpu = new GpuPhaseField(gl, problem, { shiftCheckEvery: SHIFT_CHECK_EVERY });
        return gpu;
      } catch {
        gl = null;
      }
    }
  }
  return new PhaseFieldSolver(problem);
}

const api: MorphologyWorkerApi = {
  start(params, engine = 'auto') {
    gpu?.dispose();
    gpu = null;
    if (gl?.isContextLost()) gl = undefined;
    session = new MorphologySession(params, (problem) => engineFor(problem, engine));
    return { ...session.info, engine: gpu ? 'gpu' : 'cpu' };
  },
  advance(steps) {
    if (!session) throw new Error('morphology worker: advance before start');
    session.advance(steps);
    const frame = session.frame();
    return Comlink.transfer(frame, [frame.concentration.buffer, frame.profile.buffer] as ArrayBuffer[]);
  },
};

Comlink.expose(api);
