/**
 * Reads the picture of a 3D view the way a user gets it: clicks the view's PNG export button
 * (the scene renders in a worker, so the page cannot read the canvas itself), catches the
 * exported blob and decodes it to RGBA pixels.
 */
import { exportedBlob } from './exportedFile';

/** RGBA pixels of the PNG exported by the button labelled `button` (e.g. /Save “3D …” as PNG/). */
export async function exportedScenePixels(button: HTMLButtonElement): Promise<Uint8ClampedArray> {
  const blob = await exportedBlob(button);
  const bitmap = await createImageBitmap(blob);
  const copy = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/** Number of pixels for which `lit(r, g, b, a)` holds. */
export function countPixels(px: Uint8ClampedArray, lit: (r: number, g: number, b: number, a: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < px.length; i += 4) if (lit(px[i], px[i + 1], px[i + 2], px[i + 3])) n++;
  return n;
}

/** A clearly coloured pixel (not white, grey or near-black ink): channels differ by more than 40. */
export function coloured(r: number, g: number, b: number, a: number): boolean {
  return a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40;
}
