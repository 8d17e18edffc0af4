/**
 * The page side of a 3D view's camera: orbit controls (mouse, touch, keyboard arrows) on the
 * on-page canvas driving a camera that exists only to be read, whose pose is handed to the
 * renderer (in the render worker or on the page) on every move.
 */
import { PerspectiveCamera } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { CAMERA_FOV, type CameraView } from './orbitScene';

/** Orbit controls on a canvas, reporting each new camera pose to `onView`. */
export class CameraRig {
  private readonly camera = new PerspectiveCamera(CAMERA_FOV, 1, 0.01, 1000);
  private readonly controls: OrbitControls;
  private resetting = false;

  constructor(canvas: HTMLCanvasElement, onView: (view: CameraView) => void) {
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.enableDamping = false;
    this.controls.listenToKeyEvents(canvas);
    this.controls.addEventListener('change', () => {
      if (!this.resetting) onView(this.view);
    });
  }

  /** The current pose. */
  get view(): CameraView {
    const p = this.camera.position;
    const t = this.controls.target;
    return { position: [p.x, p.y, p.z], target: [t.x, t.y, t.z] };
  }

  /** Moves the camera to `view` (the scene's starting view), without reporting it back. */
  reset(view: CameraView): void {
    this.camera.position.set(...view.position);
    this.controls.target.set(...view.target);
    this.camera.lookAt(...view.target);
    this.resetting = true;
    this.controls.update();
    this.resetting = false;
  }

  /** Keeps the aspect ratio (used when panning) in step with the canvas. */
  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
  }

  /** Removes the event listeners. */
  dispose(): void {
    this.controls.dispose();
  }
}
