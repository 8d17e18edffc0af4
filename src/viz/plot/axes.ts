/**
 * The axes of a line plot: ticks with their labels and the axis titles, placed by the frame so
 * the rotated y title sits left of the widest tick label and the x title below the tick row.
 */
import type { Selection } from 'd3-selection';
import { axisBottom, axisLeft } from 'd3-axis';
import { setAttr, setText } from './dom';
import { TICK_SPACE, TITLE_GAP, xTickPadding, type Frame } from './frame';

/** The axis groups and titles of a plot, with what each axis was last drawn for. */
export interface AxisParts {
  xAxis: Selection<SVGGElement, unknown, null, undefined>;
  yAxis: Selection<SVGGElement, unknown, null, undefined>;
  xLabel: SVGTextElement;
  yLabel: SVGTextElement;
  /** What the axes were last drawn for (redrawing an unchanged axis is skipped). */
  keys: { x: string; y: string };
}

/** Draws both axes (each only when its scale, ticks or labels changed) and their titles. */
export function drawAxes(parts: AxisParts, frame: Frame, xTitle: string, yTitle: string): void {
  const { x, y, margin, width, height, font, titleFont } = frame;
  const xKey = `${x.domain()}|${x.range()}|${height}|${font}|${x.ticks(frame.xTicks).map(frame.xFormat).join()}`;
  const yKey = `${y.domain()}|${y.range()}|${margin.left}|${font}|${y.ticks(frame.yTicks).map(frame.yFormat).join()}`;
  if (xKey !== parts.keys.x) {
    parts.keys.x = xKey;
    const axis = axisBottom(x).ticks(frame.xTicks).tickPadding(xTickPadding(font)).tickFormat((v) => frame.xFormat(Number(v)));
    parts.xAxis.attr('transform', `translate(0,${height - margin.bottom})`).call(axis);
    parts.xAxis.attr('font-size', font).selectAll('text').attr('font-size', font);
  }
  if (yKey !== parts.keys.y) {
    parts.keys.y = yKey;
    const axis = axisLeft(y).ticks(frame.yTicks).tickFormat((v) => frame.yFormat(Number(v)));
    parts.yAxis.attr('transform', `translate(${margin.left},0)`).call(axis);
    parts.yAxis.attr('font-size', font).selectAll('text').attr('font-size', font);
  }
  setAttr(parts.xLabel, 'font-size', titleFont);
  setAttr(parts.xLabel, 'x', (margin.left + width - margin.right) / 2);
  setAttr(parts.xLabel, 'y', Math.round(height - margin.bottom + 6 + xTickPadding(font) + font * 1.2 + TITLE_GAP + titleFont * 0.8));
  setText(parts.xLabel, xTitle);
  // rotated −90°: the glyphs' ascent points left, their descent (≈ 0.25 em) right, toward the tick labels
  const ty = Math.floor(margin.left - TICK_SPACE - frame.yTickWidth - TITLE_GAP - titleFont * 0.25);
  setAttr(parts.yLabel, 'font-size', titleFont);
  setAttr(parts.yLabel, 'transform', `translate(${ty},${(margin.top + height - margin.bottom) / 2}) rotate(-90)`);
  setText(parts.yLabel, yTitle);
}
