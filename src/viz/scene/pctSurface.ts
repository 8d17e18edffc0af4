/**
 * The PCT surface scene for the hydrogen model: a vertex-coloured mesh of log₁₀ p over
 * composition × temperature, the coexistence dome as a white tube, the current isotherm as an
 * orange tube, a wire box and axis-name sprites, on a dark backdrop so the lines read in both
 * themes. Plain data in (no model imports); `update` rebuilds only what changed by value and
 * renders on change only.
 */
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  DoubleSide,
  EdgesGeometry,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Sprite,
  SpriteMaterial,
  SRGBColorSpace,
  Vector3,
  type Object3D,
} from 'three';
import { OrbitScene, disposeTree, type CameraView, type SceneCanvasTarget } from './orbitScene';
import { finiteExtent } from '../../core/extent';
import { rampRgb } from '../plot/ramp';
import { SCENE_COLORS } from '../colors';

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


/** Finite extent of values, widened to a unit span when empty or flat (for axis normalisation). */
function range(values: ArrayLike<number>): [number, number] {
  const e = finiteExtent(values);
  if (!e) return [0, 1];
  return e[0] === e[1] ? [e[0] - 0.5, e[1] + 0.5] : e;
}

/** The starting view: looking at the middle of the box from (2.0, 2.5, 2.4) × `distance` away. */
function homeView(distance: number): CameraView {
  const target: [number, number, number] = [0, HEIGHT / 2 - 0.15, 0];
  return { position: [target[0] + 2.0 * distance, target[1] + 2.5 * distance, target[2] + 2.4 * distance], target };
}

/** A 2D canvas for a label texture: an OffscreenCanvas where there is one (in workers too). */
function labelCanvas(): OffscreenCanvas | HTMLCanvasElement {
  return typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
}

function labelSprite(text: string): Sprite {
  const canvas = labelCanvas();
  const font = '600 28px system-ui, sans-serif';
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  ctx.font = font;
  const w = Math.ceil(ctx.measureText(text).width) + 20;
  canvas.width = w;
  canvas.height = 40;
  ctx.font = font;
  ctx.fillStyle = 'rgba(0,0,0,0.55)';
  ctx.fillRect(0, 0, w, 40);
  ctx.fillStyle = SCENE_COLORS.labelText;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 10, 21);
  const tex = new CanvasTexture(canvas);
  tex.colorSpace = SRGBColorSpace;
  const sprite = new Sprite(new SpriteMaterial({ map: tex, depthTest: false, transparent: true }));
  sprite.scale.set((0.13 * w) / 40, 0.13, 1);
  sprite.renderOrder = 10;
  return sprite;
}

/** Element-wise equality of two number lists (NaN equals NaN); identical references short-cut. */
function sameNumbers(a: ArrayLike<number> | null | undefined, b: ArrayLike<number> | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}

function samePath(a: PctPath | null | undefined, b: PctPath | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameNumbers(a.x, b.x) && sameNumbers(a.log10p, b.log10p) && sameNumbers(a.T, b.T);
}

/** A private copy of a path (so data mutated in place by the caller still counts as changed). */
function copyPath(p: PctPath | null | undefined): PctPath | null {
  return p ? { x: Float64Array.from(p.x), log10p: Float64Array.from(p.log10p), T: Float64Array.from(p.T) } : null;
}

/** Sides of a tube's cross-section. */
const TUBE_SIDES = 6;

/**
 * A polyline drawn as a thin tube whose buffers are reused from update to update (they grow only
 * when a longer path arrives). Rings follow the polyline's own vertices with a parallel-transported
 * frame, so building one costs a single pass (no curve arc-length tables, no new GPU programs).
 */
class PathTube {
  readonly mesh: Mesh<BufferGeometry, MeshBasicMaterial>;
  private capacity = 0;

  constructor(
    color: number,
    private readonly radius: number,
    name: string,
  ) {
    this.mesh = new Mesh(new BufferGeometry(), new MeshBasicMaterial({ color }));
    this.mesh.name = name;
    this.mesh.frustumCulled = false;
    this.mesh.visible = false;
  }

  private ensure(points: number): void {
    if (points <= this.capacity) return;
    const cap = Math.max(64, 2 ** Math.ceil(Math.log2(points)));
    this.mesh.geometry.dispose();
    const geo = new BufferGeometry();
    geo.setAttribute('position', new BufferAttribute(new Float32Array(cap * TUBE_SIDES * 3), 3));
    geo.setIndex(new BufferAttribute(new Uint32Array((cap - 1) * TUBE_SIDES * 6), 1));
    this.mesh.geometry = geo;
    this.capacity = cap;
  }

