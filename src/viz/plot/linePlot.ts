/**
 * Line plot builder (D3): lines, point marks, shaded bands and reference rules on linear or
 * logarithmic axes, drawn into an <svg role="img"> with a title and a generated description.
 * A function of its inputs: calling it again with the same inputs gives the same drawing (updated
 * in place, see `renderLinePlot`). The marks are drawn by one small function each (marks.ts,
 * pointLabels.ts, canvasMarks.ts, axes.ts) inside a frame whose margins fit the measured tick
 * labels (frame.ts). Lines and bands with more than two points per pixel column are decimated
 * (first, last, minimum and maximum per column, see decimate.ts), so a series of any length
 * draws as fast as one about as long as the plot is wide.
 */
import { select, type Selection } from 'd3-selection';
import type { LinePlotData, LinePlotOptions } from './types';
import { describePlot } from './describe';
import { addHoverTip } from './hoverTip';
import { setAttr, setText } from './dom';
import { layoutFrame, plotFontSize } from './frame';
import { measurer } from './measure';
import { drawBands, drawLinesAndPoints, drawRules } from './marks';
import { drawPointLabels } from './pointLabels';
import { drawCanvasMarks, drawsOnCanvas } from './canvasMarks';
import { drawAxes, type AxisParts } from './axes';

export { CANVAS_MIN_POINTS } from './canvasMarks';

let clipCounter = 0;

/** The parts of a plot that persist between redraws (made on the first draw into an svg). */
interface Skeleton {
  title: SVGTitleElement;
  desc: SVGDescElement;
  clipId: string;
  clipRect: SVGRectElement;
  marks: Selection<SVGGElement, unknown, null, undefined>;
  axes: AxisParts;
  /** A hidden text the label widths are measured with. */
  ruler: SVGTextElement;
}

const skeletons = new WeakMap<SVGSVGElement, Skeleton>();

/** The persistent parts of the plot in `svg`, made (after clearing `svg`) on first use. */
function skeletonOf(svg: SVGSVGElement): Skeleton {
  const known = skeletons.get(svg);
  if (known && known.marks.node()?.parentNode === svg) return known;
  const root = select(svg);
  root.selectAll('*').remove();
  const clipId = `clip-${++clipCounter}`;
  const title = (cls: string) => root.append('text').attr('class', cls).attr('text-anchor', 'middle').attr('fill', 'currentColor').node()!;
  const sk: Skeleton = {
    title: root.append<SVGTitleElement>('title').node()!,
    desc: root.append<SVGDescElement>('desc').node()!,
    clipId,
    clipRect: root.append('clipPath').attr('id', clipId).append('rect').node()!,
    marks: root.append('g').attr('class', 'marks'),
    axes: {
      xAxis: root.append('g').attr('class', 'axis x'),
      yAxis: root.append('g').attr('class', 'axis y'),
      xLabel: title('axis-label'),
      yLabel: title('axis-label'),
      keys: { x: '', y: '' },
    },
    ruler: root.append('text').attr('class', 'ruler').attr('visibility', 'hidden').attr('aria-hidden', 'true').node()!,
  };
  skeletons.set(svg, sk);
  return sk;
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
  const sk = skeletonOf(svg);
  const description = describePlot(data, options);
  setAttr(svg, 'viewBox', `0 0 ${width} ${height}`);
  setAttr(svg, 'width', width);
  setAttr(svg, 'height', height);
  setAttr(svg, 'role', 'img');
  setAttr(svg, 'aria-label', options.title);
  setAttr(svg, 'aria-description', description);
  setText(sk.title, options.title);
  setText(sk.desc, description);

  const measure = measurer(sk.ruler);
  const frame = layoutFrame(data, options, plotFontSize(svg), measure);
  const { margin } = frame;
  setAttr(sk.clipRect, 'x', margin.left);
  setAttr(sk.clipRect, 'y', margin.top);
  setAttr(sk.clipRect, 'width', Math.max(0, width - margin.left - margin.right));
  setAttr(sk.clipRect, 'height', Math.max(0, height - margin.top - margin.bottom));
  // Fixed domains may cut the data: clip the marks to the plotting area.
  setAttr(sk.marks.node()!, 'clip-path', options.xDomain || options.yDomain ? `url(#${sk.clipId})` : null);

  const onCanvas = drawsOnCanvas(data, options);
  drawBands(sk.marks, onCanvas ? [] : (data.bands ?? []), frame, options);
  const labels = drawLinesAndPoints(sk.marks, data, frame, options, onCanvas);
  drawCanvasMarks(svg, sk.marks, onCanvas ? data : null, frame, options);
  const obstacles = drawRules(sk.marks, data.rules ?? [], frame, options, measure);
  drawPointLabels(sk.marks, labels, frame, obstacles, measure);
  drawAxes(sk.axes, frame, options.xLabel, options.yLabel);
  addHoverTip(select(svg), data.lines, frame.x, frame.y, { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom }, options.locale);
  return description;
}
