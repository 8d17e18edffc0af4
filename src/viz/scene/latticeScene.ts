/**
 * The 3D view of an ion-hopping supercell: framework sites as one point cloud, empty sites
 * (vacancies) optionally highlighted as a second point cloud, blocked sites as small instanced
 * cubes, mobile ions as lit sphere impostors (one point sprite per ion, shaded in the fragment
 * shader), the unwrapped paths of a few tagged ions as lines, and the supercell edges. Positions
 * arrive in metres and are mapped into a box about 2 units wide centred on the origin. New ion
 * positions are animated by interpolating them over `ANIMATION_MS` (unless animation is off, e.g.
 * for prefers-reduced-motion); an ion whose displacement crosses the periodic boundary jumps
 * instead of sliding across the box.
 *
 * Cost per frame matters: without a GPU (software WebGL) every vertex is shaded on the CPU, time
 * the model's worker could use. Ions are therefore one vertex each (a mesh
 * sphere per ion cost ~240 vertices and hundreds of ms per frame for a few thousand ions), the
 * objects, buffers and shader programs are made once and updated in place (only ion positions are
 * re-uploaded while a run streams), and at most one render happens per animation frame.
 */
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  DynamicDrawUsage,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineSegments,
  MeshStandardMaterial,
  Points,
  PointsMaterial,
  ShaderMaterial,
  Vector3,
  type Object3D,
} from 'three';
import { OrbitScene, disposeTree, softwareWebGL, type SceneCanvasTarget } from './orbitScene';
import { LATTICE_COLORS, OKABE_ITO, SCENE_COLORS } from '../colors';

/** Duration of one interpolated move between two ion snapshots, ms. */
export const ANIMATION_MS = 200;
/** Shortest interval between the frames of an ion move where WebGL runs on the CPU, ms. */
const SOFTWARE_MOVE_FRAME_MS = 100;
/** Most ions drawn (the rest are counted but not shown). */
export const MAX_DRAWN_IONS = 100_000;
/** Most blocked sites drawn. */
export const MAX_DRAWN_BLOCKED = 50_000;

/** The fixed part of a supercell (changes only with the lattice). */
export interface LatticeGeometry {
  /** Site positions, 3 per site, m. */
  siteXYZ: ArrayLike<number>;
  /** Supercell vectors, 3 rows of xyz, m. */
  supercell: ArrayLike<number>;
  /** Indices of blocked sites. */
  blockedSites: ArrayLike<number>;
  /** 2 or 3. */
  dim: number;
  /** Hop distance, m (sets the sphere and point sizes). */
  hop: number;
}

/** Unwrapped paths of tagged ions: [ion][snapshot][xyz] in m. */
export interface Trails {
  xyz: ArrayLike<number>;
  ions: number;
  snapshots: number;
}

/** Everything the lattice scene shows. */
export interface LatticeSceneData {
  geometry: LatticeGeometry | null;
  /** Site index of each ion. */
  ionSites: ArrayLike<number> | null;
  trails: Trails | null;
  /** CSS colour of the ions. */
  ionColor: string;
  /** CSS colours of the tagged ions and their trails. */
  trailColors: readonly string[];
  showVacancies: boolean;
  showTrails: boolean;
  /** Interpolate ion moves (false for prefers-reduced-motion). */
  animate: boolean;
  /** CSS background colour, or null for transparent. */
  background: string | null;
}

const { site: SITE_COLOR, vacancy: VACANCY_COLOR, blocked: BLOCKED_COLOR, box: BOX_COLOR } = LATTICE_COLORS;

/** A supercell with hopping ions. */
export class LatticeScene extends OrbitScene {
  private geometry: LatticeGeometry | null = null;
  /** Normalised site positions, 3 per site. */
  private sites = new Float32Array(0);
  private centre: [number, number, number] = [0, 0, 0];
  private scale = 1;
  private boxSize = 2;
  private sitePoints: Points | null = null;
  private vacancyPoints: Points | null = null;
  private blocked: InstancedMesh | null = null;
  private box: LineSegments | null = null;
  private ions: Points<BufferGeometry, ShaderMaterial> | null = null;
  /** Half the drawing-buffer height, device px (scales the ion sprites). */
  private halfHeight = 75;
  private trailLines: Line[] = [];
  private ionSites: ArrayLike<number> | null = null;
  private trails: Trails | null = null;
  private from = new Float32Array(0);
  private to = new Float32Array(0);
  private current = new Float32Array(0);
  private animStart = 0;
  private moving = false;
  /** Ion colours need rewriting (colour, count or tagged ions changed). */
  private colorsStale = true;
  private ionColor: string = OKABE_ITO.blue;
  private trailColors: readonly string[] = [];
  private showVacancies = false;
  private showTrails = true;

