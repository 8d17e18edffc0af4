/**
 * The plot card's data table: absent from the page until opened (a streaming plot then costs no
 * table layout), then listing the first points of each series under the plot's axis labels.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import PlotCard from '../../../src/app/components/PlotCard.svelte';
import { exportedBlob } from '../exportedFile';

describe('PlotCard data table', () => {
  it('builds the table only while it is open', async () => {
    const data = { lines: [{ x: [1, 2, 3], y: [10, 20, 30], label: 'ramp' }, { x: [1, 2], y: [5, 6], label: 'flat' }] };
    await render(PlotCard, { name: 'p', data, options: { title: 'Test plot', xLabel: 'time (s)', yLabel: 'size (m)' } });
    await expect.element(page.getByRole('img', { name: 'Test plot' })).toBeInTheDocument();
    expect(document.querySelector('table')).toBeNull();
    await page.getByText('Data table').click();
    const table = page.getByRole('table', { name: 'Data of Test plot (first points of each series)' });
    await expect.element(table).toBeInTheDocument();
    expect([...table.element().querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Series', 'time (s)', 'size (m)']);
    const rows = [...table.element().querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['ramp', '1', '10'],
      ['ramp', '2', '20'],
      ['ramp', '3', '30'],
      ['flat', '1', '5'],
      ['flat', '2', '6'],
    ]);
    await page.getByText('Data table').click();
    await expect.poll(() => document.querySelector('table')).toBeNull();
  });
});

/** RGBA of pixel (x, y) of a PNG blob. */
async function pixel(png: Blob, x: number, y: number): Promise<number[]> {
  const bmp = await createImageBitmap(png);
  const c = new OffscreenCanvas(bmp.width, bmp.height);
  const ctx = c.getContext('2d')!;
  ctx.drawImage(bmp, 0, 0);
  return [...ctx.getImageData(x, y, 1, 1).data];
}

describe('PlotCard figures', () => {
  const data = {
    lines: [
      { x: [1, 2, 3], y: [10, 20, 30], label: 'ramp', color: 'var(--test-line, #D55E00)' },
      { x: [1, 2], y: [5, 6], label: 'measured', points: true },
    ],
    bands: [{ x: [1, 3], y0: [4, 8], y1: [12, 32], label: 'spread' }],
  };
  const options = { title: 'Figure test', xLabel: 'time (s)', yLabel: 'size (m)' };

  it('saves PNG and SVG on an opaque light background with title, legend and footer, even in the dark theme', async () => {
    document.documentElement.dataset.theme = 'dark';
    // a view overriding its colour for the dark theme, as the hydrogen view does
    document.documentElement.style.setProperty('--test-line', '#123456');
    try {
      await render(PlotCard, { name: 'fig', data, options });
      await expect.element(page.getByRole('img', { name: 'Figure test' })).toBeInTheDocument();
      const png = await exportedBlob(page.getByRole('button', { name: 'Save “Figure test” as PNG' }).element() as HTMLButtonElement);
      const bmp = await createImageBitmap(png);
      for (const [x, y] of [[0, 0], [bmp.width - 1, bmp.height - 1]]) {
        const [r, g, b, a] = await pixel(png, x, y);
        expect(a, `corner (${x}, ${y}) alpha`).toBe(255);
        expect(Math.min(r, g, b), `corner (${x}, ${y}) is white`).toBe(255);
      }
      // 2× PNG: twice the figure's width
      const svgText = await (await exportedBlob(page.getByRole('button', { name: 'Save “Figure test” as SVG' }).element() as HTMLButtonElement)).text();
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const fig = doc.documentElement;
      expect(bmp.width).toBe(2 * Number(fig.getAttribute('width')));
      expect(fig.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff');
      const texts = [...fig.querySelectorAll('text')].map((t) => t.textContent);
      for (const want of ['Figure test', 'ramp', 'measured', 'spread', 'time (s)', 'size (m)']) expect(texts, want).toContain(want);
      expect(fig.querySelector('.figure-footer')?.textContent).toMatch(/Crucible/);
      expect(svgText).not.toMatch(/var\(--/);
      expect(svgText).toContain('#D55E00');
      expect(svgText).not.toContain('#123456');
      expect(svgText).not.toContain('rgb(18, 52, 86)');
      // light palette: text ink is dark whatever the page theme
      expect(fig.getAttribute('style')).toMatch(/color:\s*rgb\(27, 31, 36\)/);
    } finally {
      delete document.documentElement.dataset.theme;
      document.documentElement.style.removeProperty('--test-line');
    }
  });

  it('disables exports of an empty plot and says why', async () => {
    await render(PlotCard, { name: 'empty', data: { lines: [{ x: [], y: [], label: 'nothing' }] }, options: { ...options, title: 'Empty plot' } });
    const csv = page.getByRole('button', { name: 'Save the data of “Empty plot” as CSV' });
    await expect.element(csv).toBeDisabled();
    await expect.element(page.getByText('No data to export yet: this plot is empty.')).toBeInTheDocument();
  });
});
