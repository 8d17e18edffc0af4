/**
 * Line plot builder (D3): lines, point marks, shaded bands and reference rules on linear or
 * logarithmic axes, drawn into an <svg role="img"> with a title and a generated description.
 * A plain function of its inputs: calling it again redraws from scratch. Lines and bands with more
 * than two points per pixel column are decimated (first, last, minimum and maximum per column, see
 * decimate.ts), so a series of any length draws as fast as one about as long as the plot is wide.
 */
import { select, type Selection } from 'd3-selection';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line as d3line, area as d3area } from 'd3-shape';
import { axisBottom, axisLeft } from 'd3-axis';
import { paletteColor } from './palette';
import type { LinePlotData, LinePlotOptions } from './types';
import { describePlot } from './describe';
import { addHoverTip } from './hoverTip';
import { decimateIndices } from './decimate';

const margin = { top: 12, right: 16, bottom: 46, left: 64 };
let clipCounter = 0;
/** Lines and bands longer than this many points per pixel column are decimated before drawing. */
const DECIMATE_PER_PX = 2;

/** Smallest and largest usable value of some arrays (finite, and positive on a log axis), or null. */
function extent(arrays: ArrayLike<number>[], log: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo === Infinity) return null;
  if (lo === hi) return log ? [lo / 2, hi * 2] : [lo - (Math.abs(lo) || 1) * 0.05, hi + (Math.abs(hi) || 1) * 0.05];
  return [lo, hi];
}

/** Every x (or every y) array of the lines and bands. */
function allValues(data: LinePlotData, axis: 'x' | 'y'): ArrayLike<number>[] {
  const out: ArrayLike<number>[] = data.lines.map((l) => l[axis]);
  for (const b of data.bands ?? []) {
    if (axis === 'x') out.push(b.x);
    else out.push(b.y0, b.y1);
  }
  return out;
}

/**
 * Indices 0 … n − 1 of a mark, or, when the mark has more than DECIMATE_PER_PX points per pixel
 * of the plot's width, only those that change the drawing (see decimate.ts). Points left or right
 * of the plotting area [left, right] (px) count as one column each side, so data far outside a
 * fixed domain costs nothing.
 */
function drawnIndices(n: number, [left, right]: [number, number], px: (k: number) => number, py: ((k: number) => number)[], defined: (k: number) => boolean): number[] {
  if (n <= DECIMATE_PER_PX * Math.max(1, right - left)) return Array.from({ length: n }, (_, k) => k);
  return decimateIndices({ n, px: (k) => Math.min(right + 1, Math.max(left - 1, px(k))), py, defined });
}

function makeScale(log: boolean, domain: [number, number], range: [number, number]): ScaleContinuousNumeric<number, number> {
  return (log ? scaleLog() : scaleLinear()).domain(domain).range(range).nice();
}

/** A point label before placement (pixel coordinates of its point). */
interface PointLabel {
  px: number;
  py: number;
  text: string;
  color: string;
}

/** Vertical distance between stacked point labels, px. */
const LABEL_GAP = 11;
/** Horizontal distance from a point to its label, px. */
const LABEL_OFFSET = 34;

/**
 * Draws point labels: points within 30 px in x form a column whose labels are stacked at least
 * LABEL_GAP apart (kept inside the plot area) on the side facing the plot centre, with a leader
 * line when a label moved away from its point.
 */