  /** Shortest interval between the frames of an ion move, ms (longer without a GPU). */
  private readonly moveFrameMs: number;
  private lastMoveFrame = 0;

  constructor(canvas: SceneCanvasTarget) {
    // Multisampling a CPU-rasterised canvas roughly doubles the cost of every frame, and each
    // frame there takes CPU from the model's worker: moves are drawn at about 30 fps instead.
    const software = softwareWebGL();
    super(canvas, { antialias: !software });
    this.moveFrameMs = software ? SOFTWARE_MOVE_FRAME_MS : 0;
  }

  /** Number of ions in the last update and how many of them are drawn. */
  get ionCount(): { total: number; drawn: number } {
    const total = this.ionSites?.length ?? 0;
    return { total, drawn: Math.min(total, MAX_DRAWN_IONS) };
  }

  /** True while an ion move is being interpolated. */
  get animating(): boolean {
    return this.moving;
  }

  /** Applies new data: rebuilds what changed, animates the ions if asked. */
  update(data: LatticeSceneData): void {
    this.setBackground(data.background);
    const colorsChanged = data.ionColor !== this.ionColor || data.trailColors.join() !== this.trailColors.join() || data.showTrails !== this.showTrails;
    this.ionColor = data.ionColor;
    this.trailColors = data.trailColors;
    this.showTrails = data.showTrails;
    this.showVacancies = data.showVacancies;
    let rebuilt = false;
    if (data.geometry !== this.geometry) {
      // A new object with the same lattice (a new run of the same supercell) keeps the scene:
      // rebuilding would free and recompile shader programs, a long stall without a GPU.
      if (sameGeometry(data.geometry, this.geometry)) this.geometry = data.geometry;
      else {
        this.setGeometry(data.geometry);
        rebuilt = true;
      }
    }
    if (colorsChanged) this.colorsStale = true;
    if (data.trails !== this.trails || rebuilt || colorsChanged) this.setTrails(data.trails);
    if (data.ionSites !== this.ionSites || rebuilt) this.setIons(data.ionSites, data.animate && !rebuilt);
    this.colourIons();
    const tagged = this.trails && this.geometry && this.showTrails ? this.trails.ions : 0;
    this.trailLines.forEach((line, i) => (line.visible = i < tagged));
    this.updateVacancies();
    this.requestRender();
  }

  /** Keeps the ion sprites' size in step with the drawing buffer. */
  override resize(width: number, height: number, pixelRatio = 1): void {
    super.resize(width, height, pixelRatio);
    if (width > 0 && height > 0) this.halfHeight = (height * this.renderer.getPixelRatio()) / 2;
    if (this.ions) this.ions.material.uniforms.halfHeight.value = this.halfHeight;
  }

  /** Renders now, advancing an ion move in progress (one render per animation frame at most). */
  override render(): void {
    if (this.moving) {
      const now = performance.now();
      if (now - this.lastMoveFrame < this.moveFrameMs && now - this.animStart < ANIMATION_MS) {
        this.requestRender();
        return;
      }
      this.lastMoveFrame = now;
      const f = Math.min(1, (now - this.animStart) / ANIMATION_MS);
      const e = f * f * (3 - 2 * f);
      const c = this.current;
      for (let k = 0; k < c.length; k++) c[k] = this.from[k] + (this.to[k] - this.from[k]) * e;
      this.writePositions();
      if (f >= 1) this.moving = false;
    }
    super.render();
    if (this.moving) this.requestRender();
  }

  private remove(obj: Object3D | null): void {
    if (!obj) return;
    this.scene.remove(obj);
    disposeTree(obj);
  }

