/**
 * Plateau selection (plateauSelect.ts) on small hand-built point sets whose plateau is known by
 * construction: grouping by T (rounded to 0.01 K) and direction, group temperature and order, the
 * α and β runs dropped, a noisy interior point kept (selection by composition), the outermost
 * point dropped only beyond 3 σ̂ with σ̂ pooled over all groups, and the mean ln f of a group.
 */
import { describe, expect, it } from 'vitest';
import type { FitPoint } from '../../../../src/models/hydrogen/fit';
import { plateauGroups, plateauMean } from '../../../../src/models/hydrogen/plateauSelect';

let nextLine = 1;
/** A point at T (K), composition x, ln f = v; desorption unless `absorption`. */
const pt = (T: number, x: number, v: number, absorption = false): FitPoint => ({ line: nextLine++, T, v, x, absorption });

/** Compositions of a group's selected points, rounded to 1e-9, in composition order. */
const xsOf = (points: readonly FitPoint[]) => points.map((p) => Math.round(p.x * 1e9) / 1e9);

/** An isotherm: α branch (0.02, 0.05 at level − 3, − 2), plateau at `level` + s·x on `plateau` compositions, β branch (1.0, 1.1 at + 2, + 3). */
function isotherm(T: number, level: number, plateau: readonly number[], opts: { slope?: number; noise?: readonly number[]; absorption?: boolean } = {}): FitPoint[] {
  const s = opts.slope ?? 0;
  const a = opts.absorption ?? false;
  return [
    pt(T, 0.02, level - 3, a),
    pt(T, 0.05, level - 2, a),
    ...plateau.map((x, i) => pt(T, x, level + s * x + (opts.noise?.[i] ?? 0), a)),
    pt(T, 1.0, level + s + 2, a),
    pt(T, 1.1, level + s + 3, a),
  ];
}

const PLATEAU = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
/** Alternating ±0.01 noise (sums to zero over the eight plateau points). */
const ALTERNATING = PLATEAU.map((_, i) => (i % 2 === 0 ? 0.01 : -0.01));
/**
 * Twenty plateau points 0.1–0.86 H/M. With n points the largest residual is at most √rss, below
 * 3 σ̂ = 3√(rss/(n − 1)) unless n − 1 > 9: only a long plateau can show a point beyond 3 σ̂.
 */
const LONG = Array.from({ length: 20 }, (_, i) => Math.round((0.1 + 0.04 * i) * 100) / 100);
const LONG_NOISE = LONG.map((_, i) => (i % 2 === 0 ? 0.01 : -0.01));

describe('plateau selection: groups', () => {
  it('points within 0.005 K of each other form one group whose T is the mean of all its points (branches included); 0.01 K apart, two groups', () => {
    const a = isotherm(300.001, 0, PLATEAU).map((p, i) => ({ ...p, T: i % 2 === 0 ? 300.001 : 300.004 }));
    const b = isotherm(300.02, 1, PLATEAU);
    const groups = plateauGroups([...b, ...a]);
    expect(groups.length).toBe(2);
    expect(groups[0].T).toBeCloseTo(300.0025, 9);
    expect(groups[1].T).toBeCloseTo(300.02, 9);
    expect(xsOf(groups[0].points)).toEqual(PLATEAU);
  });

  it('absorption and desorption at one T are separate groups, each with its direction, sorted by T', () => {
    const groups = plateauGroups([...isotherm(320, 1, PLATEAU, { absorption: true }), ...isotherm(300, 0, PLATEAU), ...isotherm(310, 0.5, PLATEAU)]);
    expect(groups.map((g) => g.T)).toEqual([300, 310, 320]);
    expect(groups.map((g) => g.absorption)).toEqual([false, false, true]);
    const both = plateauGroups([...isotherm(300, 0.3, PLATEAU, { absorption: true }), ...isotherm(300, 0, PLATEAU)]);
    expect(both.length).toBe(2);
    expect(both.map((g) => g.absorption).sort()).toEqual([false, true]);
    for (const g of both) expect(g.points.every((p) => p.absorption === g.absorption)).toBe(true);
  });

  it('the points of a group come out in composition order whatever the input order', () => {
    const pts = isotherm(300, 0, PLATEAU, { noise: ALTERNATING }).reverse();
    const [g] = plateauGroups(pts);
    expect(xsOf(g.points)).toEqual(PLATEAU);
  });
});