function drawPointLabels(
  plot: Selection<SVGGElement, unknown, null, undefined>,
  labels: PointLabel[],
  width: number,
  height: number,
  fontSize: number,
): void {
  if (labels.length === 0) return;
  const gap = Math.max(LABEL_GAP, Math.round(fontSize * 1.1));
  const g = plot
    .append('g')
    .attr('class', 'point-labels')
    .attr('font-size', fontSize)
    // a halo in the panel colour keeps labels readable over lines
    .attr('stroke', 'var(--panel, #fff)')
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .attr('stroke-linejoin', 'round');
  const columns: PointLabel[][] = [];
  for (const l of [...labels].sort((a, b) => a.px - b.px)) {
    const col = columns.at(-1);
    if (col && l.px - col[0].px < 30) col.push(l);
    else columns.push([l]);
  }
  const top = margin.top + 4;
  const bottom = height - margin.bottom - 2;
  for (const col of columns) {
    col.sort((a, b) => a.py - b.py);
    const ys = col.map((l) => l.py + fontSize * 0.35);
    for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i], ys[i - 1] + gap);
    const overflow = ys[ys.length - 1] - bottom;
    if (overflow > 0) for (let i = 0; i < ys.length; i++) ys[i] -= overflow;
    for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i], top + i * gap);
    const left = col[0].px > (margin.left + width - margin.right) / 2;
    col.forEach((l, i) => {
      const tx = left ? l.px - LABEL_OFFSET : l.px + LABEL_OFFSET;
      const mid = ys[i] - fontSize * 0.35;
      if (Math.abs(mid - l.py) > 2) {
        g.append('line')
          .attr('x1', l.px + (left ? -4 : 4))
          .attr('y1', l.py)
          .attr('x2', tx + (left ? 2 : -2))
          .attr('y2', mid)
          .attr('stroke', l.color)
          .attr('stroke-width', 1)
          .attr('stroke-opacity', 0.5);
      }
      g.append('text')
        .attr('x', tx)
        .attr('y', ys[i])
        .attr('text-anchor', left ? 'end' : 'start')
        .attr('fill', 'currentColor')
        .text(l.text);
    });
  }
}

