/**
 * Hover read-out for line plots: as the pointer moves over the plotting area, the nearest data
 * point of any line (in screen distance, within 40 px) is ringed and its series label and x, y
 * values are shown. Keyboard and screen-reader users get the same numbers from the plot's data
 * table; this is a pointer convenience only.
 */
import type { Selection } from 'd3-selection';
import type { ScaleContinuousNumeric } from 'd3-scale';
import { formatSignificant } from '../../core/format';
import type { LineMark } from './types';

const MAX_DISTANCE_PX = 40;

/** The plotting area in pixels. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Adds the hover read-out to a plot whose lines are drawn with scales `x` and `y` (numbers to 4 significant digits in `locale`), or refreshes the one a previous draw made. */
export function addHoverTip(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  lines: LineMark[],
  x: ScaleContinuousNumeric<number, number>,
  y: ScaleContinuousNumeric<number, number>,
  area: PlotArea,
  locale = 'en-US',
): void {
  const formatValue = (v: number) => formatSignificant(v, 4, locale);
  // made on the first draw, reused (with fresh data and scales) by every redraw
  const tip = root
    .selectAll<SVGGElement, unknown>(':scope > g.hover-tip')
    .data([0])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'hover-tip').attr('pointer-events', 'none').style('display', 'none');
      g.append('circle').attr('r', 5).attr('fill', 'none').attr('stroke-width', 2);
      g.append('text').attr('font-size', 'var(--plot-font-size, 11px)').attr('fill', 'currentColor').attr('paint-order', 'stroke').attr('stroke', 'var(--bg, white)').attr('stroke-width', 4);
      return g;
    });
  const ring = tip.select<SVGCircleElement>('circle');
  const text = tip.select<SVGTextElement>('text');
  root
    .selectAll<SVGRectElement, unknown>(':scope > rect.hover-area')
    .data([0])
    .join((enter) => enter.append('rect').attr('class', 'hover-area').attr('fill', 'transparent'))
    .attr('x', area.left)
    .attr('y', area.top)
    .attr('width', Math.max(0, area.right - area.left))
    .attr('height', Math.max(0, area.bottom - area.top))
    .on('pointermove', (event: PointerEvent) => {
      const svg = root.node();
      if (!svg) return;
      const ctm = svg.getScreenCTM();
      if (!ctm) return;
      const px = (event.clientX - ctm.e) / ctm.a;
      const py = (event.clientY - ctm.f) / ctm.d;
      let best: { d: number; sx: number; sy: number; line: LineMark; k: number } | null = null;
      for (const line of lines) {
        const n = Math.min(line.x.length, line.y.length);
        for (let k = 0; k < n; k++) {
          const sx = x(line.x[k]);
          const sy = y(line.y[k]);
          if (!Number.isFinite(sx) || !Number.isFinite(sy)) continue;
          const d = Math.hypot(sx - px, sy - py);
          if (!best || d < best.d) best = { d, sx, sy, line, k };
        }
      }
      if (!best || best.d > MAX_DISTANCE_PX) {
        tip.style('display', 'none');
        return;
      }
      const leftSide = best.sx > (area.left + area.right) / 2;
      tip.style('display', null);
      ring.attr('cx', best.sx).attr('cy', best.sy).attr('stroke', best.line.color ?? 'currentColor');
      text
        .attr('x', best.sx + (leftSide ? -9 : 9))
        .attr('y', Math.max(area.top + 12, best.sy - 9))
        .attr('text-anchor', leftSide ? 'end' : 'start')
        .text(`${best.line.label}: ${formatValue(best.line.x[best.k])}, ${formatValue(best.line.y[best.k])}`);
    })
    .on('pointerleave', () => tip.style('display', 'none'));
}
