/**
 * 3D view of a directionally solidified ingot in its crucible: a translucent crucible, the
 * solid part coloured by its composition along the axis (a 1 × N DataTexture wrapped on the
 * cylinder side), the interface as a bright disc, the melt above it, and the constitutionally
 * supercooled zone as a translucent band ahead of the interface. Heights are scaled so the
 * crucible is always two scene units tall. Renders only when `update` or the camera changes.
 *
 * Where WebGL is rasterised on the CPU (`softwareWebGL`) a frame costs tens of milliseconds of
 * CPU time that the model's worker could use, so data updates are then
 * drawn at most `SOFTWARE_UPDATE_MS` apart (the latest state is always drawn, at the latest that
 * long after it arrived); camera moves still draw at once. The first frame draws every object,
 * so every shader program and pipeline state is compiled at creation, not later in the middle of
 * a run when the melt or the supercooled band first appears.
 */
import {
  CircleGeometry,
  CylinderGeometry,
  DataTexture,
  DoubleSide,
  LinearFilter,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  RGBAFormat,
  SRGBColorSpace,
  type Material,
} from 'three';
import { OrbitScene, softwareWebGL, type SceneCanvasTarget } from './orbitScene';
import { rampRgb } from '../plot/ramp';
import { interpolateLinear } from '../../core/interpolate';

/** What the ingot view shows (SI lengths). */
export interface IngotData {
  /** Crucible (initial melt) height, m. */
  meltLength: number;
  /** Positions along the ingot, m (increasing), and the solid composition there (mole fraction). */
  solidZ: ArrayLike<number>;
  solidX: ArrayLike<number>;
  /** Interface position from the bottom, m. */
  interfaceZ: number;
  /** Depth of the supercooled zone ahead of the interface, m (0 = none). */
  supercooledDepth: number;
  /** Composition range mapped onto the colour ramp. */
  xRange: [number, number];
}

const HEIGHT = 2;
const RADIUS = 0.5;
const TEXELS = 256;
const SEGMENTS = 64;
/** Least time between two data-driven frames on software WebGL, ms (≤ 2 updates per second). */
export const SOFTWARE_UPDATE_MS = 500;

/** Cylinder of unit height whose base sits at y = 0. */
function unitCylinder(radius: number, openEnded: boolean): CylinderGeometry {
  const g = new CylinderGeometry(radius, radius, 1, SEGMENTS, 1, openEnded);
  g.translate(0, 0.5, 0);
  return g;
}


/** The ingot-in-crucible scene. */
export class IngotScene extends OrbitScene {
  private readonly texels = new Uint8Array(4 * TEXELS);
  private readonly texture = new DataTexture(this.texels, 1, TEXELS, RGBAFormat);
  private readonly sideMaterial = new MeshStandardMaterial({ map: this.texture, roughness: 0.55, metalness: 0.05 });
  private readonly capMaterial = new MeshStandardMaterial({ color: 0x888888, roughness: 0.6 });
  private readonly solid = new Mesh(unitCylinder(RADIUS, false), [this.sideMaterial, this.capMaterial, this.capMaterial]);
  private readonly iface = new Mesh(new CylinderGeometry(RADIUS * 1.012, RADIUS * 1.012, 0.014, SEGMENTS), new MeshBasicMaterial({ color: 0xfff1b8 }));
  private readonly melt = new Mesh(
    unitCylinder(RADIUS * 0.995, false),
    new MeshStandardMaterial({ color: 0xe69f00, transparent: true, opacity: 0.3, depthWrite: false, roughness: 0.3 }),
  );
  private readonly band = new Mesh(
    unitCylinder(RADIUS * 1.035, true),
    new MeshBasicMaterial({ color: 0x56b4e9, transparent: true, opacity: 0.4, depthWrite: false, side: DoubleSide }),
  );
  private readonly crucible = new Mesh(
    new CylinderGeometry(RADIUS * 1.09, RADIUS * 1.09, HEIGHT * 1.04, SEGMENTS, 1, true),
    new MeshStandardMaterial({ color: 0xb8c2cc, transparent: true, opacity: 0.16, depthWrite: false, side: DoubleSide }),
  );
  private readonly floor = new Mesh(new CircleGeometry(RADIUS * 1.09, SEGMENTS), new MeshStandardMaterial({ color: 0x9aa4ae, side: DoubleSide }));
  /** Data updates are drawn at most every SOFTWARE_UPDATE_MS (0 = no limit). */
  private readonly updateGap = softwareWebGL() ? SOFTWARE_UPDATE_MS : 0;
  private lastFrame = -Infinity;
  private deferred: ReturnType<typeof setTimeout> | undefined;
  private warm = false;

