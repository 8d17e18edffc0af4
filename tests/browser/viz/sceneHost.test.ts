/**
 * The page side of the 3D views in headless Chromium: the scene renders in a worker on the
 * canvas handed over to it, draws the same picture as the same scene rendered on the page, and
 * follows the orbit controls, which stay on the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hostScene, type SceneHost } from '../../../src/viz/scene/sceneHost';
import type { IngotData } from '../../../src/viz/scene/ingotScene';
import { KEY_ORBIT_STEP, orbitAngles } from '../../../src/viz/scene/cameraRig';
import type { CameraView } from '../../../src/viz/scene/orbitScene';

const ingot: IngotData = { meltLength: 0.02, solidZ: [0, 0.005, 0.01], solidX: [0.1, 0.15, 0.2], interfaceZ: 0.01, supercooledDepth: 0.002, xRange: [0.1, 0.3] };
const hosts: SceneHost<'ingot'>[] = [];

afterEach(() => {
  hosts.splice(0).forEach((h) => h.dispose());
  document.body.replaceChildren();
});

async function ingotHost(offThread?: boolean): Promise<{ host: SceneHost<'ingot'>; canvas: HTMLCanvasElement }> {
  const canvas = document.createElement('canvas');
  canvas.style.width = '200px';
  canvas.style.height = '150px';
  canvas.tabIndex = 0;
  document.body.append(canvas);
  const host = await hostScene(canvas, 'ingot', offThread === undefined ? {} : { offThread });
  hosts.push(host);
  host.resize(200, 150);
  host.update(ingot);
  return { host, canvas };
}

async function pixels(host: SceneHost<'ingot'>): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(await host.snapshot());
  const c = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = c.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

const painted = (px: Uint8ClampedArray) => {
  let n = 0;
  for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
  return n;
};

/** Fraction of pixels whose colour differs by more than `tol` in any channel. */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray, tol = 8): number {
  expect(a.length).toBe(b.length);
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]), Math.abs(a[i + 3] - b[i + 3])) > tol) n++;
  return n / (a.length / 4);
}

describe('hostScene', () => {
  it('renders in a worker the same picture as on the page', async () => {
    const worker = await ingotHost();
    const onPage = await ingotHost(false);
    expect(worker.host.offThread).toBe(true);
    expect(onPage.host.offThread).toBe(false);
    await expect.poll(async () => painted(await pixels(worker.host)), { timeout: 10_000 }).toBeGreaterThan(3000);
    await expect.poll(async () => painted(await pixels(onPage.host)), { timeout: 10_000 }).toBeGreaterThan(3000);
    // ingot data redraws may be throttled: compare once both show the same state
    await expect.poll(async () => differing(await pixels(worker.host), await pixels(onPage.host)), { timeout: 10_000 }).toBeLessThan(0.01);
  });

  it('turns the camera with the arrow keys on the page canvas', async () => {
    const { host, canvas } = await ingotHost();
    await expect.poll(async () => painted(await pixels(host)), { timeout: 10_000 }).toBeGreaterThan(3000);
    const before = await pixels(host);
    for (let i = 0; i < 6; i++) canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', code: 'ArrowLeft', bubbles: true }));
    await expect.poll(async () => differing(await pixels(host), before), { timeout: 10_000 }).toBeGreaterThan(0.02);
  });
});

const key = (canvas: HTMLCanvasElement, k: string) => canvas.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
const wheel = (canvas: HTMLCanvasElement, deltaY: number) => canvas.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, bubbles: true, cancelable: true }));
const dist = (a: CameraView['target'], b: CameraView['target']) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
/** Signed angle a − b wrapped into (−π, π]. */
const turn = (a: number, b: number) => Math.atan2(Math.sin(a - b), Math.cos(a - b));

describe('camera controls', () => {
  it('arrow keys orbit about the target (azimuth and polar angle change, target and distance do not)', async () => {
    const { host, canvas } = await ingotHost();
    const home = host.view();
    const a0 = orbitAngles(home);
    for (let i = 0; i < 3; i++) key(canvas, 'ArrowLeft');
    const left = orbitAngles(host.view());
    console.log(`azimuth turn after 3 × ArrowLeft: expected ${(-3 * KEY_ORBIT_STEP).toFixed(4)} rad, got ${turn(left.azimuth, a0.azimuth).toFixed(4)}, tol 1e-6`);
    expect(Math.abs(turn(left.azimuth, a0.azimuth))).toBeCloseTo(3 * KEY_ORBIT_STEP, 6);
    expect(dist(host.view().target, home.target)).toBeLessThan(1e-9);
    expect(left.distance).toBeCloseTo(a0.distance, 9);
    key(canvas, 'ArrowUp');
    const up = orbitAngles(host.view());
    expect(Math.abs(up.polar - a0.polar)).toBeCloseTo(KEY_ORBIT_STEP, 6);
    expect(dist(host.view().target, home.target)).toBeLessThan(1e-9);
    key(canvas, 'ArrowRight');
    key(canvas, 'ArrowRight');
    key(canvas, 'ArrowRight');
    key(canvas, 'ArrowDown');
    const back = orbitAngles(host.view());
    expect(Math.abs(turn(back.azimuth, a0.azimuth))).toBeLessThan(1e-9);
    expect(Math.abs(back.polar - a0.polar)).toBeLessThan(1e-9);
  });

  it('+ and - zoom in and out towards the target', async () => {
    const { host, canvas } = await ingotHost();
    const d0 = orbitAngles(host.view()).distance;
    key(canvas, '+');
    const closer = orbitAngles(host.view()).distance;
    expect(closer).toBeLessThan(d0 * 0.95);
    key(canvas, '-');
    key(canvas, '-');
    expect(orbitAngles(host.view()).distance).toBeGreaterThan(d0 * 1.05);
  });

  it('the wheel zooms only while the view has focus', async () => {
    const { host, canvas } = await ingotHost();
    const d0 = orbitAngles(host.view()).distance;
    canvas.blur();
    const scrollable = new WheelEvent('wheel', { deltaY: -200, bubbles: true, cancelable: true });
    canvas.dispatchEvent(scrollable);
    expect(scrollable.defaultPrevented).toBe(false);
    expect(orbitAngles(host.view()).distance).toBe(d0);
    canvas.focus();
    expect(document.activeElement).toBe(canvas);
    wheel(canvas, -200);
    expect(orbitAngles(host.view()).distance).toBeLessThan(d0 * 0.99);
  });

  it('resetView returns the camera to its starting pose', async () => {
    const { host, canvas } = await ingotHost();
    const home = host.view();
    key(canvas, 'ArrowLeft');
    key(canvas, 'ArrowUp');
    key(canvas, '+');
    expect(dist(host.view().position, home.position)).toBeGreaterThan(0.01);
    host.resetView();
    expect(dist(host.view().position, home.position)).toBeLessThan(1e-9);
    expect(dist(host.view().target, home.target)).toBeLessThan(1e-9);
  });

  it('lets one finger scroll the page (touch-action: pan-y)', async () => {
    const { canvas } = await ingotHost();
    expect(getComputedStyle(canvas).touchAction).toBe('pan-y');
  });
});