describe('plateau selection: branches and noise', () => {
  it('a flat noise-free plateau with two α and two β points: exactly the eight plateau points are kept', () => {
    const [g] = plateauGroups(isotherm(300, 0, PLATEAU));
    expect(xsOf(g.points)).toEqual(PLATEAU);
  });

  it('a sloping noise-free plateau (slope 0.5, 30 points): every plateau point kept (round-off must not split it), branches dropped', () => {
    const xs = Array.from({ length: 30 }, (_, i) => 0.1 + (0.8 * i) / 29);
    const [g] = plateauGroups(isotherm(300, -1.7, xs, { slope: 0.5 }));
    expect(g.points.length).toBe(30);
    expect(xsOf(g.points)).toEqual(xsOf(xs.map((x) => pt(300, x, 0))));
  });

  it('a steep sloping plateau (slope 3 across 0.1–0.8, wider than the 0.3 core window): the core widens to the whole plateau', () => {
    const [g] = plateauGroups(isotherm(300, 0, PLATEAU, { slope: 3, noise: ALTERNATING.map((n) => n / 10) }));
    expect(xsOf(g.points)).toEqual(PLATEAU);
  });

  it('±0.01 noise with an interior point 0.3 above the line: kept (a contiguous composition range)', () => {
    const noise = ALTERNATING.map((n, i) => (i === 3 ? n + 0.3 : n));
    const [g] = plateauGroups(isotherm(300, 0, PLATEAU, { noise }));
    expect(xsOf(g.points)).toEqual(PLATEAU);
  });

  it('±0.01 noise on 20 points with the last plateau point 0.3 above the line (beyond 3 σ̂): dropped; 0.3 below the first: dropped', () => {
    const high = LONG_NOISE.map((n, i) => (i === 19 ? n + 0.3 : n));
    expect(xsOf(plateauGroups(isotherm(300, 0, LONG, { noise: high }))[0].points)).toEqual(LONG.slice(0, 19));
    const low = LONG_NOISE.map((n, i) => (i === 0 ? n - 0.3 : n));
    expect(xsOf(plateauGroups(isotherm(300, 0, LONG, { noise: low }))[0].points)).toEqual(LONG.slice(1));
  });

  it('σ̂ is pooled over the groups: an end point 0.05 off a noise-free 20-point plateau is dropped alone, but kept beside a plateau with ±0.05 noise', () => {
    const edge = LONG.map((_, i) => (i === 19 ? 0.05 : 0));
    const alone = plateauGroups(isotherm(300, 0, LONG, { noise: edge }));
    expect(xsOf(alone[0].points)).toEqual(LONG.slice(0, 19));
    const noisy = LONG_NOISE.map((n) => 5 * n);
    const pooled = plateauGroups([...isotherm(300, 0, LONG, { noise: edge }), ...isotherm(320, 1, LONG, { noise: noisy })]);
    expect(xsOf(pooled[0].points)).toEqual(LONG);
    expect(xsOf(pooled[1].points)).toEqual(LONG);
  });

  it('groups of a single point each (no degree of freedom to judge a branch): every point is its own plateau', () => {
    const groups = plateauGroups([pt(300, 0.5, 0), pt(310, 0.4, 1), pt(320, 0.6, 2)]);
    expect(groups.map((g) => g.points.length)).toEqual([1, 1, 1]);
    expect(groups.map((g) => g.points[0].x)).toEqual([0.5, 0.4, 0.6]);
  });

  it('a two-point group beside a larger one, both its points beyond 3 σ̂ of its line: kept whole (a selection never drops below two points)', () => {
    // the pair lies ±0.05 about its mean; pooled with a noise-free 20-point plateau, 3 σ̂ = 3√(0.005/20) ≈ 0.047 puts both beyond it
    const groups = plateauGroups([pt(300, 0.3, 0), pt(300, 0.6, 0.1), ...isotherm(320, 1, LONG)]);
    expect(xsOf(groups[0].points)).toEqual([0.3, 0.6]);
    expect(xsOf(groups[1].points)).toEqual(LONG);
  });
});

