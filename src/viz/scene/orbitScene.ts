/**
 * The shared base of every 3D view's renderer: a WebGL renderer on a canvas (an on-page canvas,
 * or the OffscreenCanvas of a render worker, see `sceneHost`), a perspective camera posed from
 * outside (`setView`, driven by the orbit controls of `cameraRig` on the page), soft lighting, and
 * render-on-change (nothing is drawn while nothing changes). Subclasses add their objects to
 * `scene`, call `requestRender()` after changes, set the view the camera starts from with
 * `setHome`, and release what they created in `disposeContent()`. No DOM access: the same code
 * runs in a worker and on the page.
 */
import { AmbientLight, Color, DirectionalLight, PerspectiveCamera, Scene, WebGLRenderer, type Object3D } from 'three';

/** A canvas a scene can render to. */
export type SceneCanvasTarget = HTMLCanvasElement | OffscreenCanvas;

/** A camera pose: where the camera is and the point it looks at (scene units). */
export interface CameraView {
  position: [number, number, number];
  target: [number, number, number];
}

/** Field of view of every scene camera (vertical, degrees); the camera rig uses the same. */
export const CAMERA_FOV = 40;

/** Frees the GPU resources of an object tree (geometries and materials). */
export function disposeTree(root: Object3D): void {
  root.traverse((node) => {
    const mesh = node as Partial<{ geometry: { dispose(): void }; material: { dispose(): void } | { dispose(): void }[] }>;
    mesh.geometry?.dispose();
    const m = mesh.material;
    if (Array.isArray(m)) m.forEach((x) => x.dispose());
    else m?.dispose();
  });
}

let software: boolean | null = null;

/**
 * True when WebGL is rasterised on the CPU (SwiftShader, llvmpipe, …: no GPU, or GPU blocked),
 * judged once per thread from the renderer string of a throwaway context (an OffscreenCanvas
 * where there is one, so that this works in a worker too).
 */
export function softwareWebGL(): boolean {
  if (software !== null) return software;
  software = false;
  try {
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const gl = canvas.getContext('webgl') as WebGLRenderingContext | null;
    if (!gl) return software;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    software = /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    /* no answer: assume a GPU */
  }
  return software;
}

/** Runs `callback` before the next frame: requestAnimationFrame (pages and dedicated workers), else a 16 ms timer. */
function nextFrame(callback: () => void): () => void {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}

/** Options of the shared 3D view base. */
export interface OrbitSceneOptions {
  /** Multisample the canvas (default: only where WebGL runs on a GPU, see `softwareWebGL`). */
  antialias?: boolean;
}

/** A 3D view posed from outside that renders only when something changed. */
export abstract class OrbitScene {
  readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(CAMERA_FOV, 1, 0.01, 1000);
  protected readonly renderer: WebGLRenderer;
  private cancelFrame: (() => void) | null = null;
  private homeView: CameraView = { position: [3, 2.2, 3.2], target: [0, 0, 0] };
  private homeVersion = 0;

  constructor(
    readonly canvas: SceneCanvasTarget,
    options: OrbitSceneOptions = {},
  ) {
    this.renderer = new WebGLRenderer({ canvas, antialias: options.antialias ?? !softwareWebGL(), alpha: true, preserveDrawingBuffer: true });
    this.scene.add(new AmbientLight(0xffffff, 1.2));
    const sun = new DirectionalLight(0xffffff, 1.8);
    sun.position.set(3, 5, 4);
    this.scene.add(sun);
    this.setView(this.homeView);
  }

  /** The view the camera starts from, and a number that grows each time it is set anew. */
  get home(): { view: CameraView; version: number } {
    return { view: this.homeView, version: this.homeVersion };
  }

  /** Sets the starting view (e.g. for a new lattice) and moves the camera there. */
  protected setHome(view: CameraView): void {
    this.homeView = view;
    this.homeVersion++;
    this.setView(view);
  }

  /** Poses the camera (orbit controls call this on every move). */
  setView(view: CameraView): void {
    this.camera.position.set(...view.position);
    this.camera.lookAt(...view.target);
    this.requestRender();
  }

  /** Sets the background colour (CSS colour string) to match the page theme. */
  setBackground(css: string | null): void {
    this.scene.background = css ? new Color(css) : null;
    this.requestRender();
  }

  /** Resizes the drawing buffer to `width` × `height` CSS pixels at `pixelRatio` device pixels each. */
  resize(width: number, height: number, pixelRatio = 1): void {
    if (width <= 0 || height <= 0) return;
    this.renderer.setPixelRatio(Math.min(2, pixelRatio > 0 ? pixelRatio : 1));
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  /** Schedules one render before the next frame (coalesced). */
  requestRender(): void {
    if (this.cancelFrame) return;
    this.cancelFrame = nextFrame(() => {
      this.cancelFrame = null;
      this.render();
    });
  }

  /** Renders now. */
  render(): void {
    this.renderer.render(this.scene, this.camera);
  }

  /** Subclasses free what they added. */
  protected abstract disposeContent(): void;

  /** Frees everything: content and renderer. */
  dispose(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.disposeContent();
    disposeTree(this.scene);
    this.renderer.dispose();
  }
}
