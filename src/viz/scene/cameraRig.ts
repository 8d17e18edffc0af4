/**
 * The page side of a 3D view's camera: orbit controls on the on-page canvas driving a camera that
 * exists only to be read, whose pose is handed to the renderer (in the render worker or on the
 * page) on every move.
 *
 * Controls: mouse drag orbits (right drag pans); arrow keys orbit in steps and +/- zoom while the
 * canvas has focus; the wheel zooms only while the canvas has focus (otherwise it scrolls the
 * page); on touch screens one finger scrolls the page (`touch-action: pan-y`) and two fingers
 * orbit and zoom.
 */
import { PerspectiveCamera, Spherical, TOUCH, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { CAMERA_FOV, type CameraView } from './orbitScene';

/** Angle of one arrow-key orbit step (radians, 10°). */
export const KEY_ORBIT_STEP = Math.PI / 18;
/** Distance factor of one +/- zoom step (dimensionless). */
export const KEY_ZOOM_FACTOR = 1.15;

/** Azimuth (radians, about the vertical axis), polar angle (radians from the vertical) and distance of a pose. */
export function orbitAngles(view: CameraView): { azimuth: number; polar: number; distance: number } {
  const offset = new Vector3(...view.position).sub(new Vector3(...view.target));
  const s = new Spherical().setFromVector3(offset);
  return { azimuth: s.theta, polar: s.phi, distance: s.radius };
}

/** Orbit controls on a canvas, reporting each new camera pose to `onView`. */
export class CameraRig {
  private readonly camera = new PerspectiveCamera(CAMERA_FOV, 1, 0.01, 1000);
  private readonly controls: OrbitControls;
  private resetting = false;
  private homeView: CameraView | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly onWheel = (e: WheelEvent) => {
    // runs before the controls' own wheel listener (capture listeners on the target come first)
    if (e.target instanceof Element && e.target.ownerDocument.activeElement !== e.target) e.stopImmediatePropagation();
  };

  constructor(
    private readonly canvas: HTMLCanvasElement,
    onView: (view: CameraView) => void,
  ) {
    canvas.addEventListener('wheel', this.onWheel, { capture: true });
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.enableDamping = false;
    this.controls.touches = { ONE: null, TWO: TOUCH.DOLLY_ROTATE };
    // the controls set `none`; one finger must scroll the page
    canvas.style.touchAction = 'pan-y';
    canvas.addEventListener('keydown', this.onKey);
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

  /** Moves the camera to `view` (the scene's starting view), without reporting it back, and remembers it for `home`. */
  reset(view: CameraView): void {
    this.homeView = view;
    this.pose(view);
    this.resetting = true;
    this.controls.update();
    this.resetting = false;
  }

  /** Returns the camera to the scene's starting view and reports it. */
  home(): void {
    if (!this.homeView) return;
    this.pose(this.homeView);
    this.controls.update();
  }

  /** Keeps the aspect ratio (used when panning) in step with the canvas. */
  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
  }

  /** Removes the event listeners. */
  dispose(): void {
    this.canvas.removeEventListener('wheel', this.onWheel, { capture: true });
    this.canvas.removeEventListener('keydown', this.onKey);
    this.controls.dispose();
  }

  private pose(view: CameraView): void {
    this.camera.position.set(...view.position);
    this.controls.target.set(...view.target);
    this.camera.lookAt(...view.target);
  }

  /** Arrow keys orbit about the target, + and - zoom; other keys pass through. */
  private key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const c = this.controls;
    switch (e.key) {
      case 'ArrowLeft':
        c.rotateLeft(KEY_ORBIT_STEP);
        break;
      case 'ArrowRight':
        c.rotateLeft(-KEY_ORBIT_STEP);
        break;
      case 'ArrowUp':
        c.rotateUp(KEY_ORBIT_STEP);
        break;
      case 'ArrowDown':
        c.rotateUp(-KEY_ORBIT_STEP);
        break;
      case '+':
      case '=':
        c.dollyOut(KEY_ZOOM_FACTOR);
        break;
      case '-':
      case '_':
        c.dollyIn(KEY_ZOOM_FACTOR);
        break;
      default:
        return;
    }
    e.preventDefault();
  }
}
