/**
 * Renders the web app manifest's PNG icons from public/favicon.svg with the system Chromium:
 * `node scripts/icons.mjs` writes public/icons/icon-{192,512}.png (the flask on a white rounded
 * square) and icon-maskable-512.png (full-bleed white, the flask inside the 80 % safe zone).
 * The PNGs are committed, so a build needs no browser; rerun this after changing the favicon.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './chromium.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** Icons to render: file name, edge in px, corner radius and flask size as fractions of the edge. */
const icons = [
  { file: 'icon-192.png', size: 192, radius: 0.18, flask: 0.78 },
  { file: 'icon-512.png', size: 512, radius: 0.18, flask: 0.78 },
  { file: 'icon-maskable-512.png', size: 512, radius: 0, flask: 0.6 },
];

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: install it or set CHROMIUM_PATH');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
for (const { file, size, radius, flask } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const edge = Math.round(size * flask);
  await page.setContent(
    `<body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px;border-radius:${radius * size}px;background:#fff;display:grid;place-items:center"><img src="${dataUrl}" width="${edge}" height="${edge}"></div></body>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