describe('plateau selection: the line is refitted with its slope', () => {
  it('a plateau rising by 2 per H/M (±0.01 noise) with α and β points only 0.3 off its line: exactly the plateau (a flat line would take the branches in)', () => {
    const lineAt = (x: number) => 2 * x;
    const pts = [
      pt(300, 0.02, lineAt(0.02) - 0.3),
      pt(300, 0.05, lineAt(0.05) - 0.3),
      ...LONG.map((x, i) => pt(300, x, lineAt(x) + LONG_NOISE[i])),
      pt(300, 1.0, lineAt(1.0) + 0.3),
      pt(300, 1.1, lineAt(1.1) + 0.3),
    ];
    const [g] = plateauGroups(pts);
    expect(xsOf(g.points)).toEqual(LONG);
  });

  it('a group whose core is two of its three points: the far third point stays out (two points leave no degree of freedom for a sloped line)', () => {
    const groups = plateauGroups([pt(300, 0.1, 0), pt(300, 0.2, 0.1), pt(300, 0.9, 3)]);
    expect(xsOf(groups[0].points)).toEqual([0.1, 0.2]);
  });

  it('a single point beside a larger group: kept as its own plateau while the other group is selected', () => {
    const groups = plateauGroups([pt(290, 0.5, -1), ...isotherm(320, 1, LONG, { noise: LONG_NOISE })]);
    expect(xsOf(groups[0].points)).toEqual([0.5]);
    expect(xsOf(groups[1].points)).toEqual(LONG);
  });
});

describe('plateau selection: the core window', () => {
  it('two equally long flat plateaus in one group: the lower one is the plateau (the higher lies on the β side)', () => {
    const pts = [0.1, 0.2, 0.3, 0.4].map((x) => pt(300, x, 0)).concat([0.6, 0.7, 0.8, 0.9].map((x) => pt(300, x, 2)));
    expect(xsOf(plateauGroups(pts)[0].points)).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('two points exactly 0.3 apart in ln f share the 0.3-wide core window; a third 0.5 above stays out', () => {
    const groups = plateauGroups([pt(300, 0.1, 0), pt(300, 0.2, 0.3), pt(300, 0.5, 1)]);
    expect(xsOf(groups[0].points)).toEqual([0.1, 0.2]);
  });

  it('a core of one point (its neighbour 0.5 off in ln f) is kept alone even beside a very noisy group whose 3 σ̂ would take the neighbour in', () => {
    const noisy = LONG_NOISE.map((n) => 20 * n);
    const groups = plateauGroups([pt(290, 0.1, 0.5), pt(290, 0.2, 0), ...isotherm(320, 1, LONG, { noise: noisy })]);
    expect(xsOf(groups[0].points)).toEqual([0.2]);
  });
});

describe('plateauMean', () => {
  it('is the mean ln f of the selected points only', () => {
    const [g] = plateauGroups(isotherm(300, 2, PLATEAU, { noise: PLATEAU.map((_, i) => 0.01 * i) }));
    // plateau levels 2 + 0.01 i, i = 0…7: mean 2.035; the branch points (±2, ±3) are not averaged in
    expect(plateauMean(g)).toBeCloseTo(2.035, 12);
    expect(plateauMean({ T: 300, absorption: false, points: [pt(300, 0.1, 1), pt(300, 0.2, 4)] })).toBe(2.5);
  });
});