  private setGeometry(g: LatticeGeometry | null): void {
    this.geometry = g;
    this.remove(this.sitePoints);
    this.remove(this.vacancyPoints);
    this.remove(this.blocked);
    this.remove(this.box);
    this.sitePoints = this.vacancyPoints = this.blocked = this.box = null;
    if (!g) return;
    const v = g.supercell;
    const rows = [0, 1, 2].map((r) => [v[r * 3], v[r * 3 + 1], v[r * 3 + 2]]);
    const span = [0, 1, 2].map((q) => rows.slice(0, g.dim).reduce((s, row) => s + row[q], 0));
    this.centre = [span[0] / 2, span[1] / 2, span[2] / 2];
    const extent = Math.max(...rows.slice(0, g.dim).map((row) => Math.hypot(row[0], row[1], row[2])));
    this.scale = 2 / extent;
    this.boxSize = 2;
    const n = Math.floor(g.siteXYZ.length / 3);
    this.sites = new Float32Array(n * 3);
    for (let s = 0; s < n; s++) for (let q = 0; q < 3; q++) this.sites[s * 3 + q] = (g.siteXYZ[s * 3 + q] - this.centre[q]) * this.scale;
    const hop = g.hop * this.scale;

    const siteGeom = new BufferGeometry();
    siteGeom.setAttribute('position', new BufferAttribute(this.sites, 3));
    this.sitePoints = new Points(siteGeom, new PointsMaterial({ color: SITE_COLOR, size: hop * 0.28, sizeAttenuation: true, transparent: true, opacity: 0.75 }));
    this.scene.add(this.sitePoints);

    const vacGeom = new BufferGeometry();
    vacGeom.setAttribute('position', new BufferAttribute(new Float32Array(n * 3), 3).setUsage(DynamicDrawUsage));
    vacGeom.setDrawRange(0, 0);
    this.vacancyPoints = new Points(vacGeom, new PointsMaterial({ color: VACANCY_COLOR, size: hop * 0.55, sizeAttenuation: true }));
    this.scene.add(this.vacancyPoints);

    const nBlocked = Math.min(g.blockedSites.length, MAX_DRAWN_BLOCKED);
    if (nBlocked > 0) {
      const side = hop * 0.42;
      this.blocked = new InstancedMesh(new BoxGeometry(side, side, side), new MeshStandardMaterial({ color: BLOCKED_COLOR, roughness: 0.9 }), nBlocked);
      const m = this.blocked.instanceMatrix.array as Float32Array;
      for (let i = 0; i < nBlocked; i++) {
        const s = g.blockedSites[i];
        identityAt(m, i, this.sites[s * 3], this.sites[s * 3 + 1], this.sites[s * 3 + 2]);
      }
      this.blocked.instanceMatrix.needsUpdate = true;
      this.scene.add(this.blocked);
    }

    const corners: number[][] = [];
    const d3 = g.dim === 3;
    for (let i = 0; i < (d3 ? 8 : 4); i++) {
      const c = [0, 0, 0];
      for (let r = 0; r < (d3 ? 3 : 2); r++) if (i & (1 << r)) for (let q = 0; q < 3; q++) c[q] += rows[r][q];
      corners.push(c.map((x, q) => (x - this.centre[q]) * this.scale));
    }
    const edges: number[] = [];
    for (let i = 0; i < corners.length; i++)
      for (let r = 0; r < (d3 ? 3 : 2); r++) {
        const j = i | (1 << r);
        if (j !== i) edges.push(...corners[i], ...corners[j]);
      }
    const boxGeom = new BufferGeometry();
    boxGeom.setAttribute('position', new BufferAttribute(new Float32Array(edges), 3));
    this.box = new LineSegments(boxGeom, new LineBasicMaterial({ color: BOX_COLOR, transparent: true, opacity: 0.6 }));
    this.scene.add(this.box);

    this.setHome({ position: g.dim === 2 ? [0, -0.9, 3.6] : [3, 2.2, 3.2], target: [0, 0, 0] });
  }