  /** Sets the polyline (scene units; NaN entries break it into pieces); hides the tube when empty. */
  set(points: number[][]): void {
    // pieces of at least two distinct points
    const pieces: number[][][] = [];
    let cur: number[][] = [];
    for (const p of points) {
      if (p.length === 0) {
        if (cur.length > 1) pieces.push(cur);
        cur = [];
        continue;
      }
      const q = cur[cur.length - 1];
      if (q && (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2 + (q[2] - p[2]) ** 2 <= 1e-10) continue;
      cur.push(p);
    }
    if (cur.length > 1) pieces.push(cur);
    const total = pieces.reduce((s, c) => s + c.length, 0);
    if (total === 0) {
      this.mesh.visible = false;
      return;
    }
    this.ensure(total);
    const geo = this.mesh.geometry;
    const posAttr = geo.getAttribute('position') as BufferAttribute;
    const idxAttr = geo.getIndex() as BufferAttribute;
    const pos = posAttr.array as Float32Array;
    const idx = idxAttr.array as Uint32Array;
    const r = this.radius;
    let v = 0;
    let n = 0;
    const t = new Vector3();
    const prevT = new Vector3();
    const nrm = new Vector3();
    const bin = new Vector3();
    const tmp = new Vector3();
    for (const piece of pieces) {
      const m = piece.length;
      for (let i = 0; i < m; i++) {
        const a = piece[Math.max(0, i - 1)];
        const b = piece[Math.min(m - 1, i + 1)];
        t.set(b[0] - a[0], b[1] - a[1], b[2] - a[2]).normalize();
        if (i === 0) {
          // any normal to the first tangent
          tmp.set(Math.abs(t.x) < 0.9 ? 1 : 0, Math.abs(t.x) < 0.9 ? 0 : 1, 0);
          nrm.crossVectors(t, tmp).normalize();
        } else {
          // parallel transport: remove the new tangent's component, renormalise
          nrm.addScaledVector(t, -nrm.dot(t));
          if (nrm.lengthSq() < 1e-12) nrm.crossVectors(prevT, t);
          if (nrm.lengthSq() < 1e-12) {
            tmp.set(Math.abs(t.x) < 0.9 ? 1 : 0, Math.abs(t.x) < 0.9 ? 0 : 1, 0);
            nrm.crossVectors(t, tmp);
          }
          nrm.normalize();
        }
        bin.crossVectors(t, nrm);
        prevT.copy(t);
        const p = piece[i];
        for (let k = 0; k < TUBE_SIDES; k++) {
          const ang = (k / TUBE_SIDES) * Math.PI * 2;
          const c = Math.cos(ang) * r;
          const s = Math.sin(ang) * r;
          const o = 3 * (v + k);
          pos[o] = p[0] + c * nrm.x + s * bin.x;
          pos[o + 1] = p[1] + c * nrm.y + s * bin.y;
          pos[o + 2] = p[2] + c * nrm.z + s * bin.z;
        }
        if (i > 0) {
          const r0 = v - TUBE_SIDES;
          for (let k = 0; k < TUBE_SIDES; k++) {
            const k1 = (k + 1) % TUBE_SIDES;
            idx[n++] = r0 + k;
            idx[n++] = v + k;
            idx[n++] = r0 + k1;
            idx[n++] = r0 + k1;
            idx[n++] = v + k;
            idx[n++] = v + k1;
          }
        }
        v += TUBE_SIDES;
      }
    }
    posAttr.clearUpdateRanges();
    posAttr.addUpdateRange(0, v * 3);
    posAttr.needsUpdate = true;
    idxAttr.clearUpdateRanges();
    idxAttr.addUpdateRange(0, n);
    idxAttr.needsUpdate = true;
    geo.setDrawRange(0, n);
    this.mesh.visible = n > 0;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }
}

/** What the current surface mesh was built from (private copies), to skip rebuilding it. */
interface SurfaceKey {
  x: Float64Array;
  T: Float64Array;
  log10p: Float64Array;
}

/** The rotatable PCT surface. */
export class PctSurfaceScene extends OrbitScene {
  private content = new Group();
  /** Built once; reused (same GPU programs) for every update. */
  private readonly surfaceMaterial = new MeshLambertMaterial({ vertexColors: true, side: DoubleSide });
  private surface: Mesh<BufferGeometry, MeshLambertMaterial> | null = null;
  private surfaceKey: SurfaceKey | null = null;
  private readonly dome = new PathTube(0xffffff, 0.012, 'dome');
  private readonly isotherm = new PathTube(0xe69f00, 0.02, 'isotherm');
  private domeKey: PctPath | null = null;
  private isothermKey: PctPath | null = null;
  private labels: Sprite[] = [];
  private labelKey = '';
  /** Data → scene-unit mapping of the current surface. */
  private box = { x0: 0, x1: 1, t0: 0, t1: 1, p0: 0, p1: 1 };
  /** Camera distance of the starting view, in units of the widest canvas's (narrow canvases step back). */
  private homeDistance = 1;

