/**
 * Line plot builder (D3): lines, point marks, shaded bands and reference rules on linear or
 * logarithmic axes, drawn into an <svg role="img"> with a title and a generated description.
 * A function of its inputs: calling it again with the same inputs gives the same drawing (updated
 * in place, see `renderLinePlot`). Lines and bands with more
 * than two points per pixel column are decimated (first, last, minimum and maximum per column, see
 * decimate.ts), so a series of any length draws as fast as one about as long as the plot is wide.
 */
import { select, type Selection } from 'd3-selection';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line as d3line, area as d3area, type Area, type Line } from 'd3-shape';
import { axisBottom, axisLeft } from 'd3-axis';
import { paletteColor } from './palette';
import type { BandMark, LineMark, LinePlotData, LinePlotOptions, RuleMark } from './types';
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

type Scale = ScaleContinuousNumeric<number, number>;

function makeScale(log: boolean, domain: [number, number], range: [number, number]): Scale {
  return (log ? scaleLog() : scaleLinear()).domain(domain).range(range).nice();
}

/** A value can be drawn: finite, and positive on a log axis. */
function usable(v: number, log?: boolean): boolean {
  return Number.isFinite(v) && (!log || v > 0);
}

/** The indices a band is drawn through (decimated) and its area generator (unusable points break it). */
function bandShape(band: BandMark, x: Scale, y: Scale, options: LinePlotOptions, plotRange: [number, number]): { idx: number[]; shape: Area<number> } {
  const defined = (k: number) => usable(band.x[k], options.xLog) && usable(band.y0[k], options.yLog) && usable(band.y1[k], options.yLog);
  const n = Math.min(band.x.length, band.y0.length, band.y1.length);
  const idx = drawnIndices(n, plotRange, (k) => x(band.x[k]), [(k) => y(band.y0[k]), (k) => y(band.y1[k])], defined);
  const shape = d3area<number>()
    .defined(defined)
    .x((k) => x(band.x[k]))
    .y0((k) => y(band.y0[k]))
    .y1((k) => y(band.y1[k]));
  return { idx, shape };
}

/** The indices a line is drawn through (decimated) and its line generator (unusable points break it). */
function lineShape(mark: LineMark, x: Scale, y: Scale, options: LinePlotOptions, plotRange: [number, number]): { idx: number[]; shape: Line<number> } {
  const defined = (k: number) => usable(mark.x[k], options.xLog) && usable(mark.y[k], options.yLog);
  const n = Math.min(mark.x.length, mark.y.length);
  const idx = drawnIndices(n, plotRange, (k) => x(mark.x[k]), [(k) => y(mark.y[k])], defined);
  const shape = d3line<number>()
    .defined(defined)
    .x((k) => x(mark.x[k]))
    .y((k) => y(mark.y[k]));
  return { idx, shape };
}

