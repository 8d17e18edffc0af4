/**
 * Which engine the morphology worker runs: WebGL2 where it is hardware, the CPU solver where the
 * WebGL2 on offer is a software rasteriser (SwiftShader, llvmpipe, "Software" renderers), which
 * computes the same fields 2–4× slower than the CPU engine. Pure: the worker passes what it found.
 */

/** What the caller asks for: 'auto' picks, 'cpu' and 'gpu' force (a forced GPU still needs WebGL2). */
export type EngineRequest = 'auto' | 'cpu' | 'gpu';

/** The engine chosen and why: `software` when a software WebGL2 was skipped, `none` when WebGL2 (float targets) is missing, `asked` when the caller forced it. */
export interface EngineChoice {
  engine: 'gpu' | 'cpu';
  reason: 'hardware' | 'software' | 'none' | 'asked';
}

/** Unmasked renderer strings of software WebGL implementations (case-insensitive). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/** True when the unmasked renderer string names a software rasteriser; false when unknown (null). */
export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE.test(renderer);
}

/**
 * The engine for `request`, given whether a WebGL2 context with float render targets is available
 * and its unmasked renderer (null where WEBGL_debug_renderer_info is missing: the GPU is kept).
 */
export function chooseEngine(request: EngineRequest, webgl: boolean, renderer: string | null): EngineChoice {
  if (request === 'cpu') return { engine: 'cpu', reason: 'asked' };
  if (!webgl) return { engine: 'cpu', reason: 'none' };
  if (request === 'gpu') return { engine: 'gpu', reason: 'asked' };
  return isSoftwareRenderer(renderer) ? { engine: 'cpu', reason: 'software' } : { engine: 'gpu', reason: 'hardware' };
}
