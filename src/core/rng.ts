/**
 * Seedable pseudo-random numbers: xoshiro128** (Blackman & Vigna) seeded through splitmix32.
 * Fast in JavaScript (32-bit integer arithmetic only), period 2¹²⁸ − 1, and its state can be
 * saved and restored, so a run can be reproduced or resumed exactly.
 */

/** Saved generator state (four 32-bit words). */
export type RngState = [number, number, number, number];

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Seed of item `index` (integer 0 … 2³²−1) of a sweep whose base seed is `base` (integer
 * 0 … 2³²−1): a splitmix32 hash of the index added to the base and hashed again, so every sweep
 * point gets its own random stream, reproducibly. For one base, different indices always give
 * different seeds (each step is a bijection of 32-bit words). Returns an integer in 0 … 2³²−1.
 */
export function deriveSeed(base: number, index: number): number {
  const mixedIndex = splitmix32(index >>> 0)();
  return splitmix32(((base >>> 0) + mixedIndex) >>> 0)();
}

/** A seeded xoshiro128** generator. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Seeds from any finite number (its low 32 bits and the high part are both mixed in). */
  constructor(seed: number) {
    const mix = splitmix32((seed >>> 0) ^ Math.floor(seed / 4294967296));
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 32 random bits. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform double in (0, 1], safe for −ln(u). */
  nextOpen(): number {
    return (this.nextUint32() + 1) / 4294967296;
  }

  /** Uniform integer in [0, n) for 1 ≤ n ≤ 2³², without modulo bias worth noting for n ≪ 2³². */
  nextInt(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Standard normal deviate (Box–Muller, one of the pair). */
  normal(): number {
    const u = this.nextOpen();
    const w = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  /** Copy of the internal state. */
  getState(): RngState {
    return [this.a, this.b, this.c, this.d];
  }

  /** Restores a state returned by {@link getState}. */
  setState(state: RngState): void {
    [this.a, this.b, this.c, this.d] = state;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
