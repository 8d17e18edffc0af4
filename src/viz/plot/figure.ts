/**
 * A figure ready for a paper or a slide: the drawn plot placed in a larger SVG with an opaque
 * white background, the light palette (whatever the page theme), the plot's title above, its
 * legend below and a small footer (model and the link that reproduces the view).
 */
import type { LinePlotData } from './types';
import { LIGHT_INK } from '../colors';

/** One legend entry of a figure. */
export interface FigureLegendEntry {
  label: string;
  color: string;
  kind: 'line' | 'points' | 'band';
  /** SVG stroke-dasharray of a line entry. */
  dash?: string;
}

/** Title and footer text of a figure. */
export interface FigureText {
  title: string;
  footer: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 12;
const TITLE_SIZE = 15;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 18;
const FOOTER_SIZE = 10;
const FOOTER_ROW = 13;
const FOOTER_MAX_LINES = 4;

/** The legend entries of a plot's lines and bands, in drawing order. */
export function legendOf(data: LinePlotData): FigureLegendEntry[] {
  const lines = data.lines.map(
    (l): FigureLegendEntry => ({ label: l.label, color: l.color ?? 'currentColor', kind: l.points ? 'points' : 'line', dash: l.dash ?? (l.dashed ? '6 4' : undefined) }),
  );
  const bands = (data.bands ?? []).map((b): FigureLegendEntry => ({ label: b.label, color: b.color ?? 'currentColor', kind: 'band' }));
  return [...lines, ...bands];
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Rough text width in px (the figure must be laid out before fonts are known to the file's reader). */
function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.6;
  return w;
}

/** Breaks `text` into lines of at most `width` px, at most `max` lines (the last ends with … when cut). */
function wrap(text: string, size: number, width: number, max: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.6)));
  const out: string[] = [];
  for (let i = 0; i < text.length && out.length < max; i += perLine) out.push(text.slice(i, i + perLine));
  if (out.length * perLine < text.length) out[out.length - 1] = out[out.length - 1].slice(0, -1) + '…';
  return out;
}

/**
 * Builds the figure around `plot` (an SVG line plot already drawn, with width and height
 * attributes) and appends it to `plot`'s parent; `plot` itself is moved inside the figure.
 */
export function composeFigure(plot: SVGSVGElement, data: LinePlotData, text: FigureText): SVGSVGElement {
  const width = Number(plot.getAttribute('width'));
  const plotHeight = Number(plot.getAttribute('height'));
  const inner = width - 2 * PAD;
  const titleLines = wrap(text.title, TITLE_SIZE, inner, 2);
  const titleH = PAD + titleLines.length * (TITLE_SIZE + 4);

  // legend rows: entries flow left to right and wrap
  const entries = legendOf(data);
  const placed: { e: FigureLegendEntry; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const e of entries) {
    const w = 26 + textWidth(e.label, LEGEND_SIZE) + 16;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      row++;
    }
    placed.push({ e, x, row });
    x += w;
  }
  const legendH = entries.length > 0 ? (row + 1) * LEGEND_ROW + 6 : 0;
  const footerLines = wrap(text.footer, FOOTER_SIZE, inner, FOOTER_MAX_LINES);
  const footerH = footerLines.length * FOOTER_ROW + PAD;
  const height = titleH + plotHeight + legendH + footerH;

  const fig = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'system-ui, sans-serif', color: LIGHT_INK.fg });
  fig.style.colorScheme = 'light';
  fig.style.color = LIGHT_INK.fg;
  fig.append(el('rect', { x: 0, y: 0, width, height, fill: LIGHT_INK.bg }));
  titleLines.forEach((line, i) => fig.append(el('text', { x: PAD, y: PAD + (i + 1) * (TITLE_SIZE + 4) - 4, 'font-size': TITLE_SIZE, 'font-weight': 600, fill: LIGHT_INK.fg }, line)));
  plot.parentElement?.append(fig);
  plot.setAttribute('x', '0');
  plot.setAttribute('y', String(titleH));
  fig.append(plot);

  const legend = el('g', { class: 'figure-legend', transform: `translate(0 ${titleH + plotHeight + 4})`, 'font-size': LEGEND_SIZE, fill: LIGHT_INK.fg });
  for (const { e, x: ex, row: r } of placed) {
    const cy = r * LEGEND_ROW + LEGEND_ROW / 2;
    if (e.kind === 'points') legend.append(el('circle', { cx: ex + 11, cy, r: 4, fill: e.color }));
    else if (e.kind === 'band') legend.append(el('rect', { x: ex, y: cy - 5, width: 22, height: 10, fill: e.color, 'fill-opacity': 0.35 }));
    else legend.append(el('line', { x1: ex, x2: ex + 22, y1: cy, y2: cy, stroke: e.color, 'stroke-width': 2.5, ...(e.dash ? { 'stroke-dasharray': e.dash } : {}) }));
    legend.append(el('text', { x: ex + 28, y: cy + LEGEND_SIZE * 0.35 }, e.label));
  }
  fig.append(legend);
  const footerTop = titleH + plotHeight + legendH;
  footerLines.forEach((line, i) => fig.append(el('text', { class: 'figure-footer', x: PAD, y: footerTop + (i + 1) * FOOTER_ROW, 'font-size': FOOTER_SIZE, fill: LIGHT_INK.muted }, line)));
  return fig;
}