/** The stroke dash pattern of a line (SVG stroke-dasharray syntax), or null for a solid line. */
function dashOf(mark: LineMark): string | null {
  return mark.dash ?? (mark.dashed ? '6 4' : null);
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
    .insert('g', ':scope > g.rule')
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

/** Plots with more points than this (lines and bands together) draw those marks on a canvas. */
export const CANVAS_MIN_POINTS = 2000;

/**
 * Whether the lines and bands of a plot go on a canvas: asked for, or (by default) when there
 * are so many points that SVG paths would cost a long layout and paint on every redraw.
 */
function drawsOnCanvas(data: LinePlotData, options: LinePlotOptions): boolean {
  const mode = options.marks ?? 'auto';
  if (mode !== 'auto') return mode === 'canvas';
  if (typeof document === 'undefined') return false;
  let n = 0;
  for (const l of data.lines) if (!l.points) n += Math.min(l.x.length, l.y.length);
  for (const b of data.bands ?? []) n += b.x.length * 2;
  return n > CANVAS_MIN_POINTS;
}

/** A CSS colour for the canvas: `var(--name, fallback)` and `currentColor` resolved against `el`. */
function resolveColor(color: string, el: Element): string {
  const v = /^var\((--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(color.trim());
  if (v) return getComputedStyle(el).getPropertyValue(v[1]).trim() || v[2]?.trim() || 'black';
  return color === 'currentColor' ? getComputedStyle(el).color : color;
}

/**
 * Draws the lines and bands of `data` on a canvas under the other marks (in a foreignObject
 * covering the plot), or removes that canvas when `data` is null (SVG marks).
 */
function drawCanvasMarks(
  svg: SVGSVGElement,
  plot: Selection<SVGGElement, unknown, null, undefined>,
  data: LinePlotData | null,
  x: Scale,
  y: Scale,
  options: LinePlotOptions,
  plotRange: [number, number],
): void {
  const host = plot.selectAll<SVGForeignObjectElement, unknown>(':scope > foreignObject.canvas-marks').data(data ? [0] : []);
  host.exit().remove();
  if (!data) return;
  const fo = host
    .enter()
    .insert('foreignObject', ':first-child')
    .attr('class', 'canvas-marks')
    .attr('x', 0)
    .attr('y', 0)
    .merge(host);
  const { width, height } = options;
  setAttr(fo.node()!, 'width', width);
  setAttr(fo.node()!, 'height', height);
  let canvas = fo.node()!.querySelector('canvas');
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    canvas.setAttribute('aria-hidden', 'true');
    fo.node()!.append(canvas);
  }
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.save();
  if (options.xDomain || options.yDomain) {
    ctx.beginPath();
    ctx.rect(margin.left, margin.top, Math.max(0, width - margin.left - margin.right), Math.max(0, height - margin.top - margin.bottom));
    ctx.clip();
  }
  const lineWidth = parseFloat(getComputedStyle(svg).getPropertyValue('--plot-line-width')) || 2;
  for (const [i, band] of (data.bands ?? []).entries()) {
    const { idx, shape } = bandShape(band, x, y, options, plotRange);
    ctx.beginPath();
    shape.context(ctx)(idx);
    ctx.globalAlpha = 0.25;
    ctx.fillStyle = resolveColor(band.color ?? paletteColor(i + 3), svg);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  for (const [i, mark] of data.lines.entries()) {
    if (mark.points) continue;
    const { idx, shape } = lineShape(mark, x, y, options, plotRange);
    ctx.beginPath();
    shape.context(ctx)(idx);
    ctx.strokeStyle = resolveColor(mark.color ?? paletteColor(i), svg);
    ctx.lineWidth = lineWidth;
    ctx.lineJoin = 'round';
    ctx.setLineDash(dashOf(mark)?.split(/[\s,]+/).map(Number) ?? []);
    ctx.stroke();
  }
  ctx.restore();
}

/** The parts of a plot that persist between redraws (made on the first draw into an svg). */
interface Skeleton {
  title: Selection<SVGTitleElement, unknown, null, undefined>;
  desc: Selection<SVGDescElement, unknown, null, undefined>;
  clipId: string;
  clipRect: Selection<SVGRectElement, unknown, null, undefined>;
  marks: Selection<SVGGElement, unknown, null, undefined>;
  xAxis: Selection<SVGGElement, unknown, null, undefined>;
  yAxis: Selection<SVGGElement, unknown, null, undefined>;
  xLabel: Selection<SVGTextElement, unknown, null, undefined>;
  yLabel: Selection<SVGTextElement, unknown, null, undefined>;
  /** What the axes were last drawn for (redrawing an unchanged axis is skipped). */
  axisKeys: { x: string; y: string };
}

const skeletons = new WeakMap<SVGSVGElement, Skeleton>();

/** The persistent parts of the plot in `svg`, made (after clearing `svg`) on first use. */
function skeletonOf(svg: SVGSVGElement): Skeleton {
  const known = skeletons.get(svg);
  if (known && known.marks.node()?.parentNode === svg) return known;
  const root = select(svg);
  root.selectAll('*').remove();
  const clipId = `clip-${++clipCounter}`;
  const sk: Skeleton = {
    title: root.append<SVGTitleElement>('title'),
    desc: root.append<SVGDescElement>('desc'),
    clipId,
    clipRect: root.append('clipPath').attr('id', clipId).append('rect'),
    marks: root.append('g').attr('class', 'marks'),
    xAxis: root.append('g').attr('class', 'axis x'),
    yAxis: root.append('g').attr('class', 'axis y'),
    xLabel: root.append('text').attr('class', 'axis-label').attr('text-anchor', 'middle').attr('font-size', 'var(--plot-font-size, 12px)').attr('fill', 'currentColor'),
    yLabel: root.append('text').attr('class', 'axis-label').attr('text-anchor', 'middle').attr('font-size', 'var(--plot-font-size, 12px)').attr('fill', 'currentColor'),
    axisKeys: { x: '', y: '' },
  };
  skeletons.set(svg, sk);
  return sk;
}

/** Sets an attribute only when its value changes (an unchanged one then costs no style or layout work). */
function setAttr(el: Element, name: string, value: string | number | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
    return;
  }
  const v = String(value);
  if (el.getAttribute(name) !== v) el.setAttribute(name, v);
}

/** Sets the text of a node only when it changes. */
function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * Draws the plot into `svg` and returns the text description it set. The first call builds the
 * plot; later calls into the same svg update it in place (marks joined by position, axes redrawn
 * only when their scale changed, attributes written only when they change), so a plot that
 * follows a streaming run costs little more than computing its paths. The same inputs always
 * give the same DOM.
 */
export function renderLinePlot(svg: SVGSVGElement, data: LinePlotData, options: LinePlotOptions): string {
  const { width, height } = options;
  const root = select(svg);
  const sk = skeletonOf(svg);
  const description = describePlot(data, options);
  setAttr(svg, 'viewBox', `0 0 ${width} ${height}`);
  setAttr(svg, 'width', width);
  setAttr(svg, 'height', height);
  setAttr(svg, 'role', 'img');
  setAttr(svg, 'aria-label', options.title);
  setAttr(svg, 'aria-description', description);
  setText(sk.title.node()!, options.title);
  setText(sk.desc.node()!, description);

  const xDomain = options.xDomain ?? extent(allValues(data, 'x'), !!options.xLog) ?? [0, 1];
  const yDomain = options.yDomain ?? extent(allValues(data, 'y'), !!options.yLog) ?? [0, 1];
  const x = makeScale(!!options.xLog, xDomain, [margin.left, width - margin.right]);
  const y = makeScale(!!options.yLog, yDomain, [height - margin.bottom, margin.top]);

  const clipRect = sk.clipRect.node()!;
  setAttr(clipRect, 'x', margin.left);
  setAttr(clipRect, 'y', margin.top);
  setAttr(clipRect, 'width', Math.max(0, width - margin.left - margin.right));
  setAttr(clipRect, 'height', Math.max(0, height - margin.top - margin.bottom));
  // Fixed domains may cut the data: clip the marks to the plotting area.
  setAttr(sk.marks.node()!, 'clip-path', options.xDomain || options.yDomain ? `url(#${sk.clipId})` : null);

  const plot = sk.marks;
  const plotRange: [number, number] = [margin.left, width - margin.right];
  const bands = data.bands ?? [];
  const onCanvas = drawsOnCanvas(data, options);
  plot
    .selectAll<SVGPathElement, unknown>(':scope > path.band')
    .data(onCanvas ? [] : bands)
    .join((enter) => enter.insert('path', ':scope > g.mark, :scope > g.point-labels, :scope > g.rule').attr('class', 'band').attr('fill-opacity', 0.25).attr('stroke', 'none'))
    .each(function (band, i) {
      const { idx, shape } = bandShape(band, x, y, options, plotRange);
      setAttr(this, 'd', shape(idx) ?? '');
      setAttr(this, 'fill', band.color ?? paletteColor(i + 3));
    });

  const labelled: PointLabel[] = [];
  plot
    .selectAll<SVGGElement, LineMark>(':scope > g.mark')
    .data(data.lines)
    .join((enter) => enter.insert('g', ':scope > g.point-labels, :scope > g.rule').attr('class', 'mark'))
    .each(function (mark, i) {
      const g = select(this);
      const color = mark.color ?? paletteColor(i);
      if (mark.points) {
        g.selectAll(':scope > path.line').remove();
        const n = Math.min(mark.x.length, mark.y.length);
        const idx = Array.from({ length: n }, (_, k) => k).filter((k) => usable(mark.x[k], options.xLog) && usable(mark.y[k], options.yLog));
        const pts = g
          .selectAll<SVGGElement, unknown>(':scope > g.points')
          .data([0])
          .join((enter) => enter.append('g').attr('class', 'points'));
        setAttr(pts.node()!, 'fill', color);
        pts
          .selectAll<SVGCircleElement, number>('circle')
          .data(idx)
          .join('circle')
          .each(function (k) {
            setAttr(this, 'cx', x(mark.x[k]));
            setAttr(this, 'cy', y(mark.y[k]));
            setAttr(this, 'r', 3.5);
          });
        if (mark.labels) {
          for (const k of idx) {
            const text = mark.labels[k];
            if (text) labelled.push({ px: x(mark.x[k]), py: y(mark.y[k]), text, color });
          }
        }
      } else if (onCanvas) {
        g.selectAll(':scope > *').remove();
      } else {
        g.selectAll(':scope > g.points').remove();
        const { idx, shape } = lineShape(mark, x, y, options, plotRange);
        const el = g
          .selectAll<SVGPathElement, unknown>(':scope > path.line')
          .data([0])
          .join((enter) => enter.append('path').attr('class', 'line'))
          .node()!;
        setAttr(el, 'd', shape(idx) ?? '');
        setAttr(el, 'fill', 'none');
        setAttr(el, 'stroke', color);
        setAttr(el, 'stroke-width', 'var(--plot-line-width, 2)');
        setAttr(el, 'stroke-dasharray', dashOf(mark));
      }
    });

  drawCanvasMarks(svg, plot, onCanvas ? data : null, x, y, options, plotRange);

  plot.selectAll(':scope > g.point-labels').remove();
  const cssFont = labelled.length > 0 && typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(svg).getPropertyValue('--plot-font-size')) : NaN;
  drawPointLabels(plot, labelled, width, height, Number.isFinite(cssFont) && cssFont > 0 ? cssFont - 1 : 10);

  plot
    .selectAll<SVGGElement, RuleMark>(':scope > g.rule')
    .data(data.rules ?? [])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'rule');
      g.append('line').attr('stroke-dasharray', '3 3').attr('stroke-opacity', 0.7);
      g.append('text').attr('font-size', 11);
      return g;
    })
    .each(function (rule) {
      const line = this.querySelector('line') as SVGLineElement;
      const text = this.querySelector('text') as SVGTextElement;
      const color = rule.color ?? 'currentColor';
      const vertical = rule.axis === 'x';
      const shown = usable(rule.value, vertical ? options.xLog : options.yLog);
      setAttr(this, 'display', shown ? null : 'none');
      if (!shown) return;
      const v = vertical ? x(rule.value) : y(rule.value);
      setAttr(line, 'x1', vertical ? v : margin.left);
      setAttr(line, 'x2', vertical ? v : width - margin.right);
      setAttr(line, 'y1', vertical ? margin.top : v);
      setAttr(line, 'y2', vertical ? height - margin.bottom : v);
      setAttr(line, 'stroke', color);
      setAttr(text, 'x', vertical ? v + 4 : width - margin.right - 4);
      setAttr(text, 'y', vertical ? margin.top + 12 : v - 4);
      setAttr(text, 'text-anchor', vertical ? null : 'end');
      setAttr(text, 'fill', color);
      setText(text, rule.label);
    });

  const xTicks = Math.max(2, Math.floor((width - margin.left - margin.right) / 80));
  const yTicks = Math.max(2, Math.floor((height - margin.top - margin.bottom) / 40));
  const formatKey = options.tickFormat ? [x.ticks(xTicks).map(options.tickFormat).join(), y.ticks(yTicks).map(options.tickFormat).join()] : ['', ''];
  const xKey = `${x.domain()}|${x.range()}|${xTicks}|${!!options.xLog}|${height}|${formatKey[0]}`;
  const yKey = `${y.domain()}|${y.range()}|${yTicks}|${!!options.yLog}|${formatKey[1]}`;
  if (xKey !== sk.axisKeys.x) {
    sk.axisKeys.x = xKey;
    const xAxis = axisBottom(x).ticks(xTicks, options.xLog ? '~e' : undefined);
    if (options.tickFormat) xAxis.tickFormat((v) => options.tickFormat!(Number(v)));
    sk.xAxis.attr('transform', `translate(0,${height - margin.bottom})`).call(xAxis);
    sk.xAxis.selectAll('text').attr('font-size', 'var(--plot-font-size, 11px)');
  }
  if (yKey !== sk.axisKeys.y) {
    sk.axisKeys.y = yKey;
    const yAxis = axisLeft(y).ticks(yTicks, options.yLog ? '~e' : undefined);
    if (options.tickFormat) yAxis.tickFormat((v) => options.tickFormat!(Number(v)));
    sk.yAxis.attr('transform', `translate(${margin.left},0)`).call(yAxis);
    sk.yAxis.selectAll('text').attr('font-size', 'var(--plot-font-size, 11px)');
  }
  const xLabel = sk.xLabel.node()!;
  setAttr(xLabel, 'x', (margin.left + width - margin.right) / 2);
  setAttr(xLabel, 'y', height - 8);
  setText(xLabel, options.xLabel);
  const yLabel = sk.yLabel.node()!;
  setAttr(yLabel, 'transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`);
  setText(yLabel, options.yLabel);
  addHoverTip(root, data.lines, x, y, { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom });
  return description;
}
