/**
 * Binary sum tree over non-negative weights: O(log n) update of one weight and O(log n) selection
 * of an index with probability proportional to its weight. `set` recomputes the ancestors from
 * their children (no rounding drift); `setFast` adds the change to them (one load and store per
 * level instead of two loads), leaving a rounding drift that `rebuild` removes — callers making
 * millions of updates rebuild every so often.
 */

/** A sum tree over `n` weights (all zero initially). */
export class SumTree {
  /** Number of leaves (a power of two ≥ n). */
  readonly size: number;
  /** Node sums; node 1 is the root, leaves live at size…size+n−1. */
  readonly nodes: Float64Array;

  constructor(readonly n: number) {
    let size = 1;
    while (size < n) size <<= 1;
    this.size = size;
    this.nodes = new Float64Array(2 * size);
  }

  /** Sum of all weights. */
  total(): number {
    return this.nodes[1];
  }

  /** Weight of leaf i. */
  get(i: number): number {
    return this.nodes[this.size + i];
  }

  /** Sets weight i (≥ 0) and updates its ancestors. */
  set(i: number, w: number): void {
    const nodes = this.nodes;
    let k = this.size + i;
    nodes[k] = w;
    k >>= 1;
    while (k >= 1) {
      nodes[k] = nodes[2 * k] + nodes[2 * k + 1];
      k >>= 1;
    }
  }

  /** Sets weight i (≥ 0) and adds the change to its ancestors (rounding drift until `rebuild`). */
  setFast(i: number, w: number): void {
    const nodes = this.nodes;
    let k = this.size + i;
    const delta = w - nodes[k];
    if (delta === 0) return;
    nodes[k] = w;
    for (k >>= 1; k >= 1; k >>= 1) nodes[k] += delta;
  }

  /** Recomputes every internal node from the leaves (removes any rounding drift), O(n). */
  rebuild(): void {
    const nodes = this.nodes;
    for (let k = this.size - 1; k >= 1; k--) nodes[k] = nodes[2 * k] + nodes[2 * k + 1];
  }

  /**
   * Index i with cumulative weight W(<i) ≤ x < W(≤i) for 0 ≤ x < total (x ≥ total: the last leaf
   * of non-zero weight). Rounding can never return
   * a zero-weight leaf: when x lands on an empty branch, the search takes its non-empty sibling.
   */
  find(x: number): number {
    const nodes = this.nodes;
    const size = this.size;
    let k = 1;
    while (k < size) {
      const left = 2 * k;
      const wl = nodes[left];
      // (x ≥ 0 throughout, so x < wl also means wl > 0: an empty left branch is never entered this way)
      if (x < wl || nodes[left + 1] <= 0) k = left;
      else {
        x -= wl;
        k = left + 1;
      }
    }
    return k - size;
  }
}
