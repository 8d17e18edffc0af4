/**
 * The BKL sum tree against brute force: leaf count a power of two, every inner node the sum of the
 * leaves below it (after `set`, `setFast` and `rebuild`), `find` returning exactly the index whose
 * prefix-sum interval holds x (also at the interval ends and past the total, where it must take
 * the last non-zero leaf), never a zero weight, and selection frequencies proportional to the
 * weights (3σ of the binomial).
 */
import { describe, it, expect } from 'vitest';
import { SumTree } from '../../../../src/models/ionhop/sumtree';
import { Rng } from '../../../../src/core/rng';
import { expectWithin } from './helpers';

/** Sum of the leaf weights under node k of a tree with `size` leaves (brute force). */
function leavesUnder(tree: SumTree, k: number): number {
  let lo = k;
  let hi = k;
  while (lo < tree.size) {
    lo *= 2;
    hi = 2 * hi + 1;
  }
  let s = 0;
  for (let j = lo; j <= hi; j++) s += tree.nodes[j];
  return s;
}

/** Largest |inner node − sum of its leaves| over the whole tree. */
function worstInnerError(tree: SumTree): number {
  let worst = 0;
  for (let k = 1; k < tree.size; k++) worst = Math.max(worst, Math.abs(tree.nodes[k] - leavesUnder(tree, k)));
  return worst;
}

/** The index whose interval [W(<i), W(≤i)) holds x, by a linear scan. */
function bruteFind(w: readonly number[], x: number): number {
  let acc = 0;
  for (let i = 0; i < w.length; i++) {
    acc += w[i];
    if (x < acc) return i;
  }
  return -1;
}

describe('ionhop sum tree', () => {
  it('has the smallest power-of-two number of leaves ≥ n, all weights zero at the start', () => {
    for (const [n, size] of [
      [1, 1],
      [2, 2],
      [3, 4],
      [5, 8],
      [8, 8],
      [9, 16],
    ]) {
      const tree = new SumTree(n);
      expect(tree.size, `n = ${n}`).toBe(size);
      expect(tree.nodes.length).toBe(2 * size);
      expect(tree.total()).toBe(0);
    }
  });

  it('set: every inner node equals the sum of its leaves, get returns the weight, total the brute sum', () => {
    const w = [0.5, 0, 2, 1, 0, 0.25, 3.25];
    const tree = new SumTree(w.length);
    w.forEach((x, i) => tree.set(i, x));
    w.forEach((x, i) => expect(tree.get(i), `leaf ${i}`).toBe(x));
    expect(tree.total()).toBe(7);
    expect(worstInnerError(tree)).toBe(0);
    // overwrite a weight: the ancestors follow exactly
    tree.set(2, 0.125);
    expect(tree.total()).toBe(5.125);
    expect(worstInnerError(tree)).toBe(0);
  });

  it('setFast: same sums as set for dyadic weights (no rounding), including a change back to the old weight', () => {
    const tree = new SumTree(6);
    const w = [1, 0.5, 4, 0, 2, 0.25];
    w.forEach((x, i) => tree.setFast(i, x));
    expect(tree.total()).toBe(7.75);
    expect(worstInnerError(tree)).toBe(0);
    tree.setFast(2, 4); // no change
    tree.setFast(0, 0);
    tree.setFast(5, 8);
    expect(tree.get(0)).toBe(0);
    expect(tree.get(5)).toBe(8);
    expect(tree.total()).toBe(14.5);
    expect(worstInnerError(tree)).toBe(0);
  });

  it('rebuild recomputes every inner node, the root included, from leaves written directly', () => {
    const tree = new SumTree(5);
    const w = [3, 1, 0, 2, 5];
    w.forEach((x, i) => (tree.nodes[tree.size + i] = x));
    tree.nodes[1] = -1; // stale root
    tree.rebuild();
    expect(tree.total()).toBe(11);
    expect(worstInnerError(tree)).toBe(0);
  });

  it('find returns the brute-force index for x inside, at the start and at the end of every interval, and the last non-zero leaf for x ≥ total', () => {
    const w = [0.5, 0, 2, 1, 0, 0.25, 3.25, 0];
    const tree = new SumTree(w.length);
    w.forEach((x, i) => tree.set(i, x));
    const edges = [0];
    for (const x of w) edges.push(edges[edges.length - 1] + x);
    const xs = [...edges, ...edges.map((e) => e - 1e-9), 0.3, 1.7, 3.4, 6.9].filter((x) => x >= 0 && x < 7);
    for (const x of xs) expect(tree.find(x), `x = ${x}`).toBe(bruteFind(w, x));
    for (const x of [7, 7.5]) expect(tree.find(x), `x = ${x} ≥ total`).toBe(6);
    // a zero-weight leaf is never chosen even when x sits exactly on its (empty) interval
    expect(tree.find(0.5)).toBe(2);
    expect(tree.find(3.5)).toBe(5);
  });

  it('find never returns a zero weight when the sums say x lies beyond the weight actually present', () => {
    const tree = new SumTree(4);
    [1, 1, 0, 0].forEach((x, i) => tree.set(i, x));
    // the right half is empty: a search for x past the total stays in the left half
    expect(tree.find(2)).toBe(1);
    expect(tree.find(5)).toBe(1);
  });

  it('selects leaves in proportion to their weights (3σ binomial) and never a zero weight', () => {
    const w = [0.5, 0, 2, 1, 0, 0.25, 3.25];
    const tree = new SumTree(w.length);
    w.forEach((x, i) => tree.set(i, x));
    expectWithin('total', tree.total(), 7, 1e-12);
    const rng = new Rng(7);
    const counts = new Array(w.length).fill(0);
    const n = 200000;
    for (let k = 0; k < n; k++) counts[tree.find(rng.next() * tree.total())]++;
    w.forEach((x, i) => {
      const p = x / 7;
      expectWithin(`leaf ${i} frequency`, counts[i] / n, p, 3 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
    });
    expect(tree.find(7 * (1 - 1e-16))).toBe(6);
    tree.set(6, 0);
    expect(tree.find(tree.total() * (1 - 1e-16))).toBe(5);
  });

  it('fast updates keep the sums within rounding, and a rebuild restores them exactly', () => {
    const n = 1000;
    const exact = new SumTree(n);
    const fast = new SumTree(n);
    const rng = new Rng(5);
    for (let k = 0; k < 200000; k++) {
      const i = Math.floor(rng.next() * n);
      const w = rng.next() < 0.2 ? 0 : 1e8 * Math.exp(10 * rng.next());
      exact.set(i, w);
      fast.setFast(i, w);
    }
    expect(Math.abs(fast.total() - exact.total()) / exact.total()).toBeLessThan(1e-9);
    fast.rebuild();
    expect(Array.from(fast.nodes)).toEqual(Array.from(exact.nodes));
  });
});
