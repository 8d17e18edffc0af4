import { describe, it, expect } from 'vitest';
import { fUpperTail, incompleteBeta, lnGamma } from '../../../src/core/fDistribution';

function expectClose(got: number, expected: number, tol: number, what: string): void {
  expect(Math.abs(got - expected), `${what}: expected ${expected}, got ${got}, tol ${tol}`).toBeLessThanOrEqual(tol);
}

describe('F distribution', () => {
  it('ln Γ: factorials and Γ(½) = √π to 1e-13', () => {
    let f = 1;
    for (let n = 1; n <= 20; n++) {
      expectClose(lnGamma(n + 1), Math.log((f *= n)), 1e-13 * Math.max(1, Math.log(f)), `ln ${n}!`);
    }
    expectClose(lnGamma(0.5), 0.5 * Math.log(Math.PI), 1e-13, 'ln Γ(1/2)');
    expectClose(lnGamma(0.25), Math.log(3.625609908221908), 1e-13, 'ln Γ(1/4)');
  });

  it('I_x(a, b): closed forms I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, symmetry, to 1e-13', () => {
    for (const x of [0.01, 0.3, 0.5, 0.9, 0.999]) {
      for (const a of [0.5, 1, 2.5, 17]) {
        expectClose(incompleteBeta(x, a, 1), x ** a, 1e-13, `I_${x}(${a}, 1)`);
        expectClose(incompleteBeta(x, 1, a), 1 - (1 - x) ** a, 1e-13, `I_${x}(1, ${a})`);
        expectClose(incompleteBeta(x, a, 3) + incompleteBeta(1 - x, 3, a), 1, 1e-13, `symmetry at ${x}, ${a}`);
      }
    }
  });

  it('upper-tail probabilities at tabulated F quantiles (4 significant figures in the tables)', () => {
    // F_{0.95}(4, 30) = 2.690, F_{0.95}(1, 10) = 4.965, F_{0.99}(2, 100) = 4.824, F_{0.95}(10, 10) = 2.978
    expectClose(fUpperTail(2.6896, 4, 30), 0.05, 2e-5, 'F(4, 30)');
    expectClose(fUpperTail(4.9646, 1, 10), 0.05, 2e-5, 'F(1, 10)');
    expectClose(fUpperTail(4.8239, 2, 100), 0.01, 2e-5, 'F(2, 100)');
    expectClose(fUpperTail(2.9782, 10, 10), 0.05, 2e-5, 'F(10, 10)');
    // F(1, d) is t² with d dof: P(|t_4| > 2) = 0.116117
    expectClose(fUpperTail(4, 1, 4), 0.1161165235, 1e-9, 't_4 two-sided at 2');
    expect(fUpperTail(0, 3, 5)).toBe(1);
  });
});
