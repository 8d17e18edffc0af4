/**
 * The phase-field noise as a counter-based hash: each (seed, step, cell) gets its own uniform
 * number, so the value does not depend on the order in which cells are visited — strips of the
 * grid stepped by different threads draw the same noise as one thread does.
 */

/** murmur3's 32-bit finaliser after adding the golden-ratio constant: a bijection of 32-bit words. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Uniform number in [0, 1) for cell index `cell` (integer) at time step `step` (integer) of a
 * run seeded with `seed` (any finite number; its low 32 bits and high part are both mixed in).
 */
export function cellNoise(seed: number, step: number, cell: number): number {
  const s = mix32((seed >>> 0) ^ Math.floor(seed / 4294967296));
  return mix32(mix32(s ^ (step >>> 0)) ^ (cell >>> 0)) / 4294967296;
}
