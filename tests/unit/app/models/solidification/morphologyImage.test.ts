/** The morphology card's painter: log ramp between the frame's extremes, highest row on top, interface pixels in vermilion. */
import { describe, expect, it } from 'vitest';
import { concentrationRange, paintFrame } from '../../../../../src/app/models/solidification/morphologyImage';
import type { MorphologyFrame } from '../../../../../src/models/solidification';
import { OKABE_ITO, RAMP_STOPS } from '../../../../../src/viz/colors';

const nx = 3;
const nz = 4;
const cell = 2e-6;

function frame(): MorphologyFrame {
  // solid (c/x0 = 1) in rows 0–1, melt 4 in rows 2–3; the front 1 cell above the bottom row's centre in column 0
  const concentration = Float32Array.from({ length: nx * nz }, (_, id) => (Math.floor(id / nx) < 2 ? 1 : 4));
  return { concentration, profile: Float64Array.from([cell, NaN, 10 * cell]), bottom: 0, time: 1, steps: 1, amplitude: 0, primarySpacing: null };
}

describe('paintFrame', () => {
  it('maps the smallest c/x0 to the first ramp stop and the largest to the last, the top row first', () => {
    const f = frame();
    expect(concentrationRange(f.concentration)).toEqual([1, 4]);
    const px = new Uint8ClampedArray(4 * nx * nz);
    paintFrame(f, nx, nz, cell, px);
    const at = (row: number, col: number) => Array.from(px.slice(4 * (row * nx + col), 4 * (row * nx + col) + 4));
    // image row 0 is the top of the domain (melt, c/x0 = 4): the last stop
    expect(at(0, 1)).toEqual([...RAMP_STOPS[RAMP_STOPS.length - 1], 255]);
    // image row 3 is the bottom (solid, c/x0 = 1): the first stop
    expect(at(3, 1)).toEqual([...RAMP_STOPS[0], 255]);
  });

  it('marks the interface row of each column that has one (none for NaN, none outside the window)', () => {
    const px = new Uint8ClampedArray(4 * nx * nz);
    paintFrame(frame(), nx, nz, cell, px);
    const n = parseInt(OKABE_ITO.vermilion.slice(1), 16);
    const vermilion = [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
    const isMark = (row: number, col: number) => Array.from(px.slice(4 * (row * nx + col), 4 * (row * nx + col) + 4)).join() === vermilion.join();
    // column 0: height 1 cell above the bottom row → domain row 1 → image row 2
    expect([0, 1, 2, 3].filter((r) => isMark(r, 0))).toEqual([2]);
    expect([0, 1, 2, 3].filter((r) => isMark(r, 1))).toEqual([]);
    expect([0, 1, 2, 3].filter((r) => isMark(r, 2))).toEqual([]);
  });
});
