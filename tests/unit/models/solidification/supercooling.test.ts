/**
 * Constitutional supercooling figures from closed forms: a parabolic ΔT_cs(z) = az − bz² has its
 * maximum a²/(4b) at a/(2b) and its zone ends at a/b; a discrete profile's zone ends where linear
 * interpolation crosses 0, and only a positive run that touches the interface counts.
 */
import { describe, expect, it } from 'vitest';
import { supercoolingConcave, supercoolingDiscrete } from '../../../../src/models/solidification/supercooling';
import { expectClose } from './helpers';

const NONE = { supercooled: false, maxSupercooling: 0, maxAt: 0, depth: 0 };

describe('supercooling of a continuous concave profile', () => {
  it('ΔT = az − bz²: maximum a²/(4b) at a/(2b), depth a/b (rel 1e-10)', () => {
    const a = 2.5e3;
    const b = 4e7;
    const r = supercoolingConcave((z) => a - 2 * b * z, (z) => a * z - b * z * z, (2 * a) / b);
    expect(r.supercooled).toBe(true);
    expectClose(r.maxSupercooling, (a * a) / (4 * b), 1e-10 * ((a * a) / (4 * b)));
    expectClose(r.maxAt, a / (2 * b), 1e-10 * (a / (2 * b)));
    expectClose(r.depth, a / b, 1e-10 * (a / b));
  });

  it('no supercooling when ΔT_cs falls from the interface on, or never rises above 0', () => {
    expect(supercoolingConcave((z) => -1 - z, (z) => -z, 1)).toEqual(NONE);
    expect(supercoolingConcave(() => 0, () => 0, 1)).toEqual(NONE);
    // rises at first but stays below 0 (offset −1 K below a maximum of a²/(4b) = 0.5 K)
    expect(supercoolingConcave((z) => 2 - 4 * z, (z) => 2 * z - 2 * z * z - 1, 1)).toEqual(NONE);
  });

  it('still rising at the search bound: maximum and depth at zMax', () => {
    const r = supercoolingConcave(() => 3, (z) => 3 * z, 0.01);
    expect(r).toEqual({ supercooled: true, maxSupercooling: 0.03, maxAt: 0.01, depth: 0.01 });
  });

  it('maximum inside, zone reaching past zMax: depth zMax', () => {
    const r = supercoolingConcave((z) => 1 - z, (z) => z - 0.5 * z * z, 1.5);
    expectClose(r.maxAt, 1, 1e-12);
    expectClose(r.maxSupercooling, 0.5, 1e-12);
    expect(r.depth).toBe(1.5);
  });
});

describe('supercooling of a continuous profile at its limits', () => {
  it('a nanometre-thin zone (ΔT = az − bz², a/b = 1 nm) is resolved to 1e-9 relative: the root tolerance scales with zMax', () => {
    const a = 1e3;
    const b = 1e12;
    const r = supercoolingConcave((z) => a - 2 * b * z, (z) => a * z - b * z * z, (2 * a) / b);
    expectClose(r.maxAt, a / (2 * b), 1e-9 * (a / (2 * b)), 'maxAt');
    expectClose(r.depth, a / b, 1e-9 * (a / b), 'depth');
    expectClose(r.maxSupercooling, (a * a) / (4 * b), 1e-9 * ((a * a) / (4 * b)), 'max');
  });

  it('a slope of exactly 0 at the interface, or a maximum of exactly 0 K, is not supercooled', () => {
    expect(supercoolingConcave((z) => -z, (z) => -z * z, 1)).toEqual(NONE);
    expect(supercoolingConcave((z) => 1 - z, () => 0, 2)).toEqual(NONE);
  });

  it('a slope of exactly 0 at zMax puts the maximum there; an excess of exactly 0 at zMax puts the depth there', () => {
    const r = supercoolingConcave((z) => 1 - z, (z) => z - 0.5 * z * z, 1);
    expect(r.maxAt).toBe(1);
    const d = supercoolingConcave((z) => 1 - z, (z) => z - 0.5 * z * z, 2);
    expect(d.depth).toBe(2);
  });
});

describe('supercooling of a discrete profile', () => {
  it('largest value and its position (the first of equal ones); depth where the line through the last two points crosses 0', () => {
    expect(supercoolingDiscrete([0, 1, 2, 3, 4], [0, 1, 3, 2, -2])).toEqual({ supercooled: true, maxSupercooling: 3, maxAt: 2, depth: 3.5 });
    expect(supercoolingDiscrete([0, 1, 2, 3], [0, 2, 2, -2])).toEqual({ supercooled: true, maxSupercooling: 2, maxAt: 1, depth: 2.5 });
  });

  it('two points, the second supercooled: a zone to the end of the profile', () => {
    expect(supercoolingDiscrete([0, 1], [0, 2])).toEqual({ supercooled: true, maxSupercooling: 2, maxAt: 1, depth: 1 });
  });

  it('a point at exactly 0 K ends the zone: a later positive run is not part of it', () => {
    expect(supercoolingDiscrete([0, 1, 2, 3, 4], [0, 1, 0, 2, -1])).toEqual({ supercooled: true, maxSupercooling: 1, maxAt: 1, depth: 2 });
  });

  it('positive to the end of the profile: depth is the last point', () => {
    expect(supercoolingDiscrete([0, 0.5, 2], [0, 1, 4])).toEqual({ supercooled: true, maxSupercooling: 4, maxAt: 2, depth: 2 });
  });

  it('no zone: fewer than two points, or the first point past the interface not supercooled (a later positive run is ignored)', () => {
    expect(supercoolingDiscrete([0], [0])).toEqual(NONE);
    expect(supercoolingDiscrete([0, 1, 2, 3], [0, -1, 2, 3])).toEqual(NONE);
    expect(supercoolingDiscrete([0, 1, 2], [0, 0, 5])).toEqual(NONE);
  });
});
