/**
 * The PCT surface scene for the hydrogen model: a vertex-coloured mesh of log₁₀ p over
 * composition × temperature, the coexistence dome as a white tube, the current isotherm as an
 * orange tube, a wire box and axis-name sprites, on a dark backdrop so the lines read in both
 * themes. Plain data in (no model imports); rebuilt on `update`, rendered on change only.
 */
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  CurvePath,
  DoubleSide,
  EdgesGeometry,
  Group,
  LineBasicMaterial,
  LineCurve3,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Sprite,
  SpriteMaterial,
  SRGBColorSpace,
  TubeGeometry,
  Vector3,
  type Object3D,
} from 'three';
import { OrbitScene, disposeTree } from './orbitScene';

/** A polyline in data coordinates: composition (H/M), log₁₀(p/Pa), temperature (K). */
export interface PctPath {
  x: ArrayLike<number>;
  log10p: ArrayLike<number>;
  T: ArrayLike<number>;
}

/** Everything the PCT scene shows. */
export interface PctSurfaceData {
  /** Composition nodes (H/M), length nx. */
  x: ArrayLike<number>;
  /** Temperature nodes (K), length nT. */
  T: ArrayLike<number>;
  /** log₁₀(p/Pa), row-major nT × nx (row = temperature). */
  log10p: ArrayLike<number>;
  /** Coexistence dome, already ordered as one path (α side up, β side down). */
  dome?: PctPath | null;
  /** The current isotherm, highlighted. */
  isotherm?: PctPath | null;
  /** Axis names (already translated). */
  axisNames: { x: string; y: string; z: string };
}

/** Box of the plot in scene units: x and z span [-1, 1], y spans [0, HEIGHT]. */
const HEIGHT = 1.2;

/** Viridis stops (low → high). */
const RAMP: [number, number, number][] = [
  [0x44, 0x01, 0x54],
  [0x3b, 0x52, 0x8b],
  [0x21, 0x91, 0x8c],
  [0x5e, 0xc9, 0x62],
  [0xfd, 0xe7, 0x25],
];

/** Viridis colour (0–1 RGB) at s ∈ [0, 1]. */
export function rampColor(s: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, Number.isFinite(s) ? s : 0)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(u));
  const f = u - i;
  const a = RAMP[i];
  const b = RAMP[i + 1];
  return [(a[0] + (b[0] - a[0]) * f) / 255, (a[1] + (b[1] - a[1]) * f) / 255, (a[2] + (b[2] - a[2]) * f) / 255];
}

function range(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return [0, 1];
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

function labelSprite(text: string): Sprite {
  const canvas = document.createElement('canvas');
  const font = '600 28px system-ui, sans-serif';
  const ctx = canvas.getContext('2d')!;
  ctx.font = font;
  const w = Math.ceil(ctx.measureText(text).width) + 20;
  canvas.width = w;
  canvas.height = 40;
  ctx.font = font;
  ctx.fillStyle = 'rgba(0,0,0,0.55)';
  ctx.fillRect(0, 0, w, 40);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 10, 21);
  const tex = new CanvasTexture(canvas);
  tex.colorSpace = SRGBColorSpace;
  const sprite = new Sprite(new SpriteMaterial({ map: tex, depthTest: false, transparent: true }));
  sprite.scale.set((0.13 * w) / 40, 0.13, 1);
  sprite.renderOrder = 10;
  return sprite;
}

/** The rotatable PCT surface. */
export class PctSurfaceScene extends OrbitScene {
  private content = new Group();

  constructor(canvas: HTMLCanvasElement) {
    super(canvas);
    this.scene.add(this.content);
    this.setBackground('#1c2330');
    this.controls.target.set(0, HEIGHT / 2 - 0.15, 0);
    this.camera.position.set(2.0, 2.5, 2.4).add(this.controls.target);
    this.controls.update();
  }

