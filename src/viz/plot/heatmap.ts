/**
 * Heat-map builder (D3): a grid of cells over two (linear or log) axes, each cell filled from a
 * category (e.g. a growth regime) or a number (e.g. the maximum supercooling) through a colour
 * function, with optional point markers (e.g. the current parameters and presets) on top.
 * Drawn into an <svg role="img"> with a title and a description; redraws from scratch. Its
 * margins, ticks and axis titles are laid out as a line plot's (frame.ts, axes.ts): from the
 * measured tick labels at the page's plot font size, so titles never overlap tick labels.
 */
import { select } from 'd3-selection';
import { LIGHT_INK, OKABE_ITO } from '../colors';
import { layoutFrame, plotFontSize } from './frame';
import { drawAxes } from './axes';
import { measurer } from './measure';

/** A grid of values: `values[j * xs.length + i]` belongs to (xs[i], ys[j]); xs and ys are cell centres. */
export interface HeatmapData {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  values: ArrayLike<number>;
  markers?: { x: number; y: number; label: string }[];
}

/** Options of {@link renderHeatmap}. */
export interface HeatmapOptions {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  yLog?: boolean;
  width: number;
  height: number;
  /** Fill colour for a cell value (return null for no fill). */
  color: (value: number) => string | null;
}

/** Where the cells of a drawn heat map are, in the SVG's user units (= CSS pixels at its drawn size). */
export interface HeatmapLayout {
  /** Column and row of the cell under the point (x, y), or null outside the grid. */
  cellAt(x: number, y: number): { column: number; row: number } | null;
  /** The rectangle of the cell in column `column` and row `row`. */
  cellBox(column: number, row: number): { x: number; y: number; width: number; height: number };
}

/** Index of the interval of the sorted `bounds` (pixel positions, ascending or descending) holding `p`, or -1. */
function interval(bounds: number[], p: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = Math.min(bounds[i], bounds[i + 1]);
    const hi = Math.max(bounds[i], bounds[i + 1]);
    if (p >= lo && p < hi) return i;
  }
  return -1;
}

/** Cell edges from cell centres (midpoints; half a step beyond each end), in log space for log axes. */
function edges(centres: ArrayLike<number>, log: boolean): number[] {
  const c = Array.from(centres, (v) => (log ? Math.log(v) : v));
  const n = c.length;
  const step = (i: number) => (n > 1 ? c[Math.min(i + 1, n - 1)] - c[Math.min(i, n - 2)] : 1);
  const e = [c[0] - step(0) / 2];
  for (let i = 1; i < n; i++) e.push((c[i - 1] + c[i]) / 2);
  e.push(c[n - 1] + step(n - 2) / 2);
  return log ? e.map(Math.exp) : e;
}

/** Draws the heat map into `svg` and returns where its cells are. */
export function renderHeatmap(svg: SVGSVGElement, data: HeatmapData, options: HeatmapOptions): HeatmapLayout {
  const { width, height } = options;
  const root = select(svg);
  root.selectAll('*').remove();
  root.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height).attr('role', 'img').attr('aria-label', options.title).attr('aria-description', options.description);
  root.append('title').text(options.title);
  root.append('desc').text(options.description);
  const xe = edges(data.xs, !!options.xLog);
  const ye = edges(data.ys, !!options.yLog);
  const ruler = root.append('text').attr('class', 'ruler').attr('visibility', 'hidden').attr('aria-hidden', 'true').node()!;
  const frameOptions = { title: options.title, xLabel: options.xLabel, yLabel: options.yLabel, xLog: options.xLog, yLog: options.yLog, width, height };
  const domains = { xDomain: [xe[0], xe[xe.length - 1]] as [number, number], yDomain: [ye[0], ye[ye.length - 1]] as [number, number] };
  const frame = layoutFrame({ lines: [] }, { ...frameOptions, ...domains }, plotFontSize(svg), measurer(ruler), false);
  const { x, y, margin } = frame;
  const cells = root.append('g').attr('class', 'cells');
  const nx = data.xs.length;
  for (let j = 0; j < data.ys.length; j++) {
    for (let i = 0; i < nx; i++) {
      const fill = options.color(data.values[j * nx + i]);
      if (!fill) continue;
      cells
        .append('rect')
        .attr('x', x(xe[i]))
        .attr('y', y(ye[j + 1]))
        .attr('width', Math.max(0, x(xe[i + 1]) - x(xe[i])) + 0.5)
        .attr('height', Math.max(0, y(ye[j]) - y(ye[j + 1])) + 0.5)
        .attr('fill', fill);
    }
  }
  const marks = root.append('g').attr('class', 'markers');
  for (const m of data.markers ?? []) {
    const g = marks.append('g').attr('transform', `translate(${x(m.x)},${y(m.y)})`);
    g.append('circle').attr('r', 6).attr('fill', LIGHT_INK.bg).attr('stroke', OKABE_ITO.black).attr('stroke-width', 2);
    // Labels of markers in the right half go to the left of the point, so they stay inside the plot.
    const right = x(m.x) > (margin.left + width - margin.right) / 2;
    g.append('text').attr('x', right ? -9 : 9).attr('y', Math.round(frame.font * 0.35)).attr('text-anchor', right ? 'end' : 'start').attr('font-size', frame.font).attr('fill', 'currentColor').attr('paint-order', 'stroke').attr('stroke', 'var(--bg, white)').attr('stroke-width', 3).text(m.label);
  }
  const title = () => root.append('text').attr('class', 'axis-label').attr('text-anchor', 'middle').attr('fill', 'currentColor').node()!;
  drawAxes({ xAxis: root.append('g').attr('class', 'axis x'), yAxis: root.append('g').attr('class', 'axis y'), xLabel: title(), yLabel: title(), keys: { x: '', y: '' } }, frame, options.xLabel, options.yLabel);
  const xPx = xe.map((v) => x(v));
  const yPx = ye.map((v) => y(v));
  return {
    cellAt(px, py) {
      const column = interval(xPx, px);
      const row = interval(yPx, py);
      return column < 0 || row < 0 ? null : { column, row };
    },
    cellBox(column, row) {
      return { x: xPx[column], y: yPx[row + 1], width: xPx[column + 1] - xPx[column], height: yPx[row] - yPx[row + 1] };
    },
  };
}
