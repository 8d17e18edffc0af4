/**
 * BoundedHistory (history.ts): every step kept until the capacity, then thinned to every other
 * row with the stride doubled; the latest state is always the last row, t = 0 always the first.
 * Checked against the rows an independent rule predicts: the steps that are multiples of the
 * stride, the smallest power of two that keeps at most `capacity` of them, plus the latest step.
 */
import { describe, expect, it } from 'vitest';
import { BoundedHistory, HISTORY_CAPACITY } from '../../../../src/models/solidification/history';

/** The steps a history of this capacity should hold after steps 0 … last. */
function expected(capacity: number, last: number): { rows: number[]; stride: number } {
  let stride = 1;
  while (Math.floor(last / stride) + 1 > capacity) stride *= 2;
  const rows: number[] = [];
  for (let i = 0; i <= last; i += stride) rows.push(i);
  if (rows[rows.length - 1] !== last) rows.push(last);
  return { rows, stride };
}

const row = (i: number) => ({ t: i, s: 10 * i, V: 20 * i, T: 30 * i, xL: 40 * i, xS: 50 * i });

describe('BoundedHistory', () => {
  for (const capacity of [1, 2, 3, 4, 5, 8]) {
    it(`capacity ${capacity}: after each of 200 steps it holds exactly the predicted rows, every column of the same steps`, () => {
      const h = new BoundedHistory(capacity);
      for (let i = 0; i < 200; i++) {
        h.push(row(i));
        const want = expected(capacity, i);
        expect(h.t, `after step ${i}`).toEqual(want.rows);
        expect(h.stride, `stride after step ${i}`).toBe(want.stride);
        expect(h.length).toBe(want.rows.length);
        expect(h.s).toEqual(want.rows.map((r) => 10 * r));
        expect(h.V).toEqual(want.rows.map((r) => 20 * r));
        expect(h.T).toEqual(want.rows.map((r) => 30 * r));
        expect(h.xL).toEqual(want.rows.map((r) => 40 * r));
        expect(h.xS).toEqual(want.rows.map((r) => 50 * r));
      }
    });
  }

  it(`default capacity ${HISTORY_CAPACITY}: the first ${HISTORY_CAPACITY} steps are all kept, the next push halves them`, () => {
    expect(HISTORY_CAPACITY).toBe(4096);
    const h = new BoundedHistory();
    expect(h.capacity).toBe(HISTORY_CAPACITY);
    for (let i = 0; i < HISTORY_CAPACITY; i++) h.push(row(i));
    expect([h.length, h.stride]).toEqual([HISTORY_CAPACITY, 1]);
    h.push(row(HISTORY_CAPACITY));
    expect([h.length, h.stride]).toEqual([HISTORY_CAPACITY / 2 + 1, 2]);
  });
});
