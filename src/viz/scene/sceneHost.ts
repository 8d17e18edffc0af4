/**
 * The page side of a 3D view. Where the browser can (OffscreenCanvas with WebGL, as in current
 * Chromium, Firefox and Safari), the canvas is handed to a render worker, so a frame that takes
 * long to rasterise (tens of ms on a CPU-only machine) never delays the page; elsewhere the same
 * renderer (`sceneEndpoint`) runs on the page. Either way the page keeps the orbit controls
 * (`CameraRig`) and talks to the renderer through one ordered, coalescing `sceneChannel`.
 */
import * as Comlink from 'comlink';
import { CameraRig } from './cameraRig';
import { sceneEndpoint, type SceneDataByKind, type SceneEndpoint, type SceneHome, type SceneKind } from './sceneEndpoint';
import { sceneChannel } from './sceneChannel';
import type { CameraView } from './orbitScene';

/** A 3D view as the page drives it. */
export interface SceneHost<K extends SceneKind> {
  /** True when the scene renders in a worker. */
  readonly offThread: boolean;
  /** Shows new data (sent when the renderer is free; the newest data wins). */
  update(data: SceneDataByKind[K]): void;
  /** Follows a new canvas size in CSS pixels. */
  resize(width: number, height: number): void;
  /** The current picture as a PNG. */
  snapshot(): Promise<Blob>;
  /** The camera pose the controls hold now (scene units). */
  view(): CameraView;
  /** Returns the camera to the scene's starting view. */
  resetView(): void;
  /** Stops the renderer and the controls. */
  dispose(): void;
}

/** Options of `hostScene`. */
export interface HostSceneOptions {
  /** Render in a worker (default: whenever the browser supports WebGL on an OffscreenCanvas). */
  offThread?: boolean;
}

/** Whether this browser can render WebGL on a canvas moved to a worker. */
export function canRenderOffThread(canvas: HTMLCanvasElement): boolean {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function' || typeof canvas.transferControlToOffscreen !== 'function') return false;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

type Remote = { [P in keyof SceneEndpoint]: (...args: Parameters<SceneEndpoint[P]>) => Promise<Awaited<ReturnType<SceneEndpoint[P]>>> };

/** Wraps a same-thread endpoint in the asynchronous shape of a remote one (calls run in a later task). */
function local(endpoint: SceneEndpoint): Remote {
  const later = <T>(f: () => T | Promise<T>): Promise<T> => new Promise((resolve) => setTimeout(resolve, 0)).then(f);
  return {
    create: (kind, canvas) => endpoint.create(kind, canvas),
    update: (changes) => later(() => endpoint.update(changes)),
    resize: (w, h, r) => later(() => endpoint.resize(w, h, r)),
    setView: (view) => later(() => endpoint.setView(view)),
    snapshot: () => endpoint.snapshot(),
    dispose: async () => endpoint.dispose(),
  };
}

/** Creates a scene of `kind` for `canvas` and returns the page-side handle. */
export async function hostScene<K extends SceneKind>(canvas: HTMLCanvasElement, kind: K, options: HostSceneOptions = {}): Promise<SceneHost<K>> {
  const offThread = options.offThread ?? canRenderOffThread(canvas);
  let worker: Worker | null = null;
  let remote: Remote;
  let home: SceneHome;
  if (offThread) {
    worker = new Worker(new URL('../../../workers/scene.worker.ts', import.meta.url), { type: 'module' });
    remote = Comlink.wrap<SceneEndpoint>(worker) as unknown as Remote;
    const offscreen = canvas.transferControlToOffscreen();
    try {
      home = await remote.create(kind, Comlink.transfer(offscreen, [offscreen]));
    } catch (err) {
      worker.terminate();
      throw err;
    }
  } else {
    remote = local(sceneEndpoint());
    home = await remote.create(kind, canvas);
  }

  let closed = false;
  // the rig reports camera moves to the channel; the channel resets the rig to a new starting view
  const rig: CameraRig = new CameraRig(canvas, (view) => channel.setView(view));
  const channel = sceneChannel(remote, (view) => rig.reset(view), (err) => console.error('3D view:', err), home.version);
  rig.reset(home.view);

  return {
    offThread,
    update(data) {
      channel.update(data);
    },
    resize(width, height) {
      rig.resize(width, height);
      channel.resize(width, height, globalThis.devicePixelRatio || 1);
    },
    snapshot: () => remote.snapshot(),
    view: () => rig.view,
    resetView() {
      rig.home();
    },
    dispose() {
      if (closed) return;
      closed = true;
      channel.close();
      rig.dispose();
      // a terminated worker's GL context and buffers are freed with it
      if (worker) worker.terminate();
      else void remote.dispose();
    },
  };
}
