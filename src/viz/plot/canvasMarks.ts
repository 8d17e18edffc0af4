/**
 * Lines and bands of large plots drawn on a canvas inside the SVG (in a foreignObject under the
 * other marks), where thousands of SVG path points would cost a long layout and paint on every
 * redraw.
 */
import type { Selection } from 'd3-selection';
import { paletteColor } from '../colors';
import type { LinePlotData, LinePlotOptions } from './types';
import { bandShape, dashOf, lineShape } from './shapes';
import { setAttr } from './dom';
import type { Frame } from './frame';

/** Plots with more points than this (lines and bands together) draw those marks on a canvas. */
export const CANVAS_MIN_POINTS = 2000;

/**
 * Whether the lines and bands of a plot go on a canvas: asked for, or (by default) when there
 * are so many points that SVG paths would cost a long layout and paint on every redraw.
 */
export function drawsOnCanvas(data: LinePlotData, options: LinePlotOptions): boolean {
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

/** The canvas inside the plot's foreignObject, sized to the plot at the device pixel ratio (made on first use). */
function canvasOf(plot: Selection<SVGGElement, unknown, null, undefined>, width: number, height: number): HTMLCanvasElement {
  const host = plot.selectAll<SVGForeignObjectElement, unknown>(':scope > foreignObject.canvas-marks').data([0]);
  const fo = host.enter().insert('foreignObject', ':first-child').attr('class', 'canvas-marks').attr('x', 0).attr('y', 0).merge(host).node()!;
  setAttr(fo, 'width', width);
  setAttr(fo, 'height', height);
  let canvas = fo.querySelector('canvas');
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.style.display = 'block';
    canvas.setAttribute('aria-hidden', 'true');
    fo.append(canvas);
  }
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  return canvas;
}

/**
 * Draws the lines and bands of `data` on a canvas under the other marks, or removes that canvas
 * when `data` is null (SVG marks).
 */
export function drawCanvasMarks(svg: SVGSVGElement, plot: Selection<SVGGElement, unknown, null, undefined>, data: LinePlotData | null, frame: Frame, options: LinePlotOptions): void {
  if (!data) {
    plot.selectAll(':scope > foreignObject.canvas-marks').remove();
    return;
  }
  const { width, height, margin, x, y, plotRange } = frame;
  const ctx = canvasOf(plot, width, height).getContext('2d');
  if (!ctx) return;
  const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
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
