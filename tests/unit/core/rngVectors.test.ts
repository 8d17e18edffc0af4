import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/core/rng';
import { CancelledError, InvalidParamsError, defaultsOf } from '../../../src/core/model';
import wave from '../../fixtures/wave-model';

describe('Rng against the xoshiro128** reference', () => {
  it('gives the reference outputs for the state (1, 2, 3, 4)', () => {
    // first outputs of the reference C implementation (Blackman & Vigna) from s = {1, 2, 3, 4},
    // also the test vector of the rand_xoshiro crate
    const r = new Rng(0);
    r.setState([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => r.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('maps the same 32-bit word to next() = u/2³² and nextOpen() = (u + 1)/2³²', () => {
    const a = new Rng(0);
    const b = new Rng(0);
    a.setState([1, 2, 3, 4]);
    b.setState([1, 2, 3, 4]);
    a.nextUint32();
    // the second reference output is 0: next() gives exactly 0, nextOpen() the smallest positive value
    expect(a.next()).toBe(0);
    b.nextUint32();
    expect(b.nextOpen()).toBe(1 / 4294967296);
    expect(b.nextOpen()).toBe((5927040 + 1) / 4294967296);
  });

  it('mixes the high part of a seed above 2³² into the state', () => {
    expect(new Rng(2 ** 32 + 5).nextUint32()).not.toBe(new Rng(5).nextUint32());
  });

  it('nextInt(n) hits every value of 0 … n−1 and nothing else', () => {
    const r = new Rng(11);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.nextInt(10));
    expect([...seen].sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('model errors and defaults', () => {
  it('names its errors so workers and the CLI can tell them apart', () => {
    const c = new CancelledError();
    expect([c.name, c.message, c instanceof Error]).toEqual(['CancelledError', 'cancelled', true]);
    const e = new InvalidParamsError('x', 'x: too big');
    expect([e.name, e.field, e.message]).toEqual(['InvalidParamsError', 'x', 'x: too big']);
  });

  it('defaultsOf takes every spec default', () => {
    expect(defaultsOf(wave)).toEqual(Object.fromEntries(wave.params.map((s) => [s.key, s.default])));
    expect(Object.keys(defaultsOf(wave))).toHaveLength(wave.params.length);
  });
});
