/**
 * Labels beside the points of point marks: points within 30 px in x form a column whose labels
 * are stacked at least a line apart (kept inside the plot area) on the side facing the plot
 * centre (or the side the mark asks for), moved off reference rules and rule labels, with a leader line when a label moved away
 * from its point.
 */
import type { Selection } from 'd3-selection';
import type { Frame, Measure } from './frame';
import { LIGHT_INK } from '../colors';

/** A point label before placement (pixel coordinates of its point). */
export interface PointLabel {
  px: number;
  py: number;
  text: string;
  color: string;
  /** Side of the point the label goes; by default the side facing the plot centre. */
  side?: 'left' | 'right';
}

/** An axis-aligned rectangle in the plot's pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Horizontal distance from a point to its label, px. */
const LABEL_OFFSET = 34;
/** Points closer than this in x share a column of labels, px. */
const COLUMN_PX = 30;

/** Points grouped into columns (each sorted top to bottom). */
function columnsOf(labels: PointLabel[]): PointLabel[][] {
  const columns: PointLabel[][] = [];
  for (const l of [...labels].sort((a, b) => a.px - b.px)) {
    const col = columns.at(-1);
    if (col && l.px - col[0].px < COLUMN_PX) col.push(l);
    else columns.push([l]);
  }
  for (const col of columns) col.sort((a, b) => a.py - b.py);
  return columns;
}

/** Baselines of a column's labels: at their points, then at least `gap` apart and inside [top, bottom]. */
function stack(col: PointLabel[], font: number, gap: number, top: number, bottom: number): number[] {
  const ys = col.map((l) => l.py + font * 0.35);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i], ys[i - 1] + gap);
  const overflow = ys[ys.length - 1] - bottom;
  if (overflow > 0) for (let i = 0; i < ys.length; i++) ys[i] -= overflow;
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i], top + i * gap);
  return ys;
}

/**
 * Moves the baselines `ys` of a column off the `obstacles`: a label over one goes just above it,
 * or just below when above would leave the plot or reach the label before; the labels after it
 * keep their gap.
 */
function avoid(ys: number[], boxOf: (i: number, y: number) => Box, obstacles: Box[], font: number, gap: number, top: number): void {
  for (let i = 0; i < ys.length; i++) {
    for (let tries = 0; tries <= obstacles.length; tries++) {
      const box = boxOf(i, ys[i]);
      const hit = obstacles.find((o) => box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom);
      if (!hit) break;
      const up = hit.top - font * 0.25 - 1;
      ys[i] = up - font * 0.8 >= top && (i === 0 || up >= ys[i - 1] + gap) ? up : hit.bottom + font * 0.8 + 1;
    }
    if (i + 1 < ys.length) ys[i + 1] = Math.max(ys[i + 1], ys[i] + gap);
  }
}

/** Draws the point labels into `plot` (replacing those of a previous drawing), clear of `obstacles`. */
export function drawPointLabels(plot: Selection<SVGGElement, unknown, null, undefined>, labels: PointLabel[], frame: Frame, obstacles: Box[], measure: Measure): void {
  plot.selectAll(':scope > g.point-labels').remove();
  if (labels.length === 0) return;
  const { margin, width, height } = frame;
  const font = frame.font - 1;
  const gap = Math.round(font * 1.15);
  const g = plot
    .insert('g', ':scope > g.rule')
    .attr('class', 'point-labels')
    .attr('font-size', font)
    // a halo in the panel colour keeps labels readable over lines
    .attr('stroke', `var(--panel, ${LIGHT_INK.bg})`)
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .attr('stroke-linejoin', 'round');
  const top = margin.top + 4;
  const bottom = height - margin.bottom - 2;
  for (const col of columnsOf(labels)) {
    const left = col[0].side ? col[0].side === 'left' : col[0].px > (margin.left + width - margin.right) / 2;
    const tx = (l: PointLabel) => (left ? l.px - LABEL_OFFSET : l.px + LABEL_OFFSET);
    const boxOf = (i: number, y: number): Box => {
      const w = measure(col[i].text, font);
      const x0 = tx(col[i]);
      return { left: left ? x0 - w : x0, right: left ? x0 : x0 + w, top: y - font * 0.8, bottom: y + font * 0.25 };
    };
    const ys = stack(col, font, gap, top, bottom);
    avoid(ys, boxOf, obstacles, font, gap, top);
    col.forEach((l, i) => {
      const mid = ys[i] - font * 0.35;
      if (Math.abs(mid - l.py) > 2) {
        g.append('line')
          .attr('x1', l.px + (left ? -4 : 4))
          .attr('y1', l.py)
          .attr('x2', tx(l) + (left ? 2 : -2))
          .attr('y2', mid)
          .attr('stroke', l.color)
          .attr('stroke-width', 1)
          .attr('stroke-opacity', 0.5);
      }
      g.append('text')
        .attr('x', tx(l))
        .attr('y', ys[i])
        .attr('text-anchor', left ? 'end' : 'start')
        .attr('fill', 'currentColor')
        .text(l.text);
    });
  }
}