  /** Resizes and, on narrow canvases, moves the camera back so the whole box stays in view. */
  override resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    const scale = Math.max(1, 1.4 / (width / height));
    const offset = new Vector3(2.0, 2.5, 2.4).multiplyScalar(scale);
    this.camera.position.copy(this.controls.target).add(offset);
    this.controls.update();
    super.resize(width, height);
  }

  /** Replaces the shown surface, dome and isotherm. */
  update(data: PctSurfaceData): void {
    this.clear();
    const nx = data.x.length;
    const nT = data.T.length;
    if (nx < 2 || nT < 2 || data.log10p.length < nx * nT) {
      this.requestRender();
      return;
    }
    const [x0, x1] = range(data.x);
    const [t0, t1] = range(data.T);
    const [p0, p1] = range(data.log10p);
    const X = (x: number) => ((x - x0) / (x1 - x0)) * 2 - 1;
    const Y = (lp: number) => ((lp - p0) / (p1 - p0)) * HEIGHT;
    const Z = (t: number) => ((t - t0) / (t1 - t0)) * 2 - 1;

    // surface mesh
    const pos = new Float32Array(nx * nT * 3);
    const col = new Float32Array(nx * nT * 3);
    for (let j = 0; j < nT; j++) {
      for (let i = 0; i < nx; i++) {
        const k = j * nx + i;
        const lp = data.log10p[k];
        pos[3 * k] = X(data.x[i]);
        pos[3 * k + 1] = Y(lp);
        pos[3 * k + 2] = Z(data.T[j]);
        const [r, g, b] = rampColor((lp - p0) / (p1 - p0));
        col[3 * k] = r;
        col[3 * k + 1] = g;
        col[3 * k + 2] = b;
      }
    }
    const index = new Uint32Array((nx - 1) * (nT - 1) * 6);
    let n = 0;
    for (let j = 0; j < nT - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        const a = j * nx + i;
        const b = a + 1;
        const c = a + nx;
        const d = c + 1;
        index.set([a, c, b, b, c, d], n);
        n += 6;
      }
    }
    const geo = new BufferGeometry();
    geo.setAttribute('position', new BufferAttribute(pos, 3));
    geo.setAttribute('color', new BufferAttribute(col, 3));
    geo.setIndex(new BufferAttribute(index, 1));
    geo.computeVertexNormals();
    const mesh = new Mesh(geo, new MeshLambertMaterial({ vertexColors: true, side: DoubleSide }));
    mesh.name = 'surface';
    this.content.add(mesh);

    // frame
    const box = new BoxGeometry(2, HEIGHT, 2);
    box.translate(0, HEIGHT / 2, 0);
    const edges = new LineSegments(new EdgesGeometry(box), new LineBasicMaterial({ color: 0x8a94a6 }));
    box.dispose();
    this.content.add(edges);

    const tube = (path: PctPath, color: number, radius: number, name: string) => {
      const curve = new CurvePath<Vector3>();
      let prev: Vector3 | null = null;
      for (let i = 0; i < path.x.length; i++) {
        const lp = path.log10p[i];
        const xv = path.x[i];
        const tv = path.T[i];
        if (!Number.isFinite(lp) || !Number.isFinite(xv) || !Number.isFinite(tv) || xv < x0 || xv > x1) {
          prev = null;
          continue;
        }
        const v = new Vector3(X(xv), Y(Math.min(p1, Math.max(p0, lp))), Z(tv));
        if (prev && prev.distanceToSquared(v) > 1e-10) curve.add(new LineCurve3(prev, v));
        prev = v;
      }
      if (curve.curves.length === 0) return;
      const g = new TubeGeometry(curve, Math.min(800, curve.curves.length * 2), radius, 6, false);
      const m = new Mesh(g, new MeshBasicMaterial({ color }));
      m.name = name;
      this.content.add(m);
    };
    if (data.dome) tube(data.dome, 0xffffff, 0.012, 'dome');
    if (data.isotherm) tube(data.isotherm, 0xe69f00, 0.02, 'isotherm');

    const labels: [string, number, number, number][] = [
      [data.axisNames.x, 0, -0.1, 1.18],
      [data.axisNames.y, -0.95, HEIGHT + 0.1, 1.0],
      [data.axisNames.z, 1.2, -0.1, 0],
    ];
    for (const [text, px, py, pz] of labels) {
      const s = labelSprite(text);
      s.position.set(px, py, pz);
      this.content.add(s);
    }
    this.requestRender();
  }

  private clear(): void {
    const old: Object3D[] = [...this.content.children];
    for (const child of old) {
      child.traverse((node) => {
        if (node instanceof Sprite) node.material.map?.dispose();
      });
      disposeTree(child);
      this.content.remove(child);
    }
  }

  protected disposeContent(): void {
    this.clear();
  }
}

/** Creates the scene on a canvas (for dynamic import by the view). */
export function createPctSurfaceScene(canvas: HTMLCanvasElement): PctSurfaceScene {
  return new PctSurfaceScene(canvas);
}
