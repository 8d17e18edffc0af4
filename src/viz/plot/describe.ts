/**
 * Text alternatives for plots: a one-paragraph description generated from the data
 * (what is plotted against what, each series' range), for aria-description and screen readers.
 */
import type { DescribeWords, LinePlotData, LinePlotOptions } from './types';
import { finiteExtent } from '../../core/extent';
import { formatSignificant } from '../../core/format';

/** The English templates (used when the caller gives none). */
export const DESCRIBE_EN: DescribeWords = {
  against: '{title}: {y} against {x}.',
  series: '{label}: {n} points, x from {x0} to {x1}, y from {y0} to {y1}.',
  empty: '{label}: no finite values.',
  shaded: 'Shaded: {label}.',
  marked: 'Marked: {label} at {value}.',
};

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : all));
}

/** Describes a line plot in one paragraph (labels come translated from the caller, and so may the sentence templates; numbers to 3 significant digits in `options.locale`). */
export function describePlot(data: LinePlotData, options: Pick<LinePlotOptions, 'title' | 'xLabel' | 'yLabel' | 'describe' | 'locale'>): string {
  const fmt = (v: number) => formatSignificant(v, 3, options.locale);
  const w = options.describe ?? DESCRIBE_EN;
  const parts = [fill(w.against, { title: options.title, y: options.yLabel, x: options.xLabel })];
  for (const line of data.lines) {
    const xr = finiteExtent(line.x);
    const yr = finiteExtent(line.y);
    if (!xr || !yr) {
      parts.push(fill(w.empty, { label: line.label }));
      continue;
    }
    parts.push(fill(w.series, { label: line.label, n: line.x.length, x0: fmt(xr[0]), x1: fmt(xr[1]), y0: fmt(yr[0]), y1: fmt(yr[1]) }));
  }
  for (const band of data.bands ?? []) parts.push(fill(w.shaded, { label: band.label }));
  for (const rule of data.rules ?? []) parts.push(fill(w.marked, { label: rule.label, value: fmt(rule.value) }));
  return parts.join(' ');
}
