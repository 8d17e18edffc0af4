/**
 * Selection of the plateau points of measured isotherms, by composition. Per (temperature,
 * direction) group a core is found first: the densest 0.3-wide window of ln f (on a plateau many
 * compositions share nearly one pressure), widened to every point whose composition lies within the
 * window's composition span. A straight line ln f = c + s x is fitted to the core; the α branch is
 * the longest run of lowest-composition points lying more than 3 σ̂ below that line, the β branch
 * (and any higher plateau) the longest run of highest-composition points lying more than 3 σ̂ above
 * it, with σ̂ the residual standard deviation pooled over all groups. Everything between the two
 * runs is the plateau, whatever the noise of its single points; line and runs are refitted until
 * they no longer change. So the selection is a contiguous composition interval: a noisy plateau
 * point is dropped only when it is the outermost one and lies beyond 3 σ̂ on the branch side.
 */
import type { FitPoint } from './fit';

/** Window width in ln f used to find the plateau core. */
const PLATEAU_WINDOW = 0.3;

/** A branch point lies more than this many pooled residual standard deviations off the plateau line. */
const BRANCH_SIGMAS = 3;

/** Floor of the branch threshold in ln f (noise-free data: round-off must not split a plateau). */
const MIN_THRESHOLD = 1e-6;

/** Refits of line and branch runs before the selection is taken as it stands. */
const MAX_PASSES = 20;

/** The plateau points of one (T, direction) group: their mean T (K), direction and the points. */
export interface PlateauGroup {
  T: number;
  absorption: boolean;
  points: FitPoint[];
}

/** One group during the selection: all its points sorted by composition and the plateau index range [lo, hi]. */
interface Selection {
  sorted: FitPoint[];
  lo: number;
  hi: number;
}

/** Least-squares line v = c + s x through points (s = 0 when flat or all x are equal): c, s and the residual sum of squares and dof. */
function fitLine(pts: readonly FitPoint[], flat: boolean): { c: number; s: number; rss: number; dof: number } {
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p.x, 0) / n;
  const mv = pts.reduce((a, p) => a + p.v, 0) / n;
  let sxx = 0;
  let sxv = 0;
  for (const p of pts) {
    sxx += (p.x - mx) ** 2;
    sxv += (p.x - mx) * (p.v - mv);
  }
  const sloped = !flat && sxx > 0;
  const s = sloped ? sxv / sxx : 0;
  const c = mv - s * mx;
  const rss = pts.reduce((a, p) => a + (p.v - c - s * p.x) ** 2, 0);
  return { c, s, rss, dof: n - (sloped ? 2 : 1) };
}

/** The core of one group: index range (in composition order) spanned by the densest 0.3-wide ln f window. */
function core(sorted: readonly FitPoint[]): Selection {
  const byV = [...sorted].sort((a, b) => a.v - b.v);
  let best = 0;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < byV.length; i++) {
    while (byV[j].v < byV[i].v - PLATEAU_WINDOW) j++;
    if (i - j + 1 > bestCount) {
      bestCount = i - j + 1;
      best = i;
    }
  }
  const window = byV.slice(best - bestCount + 1, best + 1);
  const xLo = Math.min(...window.map((p) => p.x));
  const xHi = Math.max(...window.map((p) => p.x));
  return { sorted: [...sorted], lo: sorted.findIndex((p) => p.x >= xLo), hi: sorted.findLastIndex((p) => p.x <= xHi) };
}

/** The plateau range between the α run (points below line − t) and the β run (points above line + t). */
function between(sel: Selection, c: number, s: number, t: number): Selection {
  const r = (p: FitPoint) => p.v - c - s * p.x;
  let lo = 0;
  while (lo < sel.sorted.length && r(sel.sorted[lo]) < -t) lo++;
  let hi = sel.sorted.length - 1;
  while (hi >= lo && r(sel.sorted[hi]) > t) hi--;
  return { sorted: sel.sorted, lo, hi };
}

/** Plateau points per (T rounded to 0.01 K, direction) group, selected by composition (see the module note). Sorted by T. */
export function plateauGroups(points: readonly FitPoint[]): PlateauGroup[] {
  const groups = new Map<string, FitPoint[]>();
  for (const pt of points) {
    // Stryker disable next-line StringLiteral: emptying either direction tag still leaves the two keys of one T distinct
    const dir = pt.absorption ? 'a' : 'd';
    const key = `${Math.round(pt.T * 100)}|${dir}`;
    const g = groups.get(key);
    if (g) g.push(pt);
    else groups.set(key, [pt]);
  }
  let sels = [...groups.values()].map((g) => core([...g].sort((a, b) => a.x - b.x)));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const lines = sels.map((sel) => (sel.hi - sel.lo >= 1 ? fitLine(sel.sorted.slice(sel.lo, sel.hi + 1), pass === 0) : null));
    const rss = lines.reduce((a, l) => a + (l?.rss ?? 0), 0);
    const dof = lines.reduce((a, l) => a + (l?.dof ?? 0), 0);
    if (dof <= 0) break;
    const t = Math.max(BRANCH_SIGMAS * Math.sqrt(rss / dof), MIN_THRESHOLD);
    const next = sels.map((sel, i) => {
      const l = lines[i];
      if (!l) return sel;
      const b = between(sel, l.c, l.s, t);
      return b.hi - b.lo >= 1 ? b : sel;
    });
    const same = next.every((b, i) => b.lo === sels[i].lo && b.hi === sels[i].hi);
    sels = next;
    if (same && pass > 0) break;
  }
  return sels
    .map((sel) => ({
      T: sel.sorted.reduce((a, p) => a + p.T, 0) / sel.sorted.length,
      absorption: sel.sorted[0].absorption,
      points: sel.sorted.slice(sel.lo, sel.hi + 1),
    }))
    .sort((a, b) => a.T - b.T);
}

/** Mean ln(f/p°) of a plateau group's points (for plotting the plateaus against 1/T). */
export function plateauMean(g: PlateauGroup): number {
  return g.points.reduce((a, p) => a + p.v, 0) / g.points.length;
}