  private setIons(sites: ArrayLike<number> | null, animate: boolean): void {
    this.ionSites = sites;
    const g = this.geometry;
    const n = sites && g ? Math.min(sites.length, MAX_DRAWN_IONS) : 0;
    if (!this.ions || this.from.length !== n * 3) {
      this.stopAnimation();
      this.remove(this.ions);
      this.ions = null;
      this.from = new Float32Array(n * 3);
      this.to = new Float32Array(n * 3);
      this.current = new Float32Array(n * 3);
      animate = false;
      if (n > 0 && g) {
        const geom = new BufferGeometry();
        geom.setAttribute('position', new BufferAttribute(this.current, 3).setUsage(DynamicDrawUsage));
        geom.setAttribute('ionColor', new BufferAttribute(new Float32Array(n * 3), 3));
        this.ions = new Points(geom, ionMaterial(g.hop * this.scale * 0.3, this.halfHeight));
        this.ions.frustumCulled = false;
        this.colorsStale = true;
        this.scene.add(this.ions);
      }
    }
    if (!this.ions || !sites || !g) return;
    this.ions.material.uniforms.radius.value = g.hop * this.scale * 0.3;
    const nSites = this.sites.length / 3;
    for (let i = 0; i < n; i++) {
      const s = sites[i];
      if (!(s >= 0 && s < nSites)) continue;
      for (let q = 0; q < 3; q++) this.to[i * 3 + q] = this.sites[s * 3 + q];
    }
    if (animate) {
      this.from.set(this.current);
      // An ion that wrapped through the periodic boundary jumps instead of crossing the box.
      const jump = this.boxSize / 4;
      for (let i = 0; i < n; i++) {
        const k = i * 3;
        if (Math.abs(this.to[k] - this.from[k]) > jump || Math.abs(this.to[k + 1] - this.from[k + 1]) > jump || Math.abs(this.to[k + 2] - this.from[k + 2]) > jump) {
          this.from[k] = this.to[k];
          this.from[k + 1] = this.to[k + 1];
          this.from[k + 2] = this.to[k + 2];
        }
      }
      this.animStart = performance.now();
      this.moving = true;
    } else {
      this.stopAnimation();
      this.current.set(this.to);
      this.writePositions();
    }
  }

  private stopAnimation(): void {
    this.moving = false;
  }

  /** Marks the ion positions (`current`, the position attribute's array) for upload. */
  private writePositions(): void {
    if (!this.ions) return;
    this.ions.geometry.getAttribute('position').needsUpdate = true;
  }

  /** Rewrites the ion colours when they are stale (tagged ions take their trail's colour). */
  private colourIons(): void {
    if (!this.ions || !this.colorsStale) return;
    this.colorsStale = false;
    const attr = this.ions.geometry.getAttribute('ionColor') as BufferAttribute;
    const base = new Color(this.ionColor);
    const tagged = this.showTrails ? Math.min(this.trailColors.length, this.trails?.ions ?? 0) : 0;
    const col = new Color();
    for (let i = 0; i < attr.count; i++) {
      const c = i < tagged ? col.set(this.trailColors[i]) : base;
      attr.setXYZ(i, c.r, c.g, c.b);
    }
    attr.needsUpdate = true;
  }

  /**
   * Shows new trails. The lines are kept (hidden) while there are none, and reused when the next
   * trails have the same shape, so a run's start and end neither free nor recompile anything.
   */
  private setTrails(trails: Trails | null): void {
    this.trails = trails;
    this.colorsStale = true;
    if (!trails || !this.geometry) return;
    const reuse = this.trailLines.length === trails.ions && this.trailLines.every((l) => l.geometry.getAttribute('position').count === trails.snapshots);
    if (!reuse) {
      for (const l of this.trailLines) this.remove(l);
      this.trailLines = [];
    }
    for (let i = 0; i < trails.ions; i++) {
      const color = this.trailColors[i % Math.max(1, this.trailColors.length)] ?? SCENE_COLORS.trail;
      let line = this.trailLines[i];
      if (!line) {
        const geom = new BufferGeometry();
        geom.setAttribute('position', new BufferAttribute(new Float32Array(trails.snapshots * 3), 3));
        line = new Line(geom, new LineBasicMaterial({ color }));
        this.trailLines.push(line);
        this.scene.add(line);
      }
      (line.material as LineBasicMaterial).color.set(color);
      const attr = line.geometry.getAttribute('position') as BufferAttribute;
      const pts = attr.array as Float32Array;
      for (let j = 0; j < trails.snapshots; j++)
        for (let q = 0; q < 3; q++) pts[j * 3 + q] = (trails.xyz[(i * trails.snapshots + j) * 3 + q] - this.centre[q]) * this.scale;
      attr.needsUpdate = true;
      line.geometry.computeBoundingSphere();
    }
  }

