/**
 * The 3D view of an ion-hopping supercell: framework sites as one point cloud, empty sites
 * (vacancies) optionally highlighted as a second point cloud, blocked sites as small instanced
 * cubes, mobile ions as instanced spheres, the unwrapped paths of a few tagged ions as lines, and
 * the supercell edges. Positions arrive in metres and are mapped into a box about 2 units wide
 * centred on the origin. New ion positions are animated by interpolating the instances over
 * `ANIMATION_MS` (unless animation is off, e.g. for prefers-reduced-motion); an ion whose
 * displacement crosses the periodic boundary jumps instead of sliding across the box.
 */
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  Color,
  DynamicDrawUsage,
  IcosahedronGeometry,
  InstancedMesh,
  Line,
  LineBasicMaterial,
  LineSegments,
  MeshStandardMaterial,
  Points,
  PointsMaterial,
  type Object3D,
} from 'three';
import { OrbitScene, disposeTree } from './orbitScene';
import { LATTICE_COLORS } from './latticeColors';

/** Duration of one interpolated move between two ion snapshots, ms. */
export const ANIMATION_MS = 200;
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
  private ions: InstancedMesh | null = null;
  private trailLines: Line[] = [];
  private ionSites: ArrayLike<number> | null = null;
  private trails: Trails | null = null;
  private from = new Float32Array(0);
  private to = new Float32Array(0);
  private current = new Float32Array(0);
  private animStart = 0;
  private animFrame = 0;
  private ionColor = '#0072b2';
  private trailColors: readonly string[] = [];
  private showVacancies = false;
  private showTrails = true;

  /** Number of ions in the last update and how many of them are drawn. */
  get ionCount(): { total: number; drawn: number } {
    const total = this.ionSites?.length ?? 0;
    return { total, drawn: Math.min(total, MAX_DRAWN_IONS) };
  }

  /** True while an ion move is being interpolated. */
  get animating(): boolean {
    return this.animFrame !== 0;
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
      this.setGeometry(data.geometry);
      rebuilt = true;
    }
    if (data.ionSites !== this.ionSites || rebuilt) this.setIons(data.ionSites, data.animate && !rebuilt);
    else if (colorsChanged) this.colourIons();
    if (data.trails !== this.trails || rebuilt || colorsChanged) this.setTrails(data.trails);
    for (const line of this.trailLines) line.visible = this.showTrails;
    this.updateVacancies();
    this.requestRender();
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

    if (g.dim === 2) this.camera.position.set(0, -0.9, 3.6);
    else this.camera.position.set(3, 2.2, 3.2);
    this.controls.target.set(0, 0, 0);
    this.controls.update();
  }

  private setIons(sites: ArrayLike<number> | null, animate: boolean): void {
    this.ionSites = sites;
    const g = this.geometry;
    const n = sites && g ? Math.min(sites.length, MAX_DRAWN_IONS) : 0;
    if (!this.ions || this.ions.count !== n || this.from.length !== n * 3) {
      this.stopAnimation();
      this.remove(this.ions);
      this.ions = null;
      this.from = new Float32Array(n * 3);
      this.to = new Float32Array(n * 3);
      this.current = new Float32Array(n * 3);
      animate = false;
      if (n > 0 && g) {
        const r = g.hop * this.scale * 0.3;
        this.ions = new InstancedMesh(new IcosahedronGeometry(r, 1), new MeshStandardMaterial({ color: '#ffffff', roughness: 0.45 }), n);
        this.ions.instanceMatrix.setUsage(DynamicDrawUsage);
        this.ions.frustumCulled = false;
        this.scene.add(this.ions);
      }
    }
    if (!this.ions || !sites) return;
    const nSites = this.sites.length / 3;
    for (let i = 0; i < n; i++) {
      const s = sites[i];
      if (!(s >= 0 && s < nSites)) continue;
      for (let q = 0; q < 3; q++) this.to[i * 3 + q] = this.sites[s * 3 + q];
    }
    this.colourIons();
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
      if (!this.animFrame) this.animFrame = requestAnimationFrame(this.tick);
    } else {
      this.stopAnimation();
      this.current.set(this.to);
      this.writeInstances();
    }
  }

  private readonly tick = (): void => {
    const f = Math.min(1, (performance.now() - this.animStart) / ANIMATION_MS);
    const e = f * f * (3 - 2 * f);
    const c = this.current;
    for (let k = 0; k < c.length; k++) c[k] = this.from[k] + (this.to[k] - this.from[k]) * e;
    this.writeInstances();
    this.render();
    this.animFrame = f < 1 ? requestAnimationFrame(this.tick) : 0;
  };

  private stopAnimation(): void {
    if (this.animFrame) cancelAnimationFrame(this.animFrame);
    this.animFrame = 0;
  }

  private writeInstances(): void {
    if (!this.ions) return;
    const m = this.ions.instanceMatrix.array as Float32Array;
    const c = this.current;
    for (let i = 0; i < this.ions.count; i++) identityAt(m, i, c[i * 3], c[i * 3 + 1], c[i * 3 + 2]);
    this.ions.instanceMatrix.needsUpdate = true;
  }

  private colourIons(): void {
    if (!this.ions) return;
    const base = new Color(this.ionColor);
    const tagged = this.showTrails ? Math.min(this.trailColors.length, this.trails?.ions ?? 0) : 0;
    const col = new Color();
    for (let i = 0; i < this.ions.count; i++) this.ions.setColorAt(i, i < tagged ? col.set(this.trailColors[i]) : base);
    if (this.ions.instanceColor) this.ions.instanceColor.needsUpdate = true;
  }

  private setTrails(trails: Trails | null): void {
    this.trails = trails;
    for (const l of this.trailLines) this.remove(l);
    this.trailLines = [];
    if (trails && this.geometry) {
      for (let i = 0; i < trails.ions; i++) {
        const pts = new Float32Array(trails.snapshots * 3);
        for (let j = 0; j < trails.snapshots; j++)
          for (let q = 0; q < 3; q++) pts[j * 3 + q] = (trails.xyz[(i * trails.snapshots + j) * 3 + q] - this.centre[q]) * this.scale;
        const geom = new BufferGeometry();
        geom.setAttribute('position', new BufferAttribute(pts, 3));
        const line = new Line(geom, new LineBasicMaterial({ color: this.trailColors[i % Math.max(1, this.trailColors.length)] ?? '#ffffff' }));
        line.visible = this.showTrails;
        this.trailLines.push(line);
        this.scene.add(line);
      }
    }
    this.colourIons();
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

/** Writes an identity matrix with translation (x, y, z) at instance i of a 4×4 matrix array. */
function identityAt(m: Float32Array, i: number, x: number, y: number, z: number): void {
  const o = i * 16;
  m.fill(0, o, o + 16);
  m[o] = m[o + 5] = m[o + 10] = m[o + 15] = 1;
  m[o + 12] = x;
  m[o + 13] = y;
  m[o + 14] = z;
}

/** Creates a lattice scene on `canvas`. */
export function createLatticeScene(canvas: HTMLCanvasElement): LatticeScene {
  return new LatticeScene(canvas);
}