  constructor(canvas: SceneCanvasTarget) {
    super(canvas);
    this.texture.colorSpace = SRGBColorSpace;
    this.texture.magFilter = LinearFilter;
    this.texture.minFilter = LinearFilter;
    this.solid.position.y = -HEIGHT / 2;
    this.melt.renderOrder = 2;
    this.band.renderOrder = 3;
    this.crucible.renderOrder = 4;
    this.floor.rotation.x = -Math.PI / 2;
    this.floor.position.y = -HEIGHT / 2 - 0.02;
    this.scene.add(this.floor, this.solid, this.iface, this.melt, this.band, this.crucible);
    this.setHome({ position: [2.1, 1.3, 2.8], target: [0, 0, 0] });
  }

  /** Shows a new growth state. */
  update(data: IngotData): void {
    const L = data.meltLength > 0 ? data.meltLength : 1;
    const s = Math.min(L, Math.max(0, data.interfaceZ));
    const hSolid = (s / L) * HEIGHT;
    const [lo, hi] = data.xRange;
    const span = hi > lo ? hi - lo : 1;
    const grown = data.solidZ.length > 0;
    const solidAt = (z: number) => (grown ? interpolateLinear(data.solidZ, data.solidX, z) : lo);
    for (let r = 0; r < TEXELS; r++) {
      const x = solidAt(((r + 0.5) / TEXELS) * s);
      const [cr, cg, cb] = rampRgb((x - lo) / span);
      this.texels[4 * r] = cr;
      this.texels[4 * r + 1] = cg;
      this.texels[4 * r + 2] = cb;
      this.texels[4 * r + 3] = 255;
    }
    this.texture.needsUpdate = true;
    const [tr, tg, tb] = rampRgb((solidAt(s) - lo) / span);
    this.capMaterial.color.setRGB(tr / 255, tg / 255, tb / 255, SRGBColorSpace);
    this.solid.visible = hSolid > 1e-4;
    this.solid.scale.y = Math.max(1e-4, hSolid);
    const yIface = -HEIGHT / 2 + hSolid;
    this.iface.position.y = yIface;
    this.melt.position.y = yIface;
    this.melt.scale.y = Math.max(1e-4, HEIGHT - hSolid);
    this.melt.visible = HEIGHT - hSolid > 1e-4;
    const depth = Math.min(Math.max(0, data.supercooledDepth), L - s);
    this.band.position.y = yIface;
    this.band.scale.y = Math.max(1e-4, (depth / L) * HEIGHT);
    this.band.visible = depth > 0;
    this.requestDataRender();
  }

  /** Requests a frame for new data: at once, or on software WebGL once the last frame is old enough. */
  private requestDataRender(): void {
    if (this.deferred !== undefined) return; // the pending deferred frame will show this state
    const wait = this.lastFrame + this.updateGap - performance.now();
    if (wait <= 0) {
      this.requestRender();
      return;
    }
    this.deferred = setTimeout(() => {
      this.deferred = undefined;
      this.requestRender();
    }, wait);
  }

  override render(): void {
    if (!this.warm) {
      // compile every program and pipeline state now: show everything once, then the real state
      this.warm = true;
      const meshes = [this.solid, this.iface, this.melt, this.band, this.crucible, this.floor];
      const shown = meshes.map((m) => m.visible);
      meshes.forEach((m) => (m.visible = true));
      super.render();
      meshes.forEach((m, i) => (m.visible = shown[i]));
    }
    super.render();
    this.lastFrame = performance.now();
  }

  protected disposeContent(): void {
    clearTimeout(this.deferred);
    this.texture.dispose();
    for (const mesh of [this.solid, this.iface, this.melt, this.band, this.crucible, this.floor]) {
      mesh.geometry.dispose();
      const m = mesh.material as Material | Material[];
      if (Array.isArray(m)) m.forEach((x) => x.dispose());
      else m.dispose();
    }
  }
}

/** Creates the scene (the entry point for a dynamic import). */
export function createIngotScene(canvas: SceneCanvasTarget): IngotScene {
  return new IngotScene(canvas);
}