  /** Highlights the open sites that hold no ion (when vacancies are shown). */
  private updateVacancies(): void {
    const pts = this.vacancyPoints;
    if (!pts) return;
    pts.visible = this.showVacancies;
    if (!this.showVacancies || !this.geometry) return;
    const nSites = this.sites.length / 3;
    const taken = new Uint8Array(nSites);
    const b = this.geometry.blockedSites;
    for (let i = 0; i < b.length; i++) taken[b[i]] = 1;
    const ions = this.ionSites;
    if (ions) for (let i = 0; i < ions.length; i++) if (ions[i] >= 0 && ions[i] < nSites) taken[ions[i]] = 1;
    const attr = pts.geometry.getAttribute('position') as BufferAttribute;
    const arr = attr.array as Float32Array;
    let k = 0;
    for (let s = 0; s < nSites; s++) {
      if (taken[s]) continue;
      arr[k * 3] = this.sites[s * 3];
      arr[k * 3 + 1] = this.sites[s * 3 + 1];
      arr[k * 3 + 2] = this.sites[s * 3 + 2];
      k++;
    }
    pts.geometry.setDrawRange(0, k);
    attr.needsUpdate = true;
  }

  protected disposeContent(): void {
    this.stopAnimation();
  }
}

/** The two lattices are drawn alike (same sites, supercell, blocked sites, dimension and hop). */
function sameGeometry(a: LatticeGeometry | null, b: LatticeGeometry | null): boolean {
  if (!a || !b) return a === b;
  return a.dim === b.dim && a.hop === b.hop && sameValues(a.siteXYZ, b.siteXYZ) && sameValues(a.supercell, b.supercell) && sameValues(a.blockedSites, b.blockedSites);
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Writes an identity matrix with translation (x, y, z) at instance i of a 4×4 matrix array. */
function identityAt(m: Float32Array, i: number, x: number, y: number, z: number): void {
  const o = i * 16;
  m.fill(0, o, o + 16);
  m[o] = m[o + 5] = m[o + 10] = m[o + 15] = 1;
  m[o + 12] = x;
  m[o + 13] = y;
  m[o + 14] = z;
}

/** Direction towards the scene's directional light (as set in OrbitScene), world space. */
const SUN = new Vector3(3, 5, 4).normalize();

/**
 * Ion sprites shaded as spheres of radius `radius` (scene units) lit like the meshes around them
 * (ambient plus the sun, diffuse with a soft highlight); colour per ion from `ionColor` (linear).
 */
function ionMaterial(radius: number, halfHeight: number): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { radius: { value: radius }, halfHeight: { value: halfHeight }, sun: { value: SUN } },
    vertexShader: /* glsl */ `
      uniform float radius;
      uniform float halfHeight;
      uniform vec3 sun;
      attribute vec3 ionColor;
      varying vec3 vColor;
      varying vec3 vSun;
      void main() {
        vec4 mv = modelViewMatrix * vec4(position, 1.0);
        gl_Position = projectionMatrix * mv;
        gl_PointSize = max(1.0, 2.0 * radius * projectionMatrix[1][1] * halfHeight / max(-mv.z, 1e-4));
        vColor = ionColor;
        vSun = normalize((viewMatrix * vec4(sun, 0.0)).xyz);
      }`,
    fragmentShader: /* glsl */ `
      varying vec3 vColor;
      varying vec3 vSun;
      void main() {
        vec2 p = gl_PointCoord * 2.0 - 1.0;
        p.y = -p.y;
        float r2 = dot(p, p);
        if (r2 > 1.0) discard;
        vec3 n = vec3(p, sqrt(1.0 - r2));
        float diffuse = max(dot(n, vSun), 0.0);
        float h = max(dot(n, normalize(vSun + vec3(0.0, 0.0, 1.0))), 0.0);
        h *= h;
        h *= h;
        h *= h;
        float highlight = h * h * h; // (n·h)^24
        vec3 c = vColor * (0.38 + 0.57 * diffuse) + vec3(0.12 * highlight);
        gl_FragColor = vec4(c, 1.0);
        #include <colorspace_fragment>
      }`,
  });
}

/** Creates a lattice scene on `canvas`. */
export function createLatticeScene(canvas: SceneCanvasTarget): LatticeScene {
  return new LatticeScene(canvas);
}
