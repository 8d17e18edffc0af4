/** Absolute path of the Chromium executable, or null when none is installed. */
export function findChromium(): string | null;
/** Launch flags for headless Chromium on this kind of machine. */
export const chromiumArgs: string[];
