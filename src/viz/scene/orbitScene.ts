/**
 * The shared base of every 3D view: a WebGL renderer on a given canvas, a perspective camera
 * with orbit controls (mouse, touch and keyboard arrows), soft lighting, and render-on-change
 * (nothing is drawn while nothing changes). Subclasses add their objects to `scene`, call
 * `requestRender()` after changes, and release what they created in `disposeContent()`.
 */
import { AmbientLight, Color, DirectionalLight, PerspectiveCamera, Scene, WebGLRenderer, type Object3D } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

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
 * judged once per page from the renderer string of a throwaway context.
 */
export function softwareWebGL(): boolean {
  if (software !== null) return software;
  software = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
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

/** Options of the shared 3D view base. */
export interface OrbitSceneOptions {
  /** Multisample the canvas (default: only where WebGL runs on a GPU, see `softwareWebGL`). */
  antialias?: boolean;
}

/** A 3D view with orbit controls that renders only when something changed. */
export abstract class OrbitScene {
  readonly scene = new Scene();
  readonly camera: PerspectiveCamera;
  protected readonly renderer: WebGLRenderer;
  protected readonly controls: OrbitControls;
  private pending = 0;

  constructor(
    readonly canvas: HTMLCanvasElement,
    options: OrbitSceneOptions = {},
  ) {
    this.renderer = new WebGLRenderer({ canvas, antialias: options.antialias ?? !softwareWebGL(), alpha: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(2, globalThis.devicePixelRatio || 1));
    this.camera = new PerspectiveCamera(40, 1, 0.01, 1000);
    this.camera.position.set(3, 2.2, 3.2);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.enableDamping = false;
    this.controls.listenToKeyEvents(canvas);
    this.controls.addEventListener('change', () => this.requestRender());
    this.scene.add(new AmbientLight(0xffffff, 1.2));
    const sun = new DirectionalLight(0xffffff, 1.8);
    sun.position.set(3, 5, 4);
    this.scene.add(sun);
  }

  /** Sets the background colour (CSS colour string) to match the page theme. */
  setBackground(css: string | null): void {
    this.scene.background = css ? new Color(css) : null;
    this.requestRender();
  }

  /** Resizes the drawing buffer to the canvas's CSS size. */
  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  /** Schedules one render on the next animation frame (coalesced). */
  requestRender(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.render();
    });
  }

  /** Renders now. */
  render(): void {
    this.renderer.render(this.scene, this.camera);
  }

  /** Subclasses free what they added. */
  protected abstract disposeContent(): void;

  /** Frees everything: content, controls, renderer. */
  dispose(): void {
    cancelAnimationFrame(this.pending);
    this.disposeContent();
    disposeTree(this.scene);
    this.controls.dispose();
    this.renderer.dispose();
  }
}
