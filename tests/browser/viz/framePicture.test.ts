/**
 * A 3D view's PNG export as a figure: a transparent picture comes out on an opaque white
 * background with its title above (dark ink) and the footer below, the picture itself unchanged
 * in between, whatever the page theme.
 */
import { describe, expect, it } from 'vitest';
import { framePicture } from '../../../src/viz/plot/exportImage';

async function rgba(png: Blob): Promise<{ width: number; height: number; at: (x: number, y: number) => number[] }> {
  const bmp = await createImageBitmap(png);
  const c = new OffscreenCanvas(bmp.width, bmp.height);
  const ctx = c.getContext('2d')!;
  ctx.drawImage(bmp, 0, 0);
  const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
  return { width: bmp.width, height: bmp.height, at: (x, y) => [...d.slice(4 * (y * bmp.width + x), 4 * (y * bmp.width + x) + 4)] };
}

describe('framePicture', () => {
  it('puts a transparent scene on opaque white with a dark title and the footer, even in the dark theme', async () => {
    document.documentElement.dataset.theme = 'dark';
    try {
      // a transparent 400×200 "scene" (at 2 px per CSS px) with an orange square in the middle
      const scene = new OffscreenCanvas(400, 200);
      const g = scene.getContext('2d')!;
      g.fillStyle = '#e69f00';
      g.fillRect(180, 80, 40, 40);
      const picture = await scene.convertToBlob({ type: 'image/png' });
      const fig = await rgba(await framePicture(picture, { title: 'Supercell', footer: 'Ion hopping · Crucible 0.1.0 · http://example.org/#/ionhop?L=6' }, 200));
      expect(fig.width).toBe(400);
      expect(fig.height, 'title and footer add height').toBeGreaterThan(200 + 2 * 34);
      for (const [x, y] of [[0, 0], [fig.width - 1, 0], [0, fig.height - 1], [fig.width - 1, fig.height - 1], [5, 100]]) {
        expect(fig.at(x, y), `pixel (${x}, ${y}) is opaque white`).toEqual([255, 255, 255, 255]);
      }
      // the picture sits below the title band (34 CSS px = 68 px here), unchanged
      expect(fig.at(200, 68 + 100)).toEqual([0xe6, 0x9f, 0x00, 255]);
      let ink = 0;
      for (let y = 0; y < 68; y++) for (let x = 0; x < 200; x++) if (fig.at(x, y)[0] < 100) ink++;
      expect(ink, 'dark title pixels').toBeGreaterThan(50);
      let footer = 0;
      for (let y = 68 + 200; y < fig.height; y++) for (let x = 0; x < 400; x++) if (fig.at(x, y)[0] < 200) footer++;
      expect(footer, 'footer pixels').toBeGreaterThan(50);
    } finally {
      delete document.documentElement.dataset.theme;
    }
  });
});
