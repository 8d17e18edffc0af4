/**
 * Saving plots and data: an SVG element as an SVG file or a PNG (rasterised at a chosen scale
 * through a canvas), and any text (CSV, JSON) as a download.
 */

/** Serialises an SVG element with inline computed colours resolved, as standalone SVG text. */
export function svgToText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const color = getComputedStyle(svg).color || '#000';
  clone.setAttribute('style', `color:${color};font-family:system-ui,sans-serif;background:${getComputedStyle(svg).backgroundColor || 'white'}`);
  return new XMLSerializer().serializeToString(clone).replace(/var\(--plot-line-width, ?([\d.]+)\)/g, '$1').replace(/var\(--plot-font-size, ?([\d.]+px)\)/g, '$1');
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

/** Rasterises an SVG element to a PNG blob at `scale` × its CSS size. */
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
  ctx.fillStyle = getComputedStyle(svg).backgroundColor || '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
