/**
 * Links through the real page: the address bar and the QR code carry the preset, the edits after
 * it (in display units) and presenter mode; the QR code decodes (jsQR) to exactly the link; a
 * parameter that cannot travel in a link (uploaded hydrogen data) is named beside Copy link.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import jsQR from 'jsqr';
import App from '../../../src/app/App.svelte';
import { solidificationEntry } from '../../../src/app/models/solidification/entry';
import { hydrogenEntry } from '../../../src/app/models/hydrogen/entry';
import { parseHash } from '../../../src/app/url';

afterEach(() => {
  history.replaceState(null, '', '#/');
  document.documentElement.classList.remove('presenter');
});

/** The text of the QR code drawn by `svg`, read back by jsQR from a 4 px-per-module raster. */
async function decodeQr(svg: SVGSVGElement): Promise<string | null> {
  const side = Number(svg.viewBox.baseVal.width) * 4;
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
  await img.decode();
  const canvas = new OffscreenCanvas(side, side);
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(img, 0, 0, side, side);
  return jsQR(ctx.getImageData(0, 0, side, side).data, side, side)?.data ?? null;
}

describe('links and QR code', () => {
  it('keeps preset, display-unit edits and presenter mode, and the QR code decodes to the link', async () => {
    history.replaceState(null, '', '#/solidification?preset=sige-eimr-7.7&R=10%20K%2Fmin&present=1');
    await render(App, { entries: [solidificationEntry] });
    await expect.element(page.getByRole('img', { name: /Phase diagram/ }), { timeout: 60_000 }).toBeInTheDocument();
    await expect.poll(() => parseHash(location.hash).query, { timeout: 10_000 }).toEqual({ preset: 'sige-eimr-7.7', R: '10 K/min', present: '1' });
    await page.getByRole('button', { name: 'QR code' }).click();
    const svg = page.getByRole('img', { name: 'Scan to open this view' });
    await expect.element(svg).toBeInTheDocument();
    const link = document.querySelector('.qr-dialog .link')!.textContent!;
    expect(link).toBe(location.href);
    const decoded = await decodeQr(svg.element() as unknown as SVGSVGElement);
    expect(decoded).toBe(link);
    // big enough to scan from the back of a room: most of the window's smaller side
    const box = svg.element().getBoundingClientRect();
    expect(box.width).toBeGreaterThanOrEqual(0.75 * Math.min(innerWidth, innerHeight));
  }, 120_000);

  it('names uploaded data beside Copy link', async () => {
    history.replaceState(null, '', '#/hydrogen');
    await render(App, { entries: [hydrogenEntry] });
    await expect.element(page.getByRole('img', { name: /PCT isotherms at/ }), { timeout: 60_000 }).toBeInTheDocument();
    expect(document.querySelector('[data-testid="not-in-link"]')).toBeNull();
    const field = document.querySelector<HTMLTextAreaElement>('textarea')!;
    field.value = 'T,p,H/M,dir\n298,1e5,0.5,des\n298,2e5,0.6,des';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.element(page.getByTestId('not-in-link'), { timeout: 10_000 }).toHaveTextContent('Not in the link: Measured data (CSV)');
    expect(parseHash(location.hash).query.data).toBeUndefined();
  }, 120_000);
});
