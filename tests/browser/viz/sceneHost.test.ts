/**
 * The page side of the 3D views in headless Chromium: the scene renders in a worker on the
 * canvas handed over to it, draws the same picture as the same scene rendered on the page, and
 * follows the orbit controls, which stay on the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hostScene, type SceneHost } from '../../../src/viz/scene/sceneHost';
import type { IngotData } from '../../../src/viz/scene/ingotScene';

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
