import { describe, expect, it } from 'vitest';
import { brent } from '../../../src/core/roots';

describe('brent boundaries', () => {
  it('returns a bracket end that is already a root without iterating', () => {
    let calls = 0;
    const f = (x: number) => {
      calls++;
      return x - 2;
    };
    expect(brent(f, 2, 5)).toBe(2);
    expect(brent(f, -1, 2)).toBe(2);
    expect(calls).toBe(4);
  });

  it('meets a loose x tolerance in few evaluations and honours maxIter', () => {
    const f = (x: number) => Math.exp(x) - 10;
    const root = Math.log(10);
    expect(Math.abs(brent(f, 0, 5, { xtol: 1e-3 }) - root)).toBeLessThan(1e-3);
    // one iteration cannot reach the root from a wide bracket but stays inside it
    const one = brent(f, 0, 5, { maxIter: 1 });
    expect(one).toBeGreaterThanOrEqual(0);
    expect(one).toBeLessThanOrEqual(5);
    expect(Math.abs(one - root)).toBeGreaterThan(1e-6);
  });

  it('converges on roots where bisection, secant and inverse quadratic steps alternate (1e-12)', () => {
    const cases: Array<[(x: number) => number, number, number, number]> = [
      [(x) => x ** 3 - 2 * x - 5, 2, 3, 2.0945514815423265],
      [(x) => Math.atan(x - 1), -10, 30, 1],
      [(x) => (x - 0.3) ** 3, 0, 1, 0.3],
      [(x) => 1e-3 * (x - 7), 0, 100, 7],
    ];
    for (const [f, a, b, expected] of cases) {
      const got = brent(f, a, b);
      expect(Math.abs(got - expected), `got ${got}, expected ${expected}`).toBeLessThan(expected === 0.3 ? 1e-5 : 1e-12);
      expect(Math.abs(brent(f, b, a) - expected)).toBeLessThan(expected === 0.3 ? 1e-5 : 1e-12);
    }
  });

  it('refuses NaN at a bracket end or inside, instead of returning NaN', () => {
    expect(() => brent(() => NaN, 0, 1)).toThrow('f is NaN at a bracket end');
    expect(() => brent((x) => (x === 0 ? -1 : x === 1 ? 1 : NaN), 0, 1)).toThrow(/f is NaN at x = /);
  });

  it('converges superlinearly: ≤ 15 evaluations to 1e-12 where bisection needs ≥ 40', () => {
    // seen: 8–12 evaluations per case, either bracket order; bisection halves a bracket of width
    // ≥ 1 per evaluation, so it needs ≥ 40 to reach 1e-12
    const cases: Array<[string, (x: number) => number, number, number, number]> = [
      ['x³ − 2x − 5', (x) => x ** 3 - 2 * x - 5, 2, 3, 2.0945514815423265],
      ['cos x − x', (x) => Math.cos(x) - x, 0, 1, 0.7390851332151607],
      ['eˣ − 10', (x) => Math.exp(x) - 10, 0, 5, Math.log(10)],
      ['x² − 2', (x) => x * x - 2, 0, 2, Math.SQRT2],
      ['atan(x − 1)', (x) => Math.atan(x - 1), -10, 30, 1],
      ['ln x − 1', (x) => Math.log(x) - 1, 0.5, 100, Math.E],
    ];
    for (const [name, f, a, b, root] of cases) {
      for (const [lo, hi] of [[a, b], [b, a]]) {
        let calls = 0;
        const got = brent((x) => (calls++, f(x)), lo, hi);
        expect(Math.abs(got - root), `${name} on [${lo}, ${hi}]: got ${got}, expected ${root}, tol 1e-12`).toBeLessThan(1e-12);
        expect(calls, `${name} on [${lo}, ${hi}]: evaluations`).toBeLessThanOrEqual(15);
      }
    }
  });
});