  constructor(canvas: SceneCanvasTarget) {
    super(canvas);
    this.scene.add(this.content);
    this.setBackground(SCENE_COLORS.backdrop);
    this.setHome(homeView(1));

    const box = new BoxGeometry(2, HEIGHT, 2);
    box.translate(0, HEIGHT / 2, 0);
    const edges = new LineSegments(new EdgesGeometry(box), new LineBasicMaterial({ color: 0x8a94a6 }));
    edges.name = 'frame';
    box.dispose();
    this.content.add(edges, this.dome.mesh, this.isotherm.mesh);
  }

  /** Resizes and, on narrow canvases, moves the camera back so the whole box stays in view. */
  override resize(width: number, height: number, pixelRatio = 1): void {
    if (width <= 0 || height <= 0) return;
    const distance = Math.max(1, 1.4 / (width / height));
    if (distance !== this.homeDistance) {
      this.homeDistance = distance;
      this.setHome(homeView(distance));
    }
    super.resize(width, height, pixelRatio);
  }

  /**
   * Shows a surface, dome and isotherm. Only what changed by value is rebuilt: a surface equal to
   * the shown one keeps its mesh, the tubes reuse their buffers, materials are never recreated;
   * nothing at all is redrawn when nothing changed.
   */
  update(data: PctSurfaceData): void {
    let changed = this.updateLabels(data.axisNames);
    const nx = data.x.length;
    const nT = data.T.length;
    if (nx < 2 || nT < 2 || data.log10p.length < nx * nT) {
      if (this.surface || this.surfaceKey || this.domeKey || this.isothermKey) {
        this.removeSurface();
        this.surfaceKey = null;
        this.domeKey = null;
        this.isothermKey = null;
        this.dome.mesh.visible = false;
        this.isotherm.mesh.visible = false;
        changed = true;
      }
      if (changed) this.requestRender();
      return;
    }
    const k = this.surfaceKey;
    const surfaceSame = !!k && sameNumbers(k.x, data.x) && sameNumbers(k.T, data.T) && sameNumbers(k.log10p, data.log10p);
    if (!surfaceSame) {
      this.buildSurface(data);
      this.domeKey = null;
      this.isothermKey = null;
      changed = true;
    }
    const dome = data.dome ?? null;
    if (!samePath(this.domeKey, dome) || (!dome && this.dome.mesh.visible)) {
      this.dome.set(dome ? this.scenePoints(dome) : []);
      this.domeKey = copyPath(dome);
      changed = true;
    }
    const iso = data.isotherm ?? null;
    if (!samePath(this.isothermKey, iso) || (!iso && this.isotherm.mesh.visible)) {
      this.isotherm.set(iso ? this.scenePoints(iso) : []);
      this.isothermKey = copyPath(iso);
      changed = true;
    }
    if (changed) this.requestRender();
  }

  /** A path in scene units, with empty entries where it breaks (non-finite or outside the x range). */
  private scenePoints(path: PctPath): number[][] {
    const { x0, x1, t0, t1, p0, p1 } = this.box;
    const out: number[][] = [];
    for (let i = 0; i < path.x.length; i++) {
      const lp = path.log10p[i];
      const xv = path.x[i];
      const tv = path.T[i];
      if (!Number.isFinite(lp) || !Number.isFinite(xv) || !Number.isFinite(tv) || xv < x0 || xv > x1) {
        out.push([]);
        continue;
      }
      out.push([((xv - x0) / (x1 - x0)) * 2 - 1, ((Math.min(p1, Math.max(p0, lp)) - p0) / (p1 - p0)) * HEIGHT, ((tv - t0) / (t1 - t0)) * 2 - 1]);
    }
    return out;
  }

