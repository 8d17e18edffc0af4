/**
 * The frame of a line plot: font sizes, margins and scales. The margins are computed from the
 * measured widths of the tick labels and the font size of the axis titles, so a y-axis title
 * never overlaps the tick labels, whatever their length or the font size (presenter mode,
 * full-screen cards).
 */
import type { LinePlotData, LinePlotOptions } from './types';
import { allValues, extent, makeScale, type Scale } from './shapes';
import { tickFormatOf } from './ticks';

/** Space around the plotting area, px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Width of a text at a font size (px), measured or estimated. */
export type Measure = (text: string, fontSize: number) => number;

/** Everything the marks and axes of one drawing are placed by. */
export interface Frame {
  width: number;
  height: number;
  margin: Margin;
  x: Scale;
  y: Scale;
  /** Tick-label and annotation font size, px. */
  font: number;
  /** Axis-title font size, px. */
  titleFont: number;
  xTicks: number;
  yTicks: number;
  xFormat: (value: number) => string;
  yFormat: (value: number) => string;
  /** Width of the widest y tick label, px. */
  yTickWidth: number;
  /** Left and right end of the plotting area, px. */
  plotRange: [number, number];
}

/** Tick length plus the gap between a tick and its label (d3-axis defaults), px. */
export const TICK_SPACE = 9;
/**
 * Gap between an x tick and its label, px: wide enough at any font size that the first x label
 * stays below the lowest y label beside the corner (which is centred on the x axis).
 */
export function xTickPadding(font: number): number {
  return Math.max(3, Math.ceil(font * 0.85 - 6));
}
/** Gap between tick labels and an axis title, px. */
export const TITLE_GAP = 6;
/** Font size used when the page sets none, px. */
export const DEFAULT_FONT = 11;

/** Estimated width of a text (0.6 em per Latin character, 1 em per CJK one), px. */
export function estimateWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

/** The widest of some texts at a font size, px. */
function widest(texts: string[], fontSize: number, measure: Measure): number {
  return texts.reduce((w, s) => (s ? Math.max(w, measure(s, fontSize)) : w), 0);
}

/** The plot font size set by the page (CSS `--plot-font-size`, px) for `svg`, or DEFAULT_FONT. */
export function plotFontSize(svg: SVGSVGElement): number {
  if (typeof getComputedStyle !== 'function') return DEFAULT_FONT;
  const v = parseFloat(getComputedStyle(svg).getPropertyValue('--plot-font-size'));
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_FONT;
}

/**
 * Lays out a plot of `options.width` × `options.height` px at tick font `font`: the bottom margin
 * holds a row of tick labels and the x title, the left margin the widest y tick label and the
 * (rotated) y title; the number of x ticks is lowered until their labels fit side by side.
 * Domains are widened to round ticks unless `nice` is false (a heat map's grid fills its domain).
 */
export function layoutFrame(data: LinePlotData, options: LinePlotOptions, font: number, measure: Measure, nice = true): Frame {
  const { width, height } = options;
  const titleFont = font + 1;
  const top = Math.round(font * 0.6) + 6;
  const right = Math.max(16, Math.round(font * 1.5));
  const bottom = Math.ceil(6 + xTickPadding(font) + font * 1.2 + TITLE_GAP + titleFont * 1.1 + 2);
  const xDomain = options.xDomain ?? extent(allValues(data, 'x'), !!options.xLog) ?? [0, 1];
  const yDomain = options.yDomain ?? extent(allValues(data, 'y'), !!options.yLog) ?? [0, 1];
  const y = makeScale(!!options.yLog, yDomain, [height - bottom, top], nice);
  const yTicks = Math.max(2, Math.floor((height - top - bottom) / (font * 3.6)));
  const yFormat = tickFormatOf(y, !!options.yLog, yTicks, options.tickFormat);
  const yTickWidth = Math.ceil(widest(y.ticks(yTicks).map(yFormat), font, measure));
  const left = Math.ceil(TICK_SPACE + yTickWidth + TITLE_GAP + titleFont * 1.1 + 2);
  const x = makeScale(!!options.xLog, xDomain, [left, width - right], nice);
  let xTicks = Math.max(2, Math.floor((width - left - right) / (font * 7.3)));
  let xFormat = tickFormatOf(x, !!options.xLog, xTicks, options.tickFormat);
  for (;;) {
    const ticks = x.ticks(xTicks);
    const room = (width - left - right) / Math.max(1, ticks.length - 1);
    if (xTicks <= 2 || widest(ticks.map(xFormat), font, measure) + font <= room) break;
    xTicks--;
    xFormat = tickFormatOf(x, !!options.xLog, xTicks, options.tickFormat);
  }
  return {
    width,
    height,
    margin: { top, right, bottom, left },
    x,
    y,
    font,
    titleFont,
    xTicks,
    yTicks,
    xFormat,
    yFormat,
    yTickWidth,
    plotRange: [left, width - right],
  };
}
