/**
 * Decimation of long polylines for drawing: of every run of consecutive points that fall into the
 * same pixel column, only the first, the last and those holding the smallest and largest value of
 * each y coordinate are kept (the "M4" scheme), so the drawn line keeps every extreme, spike and
 * column-to-column join while a series of any length costs at most about four points per pixel
 * column (two for a smooth monotone series). Undefined points (that break the line) are kept, one
 * per run of them, so gaps stay where they were. Pure: indices in, indices out; no DOM.
 */

/** Options of {@link decimateIndices}. */
export interface DecimateOptions {
  /** Number of points (indices 0 … n − 1). */
  n: number;
  /** Screen x of point k, px. */
  px: (k: number) => number;
  /** Screen y of point k, px: one function per curve sharing the x (a line has one, a band two). */
  py: ReadonlyArray<(k: number) => number>;
  /** Whether point k is drawn (false breaks the line); default: every point whose px and py are finite. */
  defined?: (k: number) => boolean;
  /** Width of a column, px (default 1). */
  columnWidth?: number;
}

/**
 * Indices of the points to draw, increasing. Points whose px is not finite count as undefined.
 * Every defined point is kept when no column holds more than two of them, so a short series is
 * drawn exactly as given; of a run of undefined points only the first is kept (the break).
 */
export function decimateIndices(options: DecimateOptions): number[] {
  const { n, px, py } = options;
  const width = options.columnWidth && options.columnWidth > 0 ? options.columnWidth : 1;
  const defined = options.defined ?? ((k: number) => Number.isFinite(px(k)) && py.every((f) => Number.isFinite(f(k))));
  const out: number[] = [];
  const m = py.length;
  const loIdx = new Array<number>(m).fill(-1);
  const hiIdx = new Array<number>(m).fill(-1);
  const loVal = new Array<number>(m).fill(Infinity);
  const hiVal = new Array<number>(m).fill(-Infinity);
  const picked: number[] = [];
  let column = NaN;
  let first = -1;
  let last = -1;

  const flush = () => {
    if (first < 0) return;
    picked.length = 0;
    picked.push(first, last);
    for (let j = 0; j < m; j++) picked.push(loIdx[j], hiIdx[j]);
    picked.sort((a, b) => a - b);
    for (const k of picked) if (k >= 0 && k !== out[out.length - 1]) out.push(k);
    first = -1;
  };

  let gap = false;
  for (let k = 0; k < n; k++) {
    const x = px(k);
    if (!Number.isFinite(x) || !defined(k)) {
      flush();
      if (!gap) out.push(k);
      gap = true;
      column = NaN;
      continue;
    }
    gap = false;
    const c = Math.floor(x / width);
    if (c !== column || first < 0) {
      flush();
      column = c;
      first = k;
      loIdx.fill(-1);
      hiIdx.fill(-1);
      loVal.fill(Infinity);
      hiVal.fill(-Infinity);
    }
    last = k;
    for (let j = 0; j < m; j++) {
      const v = py[j](k);
      if (v < loVal[j]) {
        loVal[j] = v;
        loIdx[j] = k;
      }
      if (v > hiVal[j]) {
        hiVal[j] = v;
        hiIdx[j] = k;
      }
    }
  }
  flush();
  return out;
}
