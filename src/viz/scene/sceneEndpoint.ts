/**
 * The renderer side of a 3D view, as one object with a message-friendly API: create a scene of
 * a given kind on a canvas, merge data changes into what it shows, resize, pose the camera, take
 * a PNG snapshot. The render worker exposes it over comlink (`workers/scene.worker.ts`); where a
 * canvas cannot be moved off the page, `sceneHost` calls the same object directly. No DOM access.
 */
import type { CameraView, OrbitScene, SceneCanvasTarget } from './orbitScene';
import type { LatticeSceneData } from './latticeScene';
import type { IngotData } from './ingotScene';
import type { PctSurfaceData } from './pctSurface';

/** The data each kind of scene shows. */
export interface SceneDataByKind {
  lattice: LatticeSceneData;
  ingot: IngotData;
  pct: PctSurfaceData;
}

/** The 3D views of the app. */
export type SceneKind = keyof SceneDataByKind;

/** The starting camera view of a scene and a number that grows each time the scene sets it anew. */
export interface SceneHome {
  view: CameraView;
  version: number;
}

/** What the renderer side of a 3D view offers. */
export interface SceneEndpoint {
  /** Creates the scene (loading only its own module) on `canvas`; resolves with its starting view. */
  create(kind: SceneKind, canvas: SceneCanvasTarget): Promise<SceneHome>;
  /** Merges `changes` (top-level fields of the scene's data) into what is shown and redraws. */
  update(changes: Record<string, unknown>): SceneHome;
  /** Resizes the drawing buffer (CSS pixels × device pixel ratio). */
  resize(width: number, height: number, pixelRatio: number): SceneHome;
  /** Poses the camera. */
  setView(view: CameraView): void;
  /** The current picture as a PNG. */
  snapshot(): Promise<Blob>;
  /** Frees the scene and its GL resources. */
  dispose(): void;
}

type DataScene = OrbitScene & { update(data: never): void };

/** Creates a scene of `kind` on `canvas`, importing only that scene's module. */
async function createScene(kind: SceneKind, canvas: SceneCanvasTarget): Promise<DataScene> {
  switch (kind) {
    case 'lattice':
      return (await import('./latticeScene')).createLatticeScene(canvas);
    case 'ingot':
      return (await import('./ingotScene')).createIngotScene(canvas);
    case 'pct':
      return (await import('./pctSurface')).createPctSurfaceScene(canvas);
  }
}

/** A fresh renderer-side endpoint (one scene per endpoint). */
export function sceneEndpoint(): SceneEndpoint {
  let scene: DataScene | null = null;
  let target: SceneCanvasTarget | null = null;
  const data: Record<string, unknown> = {};
  const live = (): DataScene => {
    if (!scene) throw new Error('the 3D scene is not created yet');
    return scene;
  };
  return {
    async create(kind, canvas) {
      target = canvas;
      scene = await createScene(kind, canvas);
      return scene.home;
    },
    update(changes) {
      Object.assign(data, changes);
      const s = live();
      (s.update as (d: unknown) => void)(data);
      return s.home;
    },
    resize(width, height, pixelRatio) {
      const s = live();
      s.resize(width, height, pixelRatio);
      return s.home;
    },
    setView(view) {
      live().setView(view);
    },
    snapshot() {
      live().render();
      const c = target as SceneCanvasTarget;
      if ('convertToBlob' in c) return c.convertToBlob({ type: 'image/png' });
      return new Promise((resolve, reject) => c.toBlob((b) => (b ? resolve(b) : reject(new Error('the 3D view has no picture yet'))), 'image/png'));
    },
    dispose() {
      scene?.dispose();
      scene = null;
    },
  };
}