  private buildSurface(data: PctSurfaceData): void {
    const nx = data.x.length;
    const nT = data.T.length;
    const [x0, x1] = range(data.x);
    const [t0, t1] = range(data.T);
    const [p0, p1] = range(data.log10p);
    this.box = { x0, x1, t0, t1, p0, p1 };
    const X = (x: number) => ((x - x0) / (x1 - x0)) * 2 - 1;
    const Y = (lp: number) => ((lp - p0) / (p1 - p0)) * HEIGHT;
    const Z = (t: number) => ((t - t0) / (t1 - t0)) * 2 - 1;

    const sameGrid = this.surface && this.surfaceKey && this.surfaceKey.x.length === nx && this.surfaceKey.T.length === nT;
    const geo = sameGrid && this.surface ? this.surface.geometry : new BufferGeometry();
    const posAttr = geo.getAttribute('position') as BufferAttribute | undefined;
    const colAttr = geo.getAttribute('color') as BufferAttribute | undefined;
    const pos = posAttr ? (posAttr.array as Float32Array) : new Float32Array(nx * nT * 3);
    const col = colAttr ? (colAttr.array as Float32Array) : new Float32Array(nx * nT * 3);
    for (let j = 0; j < nT; j++) {
      for (let i = 0; i < nx; i++) {
        const k = j * nx + i;
        const lp = data.log10p[k];
        pos[3 * k] = X(data.x[i]);
        pos[3 * k + 1] = Y(lp);
        pos[3 * k + 2] = Z(data.T[j]);
        const [r, g, b] = rampRgb((lp - p0) / (p1 - p0)).map((c) => c / 255);
        col[3 * k] = r;
        col[3 * k + 1] = g;
        col[3 * k + 2] = b;
      }
    }
    if (posAttr && colAttr) {
      posAttr.needsUpdate = true;
      colAttr.needsUpdate = true;
    } else {
      const index = new Uint32Array((nx - 1) * (nT - 1) * 6);
      let n = 0;
      for (let j = 0; j < nT - 1; j++) {
        for (let i = 0; i < nx - 1; i++) {
          const a = j * nx + i;
          const b = a + 1;
          const c = a + nx;
          const d = c + 1;
          index[n++] = a;
          index[n++] = c;
          index[n++] = b;
          index[n++] = b;
          index[n++] = c;
          index[n++] = d;
        }
      }
      geo.setAttribute('position', new BufferAttribute(pos, 3));
      geo.setAttribute('color', new BufferAttribute(col, 3));
      geo.setIndex(new BufferAttribute(index, 1));
    }
    geo.computeVertexNormals();
    geo.computeBoundingSphere();
    if (!this.surface) {
      this.surface = new Mesh(geo, this.surfaceMaterial);
      this.surface.name = 'surface';
      this.content.add(this.surface);
    } else if (this.surface.geometry !== geo) {
      this.surface.geometry.dispose();
      this.surface.geometry = geo;
    }
    this.surfaceKey = { x: Float64Array.from(data.x), T: Float64Array.from(data.T), log10p: Float64Array.from(data.log10p) };
  }

  private removeSurface(): void {
    if (!this.surface) return;
    this.surface.geometry.dispose();
    this.content.remove(this.surface);
    this.surface = null;
  }

  /** Rebuilds the axis-name sprites when the names change; true when they did. */
  private updateLabels(names: PctSurfaceData['axisNames']): boolean {
    const key = `${names.x}\u0000${names.y}\u0000${names.z}`;
    if (key === this.labelKey) return false;
    this.labelKey = key;
    this.clearLabels();
    const labels: [string, number, number, number][] = [
      [names.x, 0, -0.1, 1.18],
      [names.y, -0.95, HEIGHT + 0.1, 1.0],
      [names.z, 1.2, -0.1, 0],
    ];
    for (const [text, px, py, pz] of labels) {
      const s = labelSprite(text);
      s.position.set(px, py, pz);
      this.content.add(s);
      this.labels.push(s);
    }
    return true;
  }

  private clearLabels(): void {
    for (const s of this.labels) {
      s.material.map?.dispose();
      s.material.dispose();
      this.content.remove(s);
    }
    this.labels = [];
  }

  protected disposeContent(): void {
    this.clearLabels();
    this.removeSurface();
    this.surfaceMaterial.dispose();
    this.dome.dispose();
    this.isotherm.dispose();
    const old: Object3D[] = [...this.content.children];
    for (const child of old) {
      disposeTree(child);
      this.content.remove(child);
    }
  }
}

/** Creates the scene on a canvas (for dynamic import by the view). */
export function createPctSurfaceScene(canvas: SceneCanvasTarget): PctSurfaceScene {
  return new PctSurfaceScene(canvas);
}
