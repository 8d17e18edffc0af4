/**
 * Morphology worker: holds one live 2-D phase-field run (the model's `MorphologySession`),
 * advances it on request and transfers each frame's arrays back. The card's play loop drives it.
 * The run uses the WebGL2 engine (an OffscreenCanvas context with float render targets) where the
 * worker has a hardware one, else the CPU solver (a software WebGL2 is slower than the CPU); `start`
 * says which and why.
 */
import * as Comlink from 'comlink';
import { MorphologySession, PhaseFieldSolver, type MorphologyFrame, type MorphologyInfo, type MorphologyParams, type PhaseFieldProblem } from '../src/models/solidification';
import { GpuPhaseField, openFloatGl } from '../src/viz/phasefield/gpuEngine';
import { chooseEngine, type EngineChoice, type EngineRequest } from '../src/viz/phasefield/engineChoice';

/** What `start` returns: the run's facts, the engine that computes it and why that one. */
export type MorphologyStart = MorphologyInfo & EngineChoice;

/** The API this worker exposes. */
export interface MorphologyWorkerApi {
  /**
   * Starts a new run (replacing any other) and returns what the view shows beside it; `engine`
   * 'auto' takes a hardware GPU where it works, 'gpu' forces WebGL2 (software too), 'cpu' the CPU solver.
   */
  start(params: MorphologyParams, engine?: EngineRequest): MorphologyStart;
  /** Advances the run by `steps` time steps and returns the new frame. */
  advance(steps: number): MorphologyFrame;
}

/** Steps between the GPU engine's checks for the moving frame's shift (each check reads a row back). */
const SHIFT_CHECK_EVERY = 4;

let session: MorphologySession | null = null;
let gpu: GpuPhaseField | null = null;
/** The worker's WebGL2 context: undefined until first tried (or after it was lost), null where unavailable. */
let gl: WebGL2RenderingContext | null | undefined;
/** The last run's engine and why. */
let chosen: EngineChoice = { engine: 'cpu', reason: 'asked' };

/** The context's unmasked renderer string, or null where WEBGL_debug_renderer_info is missing. */
function unmaskedRenderer(context: WebGL2RenderingContext): string | null {
  const ext = context.getExtension('WEBGL_debug_renderer_info');
  return ext ? String(context.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : null;
}

/** The GPU engine for `problem` when `chooseEngine` picks it, else the CPU solver (also when a shader fails). */
function engineFor(problem: PhaseFieldProblem, request: EngineRequest): GpuPhaseField | PhaseFieldSolver {
  if (request !== 'cpu') gl ??= openFloatGl();
  chosen = chooseEngine(request, Boolean(gl), gl ? unmaskedRenderer(gl) : null);
  if (chosen.engine === 'gpu' && gl) {
    try {
      gpu = new GpuPhaseField(gl, problem, { shiftCheckEvery: SHIFT_CHECK_EVERY });
      return gpu;
    } catch {
      gl = null;
      chosen = { engine: 'cpu', reason: 'none' };
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
    return { ...session.info, ...chosen };
  },
  advance(steps) {
    if (!session) throw new Error('morphology worker: advance before start');
    session.advance(steps);
    const frame = session.frame();
    return Comlink.transfer(frame, [frame.concentration.buffer, frame.profile.buffer] as ArrayBuffer[]);
  },
};

Comlink.expose(api);
