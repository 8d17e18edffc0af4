/**
 * Locates the system Chromium used by the browser and end-to-end tests, and the flags it needs
 * here (headless, as root, on a closed network). Override the path with CHROMIUM_PATH.
 */
import { existsSync } from 'node:fs';

/** Absolute path of the Chromium executable, or null when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

/** Launch flags for headless Chromium on this kind of machine. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];