/** Draws the plot into `svg` (cleared first) and returns the text description it set. */
export function renderLinePlot(svg: SVGSVGElement, data: LinePlotData, options: LinePlotOptions): string {
  const { width, height } = options;
  const root = select(svg);
  root.selectAll('*').remove();
  const description = describePlot(data, options);
  root
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', options.title)
    .attr('aria-description', description);
  root.append('title').text(options.title);
  root.append('desc').text(description);

  const xDomain = options.xDomain ?? extent(allValues(data, 'x'), !!options.xLog) ?? [0, 1];
  const yDomain = options.yDomain ?? extent(allValues(data, 'y'), !!options.yLog) ?? [0, 1];
  const x = makeScale(!!options.xLog, xDomain, [margin.left, width - margin.right]);
  const y = makeScale(!!options.yLog, yDomain, [height - margin.bottom, margin.top]);
  const ok = (v: number, log?: boolean) => Number.isFinite(v) && (!log || v > 0);

  const plot = root.append('g').attr('class', 'marks');
  if (options.xDomain || options.yDomain) {
    // Fixed domains may cut the data: clip the marks to the plotting area.
    const clipId = `clip-${++clipCounter}`;
    root
      .append('clipPath')
      .attr('id', clipId)
      .append('rect')
      .attr('x', margin.left)
      .attr('y', margin.top)
      .attr('width', Math.max(0, width - margin.left - margin.right))
      .attr('height', Math.max(0, height - margin.top - margin.bottom));
    plot.attr('clip-path', `url(#${clipId})`);
  }
  const labelled: PointLabel[] = [];
  const plotRange: [number, number] = [margin.left, width - margin.right];
  for (const [i, band] of (data.bands ?? []).entries()) {
    const bandDefined = (k: number) => ok(band.x[k], options.xLog) && ok(band.y0[k], options.yLog) && ok(band.y1[k], options.yLog);
    const n = Math.min(band.x.length, band.y0.length, band.y1.length);
    const idx = drawnIndices(n, plotRange, (k) => x(band.x[k]), [(k) => y(band.y0[k]), (k) => y(band.y1[k])], bandDefined);
    const path = d3area<number>()
      .defined(bandDefined)
      .x((k) => x(band.x[k]))
      .y0((k) => y(band.y0[k]))
      .y1((k) => y(band.y1[k]))(idx);
    plot
      .append('path')
      .attr('class', 'band')
      .attr('d', path ?? '')
      .attr('fill', band.color ?? paletteColor(i + 3))
      .attr('fill-opacity', 0.25)
      .attr('stroke', 'none');
  }
  for (const [i, mark] of data.lines.entries()) {
    const color = mark.color ?? paletteColor(i);
    const n = Math.min(mark.x.length, mark.y.length);
    const defined = (k: number) => ok(mark.x[k], options.xLog) && ok(mark.y[k], options.yLog);
    if (mark.points) {
      const idx = Array.from({ length: n }, (_, k) => k);
      plot
        .append('g')
        .attr('class', 'points')
        .attr('fill', color)
        .selectAll('circle')
        .data(idx.filter(defined))
        .join('circle')
        .attr('cx', (k) => x(mark.x[k]))
        .attr('cy', (k) => y(mark.y[k]))
        .attr('r', 3.5);
      if (mark.labels) {
        for (const k of idx.filter(defined)) {
          const text = mark.labels[k];
          if (text) labelled.push({ px: x(mark.x[k]), py: y(mark.y[k]), text, color });
        }
      }
    } else {
      const idx = drawnIndices(n, plotRange, (k) => x(mark.x[k]), [(k) => y(mark.y[k])], defined);
      const path = d3line<number>()
        .defined(defined)
        .x((k) => x(mark.x[k]))
        .y((k) => y(mark.y[k]))(idx);
      plot
        .append('path')
        .attr('class', 'line')
        .attr('d', path ?? '')
        .attr('fill', 'none')
        .attr('stroke', color)
        .attr('stroke-width', 'var(--plot-line-width, 2)')
        .attr('stroke-dasharray', mark.dash ?? (mark.dashed ? '6 4' : null));
    }
  }
  const cssFont = labelled.length > 0 && typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(svg).getPropertyValue('--plot-font-size')) : NaN;
  drawPointLabels(plot, labelled, width, height, Number.isFinite(cssFont) && cssFont > 0 ? cssFont - 1 : 10);
  for (const rule of data.rules ?? []) {
    const g = plot.append('g').attr('class', 'rule');
    const color = rule.color ?? 'currentColor';
    if (rule.axis === 'x' && ok(rule.value, options.xLog)) {
      g.append('line').attr('x1', x(rule.value)).attr('x2', x(rule.value)).attr('y1', margin.top).attr('y2', height - margin.bottom);
      g.append('text').attr('x', x(rule.value) + 4).attr('y', margin.top + 12).text(rule.label);
    } else if (rule.axis === 'y' && ok(rule.value, options.yLog)) {
      g.append('line').attr('x1', margin.left).attr('x2', width - margin.right).attr('y1', y(rule.value)).attr('y2', y(rule.value));
      g.append('text').attr('x', width - margin.right - 4).attr('y', y(rule.value) - 4).attr('text-anchor', 'end').text(rule.label);
    }
    g.selectAll('line').attr('stroke', color).attr('stroke-dasharray', '3 3').attr('stroke-opacity', 0.7);
    g.selectAll('text').attr('fill', color).attr('font-size', 11);
  }

  const xTicks = Math.max(2, Math.floor((width - margin.left - margin.right) / 80));
  const yTicks = Math.max(2, Math.floor((height - margin.top - margin.bottom) / 40));
  const xAxis = axisBottom(x).ticks(xTicks, options.xLog ? '~e' : undefined);
  const yAxis = axisLeft(y).ticks(yTicks, options.yLog ? '~e' : undefined);
  if (options.tickFormat) {
    xAxis.tickFormat((v) => options.tickFormat!(Number(v)));
    yAxis.tickFormat((v) => options.tickFormat!(Number(v)));
  }
  root.append('g').attr('class', 'axis x').attr('transform', `translate(0,${height - margin.bottom})`).call(xAxis);
  root.append('g').attr('class', 'axis y').attr('transform', `translate(${margin.left},0)`).call(yAxis);
  root
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 8)
    .attr('text-anchor', 'middle')
    .text(options.xLabel);
  root
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(options.yLabel);
  root.selectAll('.axis text').attr('font-size', 'var(--plot-font-size, 11px)');
  root.selectAll('.axis-label').attr('font-size', 'var(--plot-font-size, 12px)').attr('fill', 'currentColor');
  addHoverTip(root, data.lines, x, y, { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom });
  return description;
}
