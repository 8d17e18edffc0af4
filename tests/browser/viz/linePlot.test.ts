import { describe, expect, it } from 'vitest';
import { CANVAS_MIN_POINTS, renderLinePlot } from '../../../src/viz/plot/linePlot';

function svg(): SVGSVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(el);
  return el;
}

describe('renderLinePlot', () => {
  it('draws lines, bands and rules with an accessible title and description', () => {
    const el = svg();
    const x = [1, 2, 3, 4];
    const desc = renderLinePlot(
      el,
      { lines: [{ x, y: [1, 4, 9, 16], label: 'square' }, { x, y: [2, 3, 4, 5], label: 'pts', points: true }], bands: [{ x, y0: [0, 0, 0, 0], y1: [1, 1, 1, 1], label: 'zone' }], rules: [{ axis: 'x', value: 2.5, label: 'mark' }] },
      { title: 'Test plot', xLabel: 'x (m)', yLabel: 'y (K)', width: 400, height: 250 },
    );
    expect(el.getAttribute('role')).toBe('img');
    expect(el.getAttribute('aria-label')).toBe('Test plot');
    expect(el.querySelector('title')?.textContent).toBe('Test plot');
    expect(desc).toContain('square: 4 points, x from 1 to 4, y from 1 to 16.');
    expect(desc).toContain('Shaded: zone.');
    expect(el.querySelectorAll('path.line')).toHaveLength(1);
    expect(el.querySelectorAll('.points circle')).toHaveLength(4);
    expect(el.querySelectorAll('path.band')).toHaveLength(1);
    expect(el.querySelector('.rule text')?.textContent).toBe('mark');
  });

  it('names each piece of a broken line at its last point, and writes description numbers in the given locale', () => {
    const el = svg();
    // three pieces (NaN between them); the middle one ends on a log-invalid value and so one point earlier
    const line = { x: [1, 2, NaN, 3, 4, -1, NaN, 5, 6], y: [1, 2, NaN, 3, 4, 9, NaN, 5, 10], label: 'Ea', dashed: true, labels: ['first', 'second', 'third'] };
    const desc = renderLinePlot(el, { lines: [line] }, { title: 'Pieces', xLabel: 'x', yLabel: 'y', width: 400, height: 300, xLog: true, locale: 'de-DE', marks: 'svg' });
    const texts = [...el.querySelectorAll('g.point-labels text')];
    expect(texts.map((t) => t.textContent)).toEqual(['first', 'second', 'third']);
    // the pieces end at y = 2, 4 and 10 (linear y): their labels stand at those heights, so the
    // second gap is three times the first (±10 %)
    const tops = texts.map((t) => t.getBoundingClientRect().top);
    const ratio = (tops[1] - tops[2]) / (tops[0] - tops[1]);
    expect(Math.abs(ratio - 3), `gap ratio expected 3, got ${ratio}, tolerance 0.3`).toBeLessThan(0.3);
    expect(desc).toContain('x from \u22121 to 6'); // Unicode minus, as the tick labels
    const de = renderLinePlot(svg(), { lines: [{ x: [0.5, 2.25], y: [1, 2], label: 'z' }] }, { title: 'Komma', xLabel: 'x', yLabel: 'y', width: 300, height: 200, locale: 'de-DE' });
    expect(de).toContain('x from 0,5 to 2,25');
  });

  it('breaks lines at non-finite and non-positive values on a log axis instead of drawing NaN', () => {
    const el = svg();
    renderLinePlot(el, { lines: [{ x: [1, 10, 100, 1000], y: [1, NaN, -5, 10], label: 'a' }] }, { title: 'Log', xLabel: 'x', yLabel: 'y', xLog: true, yLog: true, width: 300, height: 200 });
    const d = el.querySelector('path.line')?.getAttribute('d') ?? '';
    expect(d).not.toMatch(/NaN/);
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('keeps a skeleton per element, yet a redraw with other data equals a first draw of that data', () => {
    // renderLinePlot keeps state: a per-element skeleton (WeakMap) and the last axis keys, and a
    // module counter for clip-path ids. This checks that this state never shows in the drawing.
    const withoutClipIds = (html: string) => html.replace(/clip-\d+/g, 'clip-N');
    const opts = { title: 'R', xLabel: 'x', yLabel: 'y', width: 300, height: 200 };
    const a = { lines: [{ x: [0, 1, 2], y: [0, 1, 4], label: 'a' }] };
    const b = { lines: [{ x: [0, 10], y: [5, -3], label: 'b' }], rules: [{ axis: 'y' as const, value: 1, label: 'one' }] };
    const reused = svg();
    renderLinePlot(reused, a, opts);
    renderLinePlot(reused, b, { ...opts, title: 'S' });
    const fresh = svg();
    renderLinePlot(fresh, b, { ...opts, title: 'S' });
    expect(withoutClipIds(reused.innerHTML)).toBe(withoutClipIds(fresh.innerHTML));
    const once = reused.innerHTML;
    renderLinePlot(reused, b, { ...opts, title: 'S' });
    expect(reused.innerHTML).toBe(once);
  });
});

describe('long series', () => {
  it('draws a decimated path that keeps the extremes, and describes the full series', () => {
    const el = svg();
    const n = 50_000;
    const y = Float64Array.from({ length: n }, (_, k) => Math.sin(k / 300) + (k === 31_234 ? 5 : 0));
    const x = Float64Array.from({ length: n }, (_, k) => k);
    const desc = renderLinePlot(el, { lines: [{ x, y, label: 'long' }] }, { title: 'L', xLabel: 'x', yLabel: 'y', width: 400, height: 250, yDomain: [-2, 8], marks: 'svg' });
    const d = el.querySelector('path.line')?.getAttribute('d') ?? '';
    const points = d.split(/[ML]/).filter(Boolean).map((p) => p.split(',').map(Number));
    // the plotting area is the clip rectangle (fixed domains clip the marks)
    const clip = el.querySelector('clipPath rect') as SVGRectElement;
    const [top, plotW, plotH] = ['y', 'width', 'height'].map((a) => Number(clip.getAttribute(a)));
    expect(points.length).toBeLessThanOrEqual(4 * plotW);
    expect(desc).toContain('long: 50000 points');
    // the one-point spike is still drawn: the top of the path is the spike's height on the y scale
    const spikePx = top + (plotH * (8 - y[31_234])) / 10;
    expect(Math.min(...points.map((p) => p[1]))).toBeCloseTo(spikePx, 1);
  });
});

describe('renderHeatmap', () => {
  it('draws one cell per finite coloured value and the markers', async () => {
    const { renderHeatmap } = await import('../../../src/viz/plot/heatmap');
    const el = svg();
    renderHeatmap(
      el,
      { xs: [1, 10, 100], ys: [1, 2], values: [0, 1, 2, 3, 4, NaN], markers: [{ x: 10, y: 1.5, label: 'here' }] },
      { title: 'Map', description: 'a map', xLabel: 'x', yLabel: 'y', xLog: true, width: 300, height: 200, color: (v) => (Number.isFinite(v) ? `rgb(${v * 50},0,0)` : null) },
    );
    expect(el.querySelectorAll('.cells rect')).toHaveLength(5);
    expect(el.querySelector('.markers text')?.textContent).toBe('here');
    for (const r of el.querySelectorAll('.cells rect')) expect(r.getAttribute('x')).not.toMatch(/NaN/);
  });
});

describe('hover read-out', () => {
  it('shows the nearest point with its series label and values, and hides on leave', () => {
    const el = svg();
    renderLinePlot(el, { lines: [{ x: [0, 1, 2], y: [0, 10, 20], label: 'ramp' }] }, { title: 'H', xLabel: 'x', yLabel: 'y', width: 400, height: 250 });
    const area = el.querySelector('rect.hover-area') as SVGRectElement;
    const box = el.getBoundingClientRect();
    const ring = () => el.querySelector('.hover-tip') as SVGGElement;
    const mid = { x: box.left + 64 + (400 - 64 - 16) / 2, y: box.top + 12 + (250 - 12 - 46) / 2 };
    area.dispatchEvent(new PointerEvent('pointermove', { clientX: mid.x, clientY: mid.y, bubbles: true }));
    expect(ring().style.display).toBe('');
    expect(ring().querySelector('text')?.textContent).toBe('ramp: 1, 10');
    area.dispatchEvent(new PointerEvent('pointerleave', { bubbles: true }));
    expect(ring().style.display).toBe('none');
  });
});

describe('data far outside a fixed domain', () => {
  it('costs at most a few path points', () => {
    const el = svg();
    const n = 20000;
    const x = Float64Array.from({ length: n }, (_, k) => k / (n - 1));
    const y = Float64Array.from(x, (v) => Math.sin(40 * v));
    renderLinePlot(el, { lines: [{ x, y, label: 'wide' }] }, { title: 'Zoom', xLabel: 'x', yLabel: 'y', width: 400, height: 250, xDomain: [0, 0.01], marks: 'svg' });
    const d = el.querySelector('path.line')?.getAttribute('d') ?? '';
    const points = d.split(/[ML]/).length - 1;
    // 200 points fall inside the domain (≈ 320 px); the 19 800 outside collapse into one column
    expect(points).toBeLessThan(260);
  });

  it('draws large plots on a canvas inside the svg, and back as SVG paths when asked', () => {
    const el = svg();
    const n = CANVAS_MIN_POINTS + 1;
    const x = Array.from({ length: n }, (_, i) => i);
    const data = { lines: [{ x, y: x.map((v) => v % 50), label: 'saw', color: '#ff0000' }], bands: [{ x: [0, n], y0: [0, 0], y1: [10, 10], label: 'b', color: '#0000ff' }] };
    const opts = { title: 'Big', xLabel: 'x', yLabel: 'y', width: 300, height: 200 };
    renderLinePlot(el, data, opts);
    expect(el.querySelectorAll('path.line, path.band')).toHaveLength(0);
    const canvas = el.querySelector('foreignObject.canvas-marks canvas') as HTMLCanvasElement;
    expect(canvas).not.toBeNull();
    const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let red = 0;
    let blue = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i] > 200 && px[i + 1] < 60 && px[i + 2] < 60 && px[i + 3] > 200) red++;
      if (px[i + 2] > 200 && px[i] < 60 && px[i + 3] > 30 && px[i + 3] < 120) blue++;
    }
    expect(red).toBeGreaterThan(200);
    expect(blue).toBeGreaterThan(200);
    // the same plot with SVG marks (what the exports use): paths again, no canvas left behind
    renderLinePlot(el, data, { ...opts, marks: 'svg' });
    expect(el.querySelector('foreignObject')).toBeNull();
    expect(el.querySelectorAll('path.line')).toHaveLength(1);
    expect(el.querySelectorAll('path.band')).toHaveLength(1);
    // and a small plot stays SVG by default
    renderLinePlot(el, { lines: [{ x: [0, 1], y: [0, 1], label: 's' }] }, opts);
    expect(el.querySelector('foreignObject')).toBeNull();
    expect(el.querySelectorAll('path.line')).toHaveLength(1);
  });
});
