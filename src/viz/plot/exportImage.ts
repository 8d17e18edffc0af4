/**
 * Saving plots and data: an SVG element as a standalone SVG file or a PNG (rasterised at a
 * chosen scale through a canvas) on an opaque white background, and any text (CSV, JSON) as a
 * download. CSS variables are resolved to light-palette colours, so the file looks the same in
 * any viewer.
 */
import type { FigureText } from './figure';
import { LIGHT_INK } from '../colors';

/**
 * Replaces every `var(--name, fallback)` in `text` by its fallback — by convention the light
 * palette's value, whatever theme the page overrides it with — and a `var(--name)` without one by
 * the colour it has at `el` (which the caller places in the light colour scheme).
 */
function resolveVars(text: string, el: Element): string {
  const sized = text.replace(/var\(--plot-line-width, ?([\d.]+)\)/g, '$1').replace(/var\(--plot-font-size, ?([\d.]+px)\)/g, '$1');
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  el.append(probe);
  try {
    return sized.replace(/var\((--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (whole, _name: string, fallback: string | undefined) => {
      if (fallback?.trim()) return fallback.trim();
      probe.style.color = '';
      probe.style.color = whole;
      const got = probe.style.color ? getComputedStyle(probe).color : '';
      return got || fallback?.trim() || LIGHT_INK.fg;
    });
  } finally {
    probe.remove();
  }
}

/** Serialises an SVG element (in the DOM) as standalone SVG text with an opaque white background and colours resolved. */
export function svgToText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('style', `color:${getComputedStyle(svg).color || LIGHT_INK.fg};font-family:system-ui,sans-serif;background:${LIGHT_INK.bg}`);
  if (!clone.querySelector(`:scope > rect[fill="${LIGHT_INK.bg}"]`)) {
    const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    for (const [k, v] of Object.entries({ x: '0', y: '0', width: '100%', height: '100%', fill: LIGHT_INK.bg })) bg.setAttribute(k, v);
    clone.prepend(bg);
  }
  return resolveVars(new XMLSerializer().serializeToString(clone), svg);
}

/** Triggers a download of `data` under `filename`. */
export function download(filename: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rasterises an SVG element to a PNG blob at `scale` × its CSS size, on an opaque white background. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = svgToText(svg);
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = LIGHT_INK.bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Breaks `text` into lines no wider than `width` as `ctx` measures them. */
function wrapMeasured(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && ctx.measureText(line + ch).width > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return line === '' ? lines : [...lines, line];
}

/**
 * A 3D view's picture (PNG) as a figure PNG: on an opaque white background (a transparent scene
 * shows white whatever the page theme), its title above and the footer below in the light
 * palette's ink. `cssWidth` is the view's width in CSS px (text is drawn at the picture's scale).
 */
export async function framePicture(picture: Blob, text: FigureText, cssWidth: number): Promise<Blob> {
  const bmp = await createImageBitmap(picture);
  const s = cssWidth > 0 ? bmp.width / cssWidth : 1;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const font = (px: number, weight = 400) => `${weight} ${px * s}px system-ui, sans-serif`;
  ctx.font = font(10);
  const footer = wrapMeasured(ctx, text.footer, bmp.width - 24 * s);
  const titleH = 34 * s;
  canvas.width = bmp.width;
  canvas.height = Math.round(titleH + bmp.height + (footer.length * 13 + 12) * s);
  ctx.fillStyle = LIGHT_INK.bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bmp, 0, titleH);
  ctx.fillStyle = LIGHT_INK.fg;
  ctx.font = font(15, 600);
  ctx.fillText(text.title, 12 * s, 23 * s, bmp.width - 24 * s);
  ctx.fillStyle = LIGHT_INK.muted;
  ctx.font = font(10);
  footer.forEach((line, i) => ctx.fillText(line, 12 * s, titleH + bmp.height + (i + 1) * 13 * s));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
