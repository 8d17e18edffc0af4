/**
 * The SVG marks of a line plot, one function per kind in the spirit of Observable Plot: bands,
 * lines, points and reference rules. Each joins its data to the elements of a previous drawing
 * (by position) and writes only the attributes that change.
 */
import { select, type Selection } from 'd3-selection';
import { paletteColor } from '../colors';
import type { BandMark, LineMark, LinePlotData, LinePlotOptions, RuleMark } from './types';
import { bandShape, dashOf, lineShape, usable } from './shapes';
import { setAttr, setText } from './dom';
import type { Frame, Measure } from './frame';
import type { Box, PointLabel } from './pointLabels';

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Radius of a point mark, px. */
const POINT_RADIUS = 3.5;

/** Draws the filled bands (none when they are drawn on a canvas). */
export function drawBands(plot: Group, bands: BandMark[], frame: Frame, options: LinePlotOptions): void {
  plot
    .selectAll<SVGPathElement, unknown>(':scope > path.band')
    .data(bands)
    .join((enter) => enter.insert('path', ':scope > g.mark, :scope > g.point-labels, :scope > g.rule').attr('class', 'band').attr('fill-opacity', 0.25).attr('stroke', 'none'))
    .each(function (band, i) {
      const { idx, shape } = bandShape(band, frame.x, frame.y, options, frame.plotRange);
      setAttr(this, 'd', shape(idx) ?? '');
      setAttr(this, 'fill', band.color ?? paletteColor(i + 3));
    });
}

/** Draws a point mark's circles into `g` and returns its labels (pixel positions of their points). */
function drawPoints(g: Group, mark: LineMark, color: string, frame: Frame, options: LinePlotOptions): PointLabel[] {
  const { x, y } = frame;
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
      setAttr(this, 'r', POINT_RADIUS);
    });
  const labels: PointLabel[] = [];
  for (const k of mark.labels ? idx : []) {
    const text = mark.labels![k];
    if (text) labels.push({ px: x(mark.x[k]), py: y(mark.y[k]), text, color, side: mark.labelSide });
  }
  return labels;
}

/** Draws a line mark's path into `g`. */
function drawLine(g: Group, mark: LineMark, color: string, frame: Frame, options: LinePlotOptions): void {
  g.selectAll(':scope > g.points').remove();
  const { idx, shape } = lineShape(mark, frame.x, frame.y, options, frame.plotRange);
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

/**
 * Draws the line and point marks (lines left empty when they are drawn on a canvas) and returns
 * the labels of the point marks, to be placed by `drawPointLabels`.
 */
export function drawLinesAndPoints(plot: Group, data: LinePlotData, frame: Frame, options: LinePlotOptions, onCanvas: boolean): PointLabel[] {
  const labelled: PointLabel[] = [];
  plot
    .selectAll<SVGGElement, LineMark>(':scope > g.mark')
    .data(data.lines)
    .join((enter) => enter.insert('g', ':scope > g.point-labels, :scope > g.rule').attr('class', 'mark'))
    .each(function (mark, i) {
      const g = select(this);
      const color = mark.color ?? paletteColor(i);
      if (mark.points) labelled.push(...drawPoints(g, mark, color, frame, options));
      else {
        if (onCanvas) g.selectAll(':scope > *').remove();
        else drawLine(g, mark, color, frame, options);
        labelled.push(...pieceEndLabels(mark, color, frame, options));
      }
    });
  return labelled;
}

/** Labels of a line mark's pieces (runs of drawable points), each at its piece's last point; the k-th label belongs to the k-th piece. */
function pieceEndLabels(mark: LineMark, color: string, frame: Frame, options: LinePlotOptions): PointLabel[] {
  if (!mark.labels) return [];
  const labels: PointLabel[] = [];
  const n = Math.min(mark.x.length, mark.y.length);
  let piece = 0;
  for (let k = 0; k < n; k++) {
    if (!usable(mark.x[k], options.xLog) || !usable(mark.y[k], options.yLog)) continue;
    const last = k + 1 >= n || !usable(mark.x[k + 1], options.xLog) || !usable(mark.y[k + 1], options.yLog);
    if (!last) continue;
    const text = mark.labels[piece++];
    if (text) labels.push({ px: frame.x(mark.x[k]), py: frame.y(mark.y[k]), text, color, side: mark.labelSide });
  }
  return labels;
}

/** Whether two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Where a rule's label goes: its anchor point, alignment and (estimated) box. */
interface RuleLabelPlace {
  x: number;
  y: number;
  end: boolean;
  box: Box;
}

/**
 * Places the label of a rule at pixel position `v`: at the top of a vertical rule (right of it),
 * at the right end of a horizontal one (above it, below when that spot is taken); moved down a
 * row while it overlaps a label placed before.
 */
function placeRuleLabel(vertical: boolean, v: number, width: number, frame: Frame, taken: Box[]): RuleLabelPlace {
  const { margin, font } = frame;
  const box = (x: number, baseline: number, end: boolean): Box => ({ left: end ? x - width : x, right: end ? x : x + width, top: baseline - font * 0.8, bottom: baseline + font * 0.25 });
  if (vertical) {
    let y = margin.top + font + 1;
    while (taken.some((b) => overlaps(b, box(v + 4, y, false))) && y < frame.height - margin.bottom - font) y += Math.round(font * 1.2);
    return { x: v + 4, y, end: false, box: box(v + 4, y, false) };
  }
  const x = frame.width - margin.right - 4;
  const above = v - 4;
  const y = taken.some((b) => overlaps(b, box(x, above, true))) || above - font < margin.top ? v + font + 2 : above;
  return { x, y, end: true, box: box(x, y, true) };
}

/**
 * Draws the reference rules with their labels and returns what point labels must keep clear of:
 * the horizontal rule lines and every rule label's box.
 */
export function drawRules(plot: Group, rules: RuleMark[], frame: Frame, options: LinePlotOptions, measure: Measure): Box[] {
  const { margin, width, height, font, x, y } = frame;
  const obstacles: Box[] = [];
  const labelBoxes: Box[] = [];
  plot
    .selectAll<SVGGElement, RuleMark>(':scope > g.rule')
    .data(rules)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'rule');
      g.append('line').attr('stroke-dasharray', '3 3').attr('stroke-opacity', 0.7);
      g.append('text');
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
      if (!vertical) obstacles.push({ left: margin.left, right: width - margin.right, top: v - 1.5, bottom: v + 1.5 });
      const place = placeRuleLabel(vertical, v, rule.label ? measure(rule.label, font) : 0, frame, labelBoxes);
      if (rule.label) labelBoxes.push(place.box);
      setAttr(text, 'x', place.x);
      setAttr(text, 'y', place.y);
      setAttr(text, 'font-size', font);
      setAttr(text, 'text-anchor', place.end ? 'end' : null);
      setAttr(text, 'fill', color);
      setText(text, rule.label);
    });
  return [...obstacles, ...labelBoxes];
}
