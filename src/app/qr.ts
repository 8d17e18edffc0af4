/**
 * A QR code of a link as one SVG path (unit modules, a four-module quiet zone), encoded by uqr
 * with error correction level M; null when the link is too long for a QR code.
 */
import { encode } from 'uqr';

/** Modules of quiet zone around the code. */
const QUIET = 4;

/** The dark modules of `link`'s QR code as SVG path data, and the side of the code in modules (quiet zone included). */
export function qrPath(link: string): { d: string; side: number } | null {
  try {
    const qr = encode(link, { ecc: 'M', border: 0 });
    let d = '';
    qr.data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x + QUIET} ${y + QUIET}h1v1h-1z` : '')));
    return { d, side: qr.size + 2 * QUIET };
  } catch {
    return null;
  }
}
