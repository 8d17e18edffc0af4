/**
 * The Lacher lattice gas's Maxwell construction against Table B-1 of docs/physics-notes.md, an
 * independent quadrature of the equal areas, an asymmetric loop, the vanishing width at T_c and the
 * spinodal; plus the guards of the construction (no loop, a "loop" whose maximum is not above its
 * minimum) and the logistic function in the subnormal range.
 */
import { describe, it, expect } from 'vitest';
import { equalAreaConstruction, lacherIsotherm, logit, sigmoid, vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import { GAS_CONSTANT } from '../../../../src/core/constants';
import { expectClose } from './helpers';

const params = { dH: -39000, dS: -92.5, criticalT: 566 };

/** Independent mean-field order parameter by plain bisection on m − tanh(m/t). */
function orderByBisection(t: number): number {
  let lo = 1e-9;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const m = 0.5 * (lo + hi);
    if (m - Math.tanh(m / t) < 0) lo = m;
    else hi = m;
  }
  return 0.5 * (lo + hi);
}

/** Adaptive Simpson quadrature (independent of the closed-form antiderivative). */
function simpson(f: (x: number) => number, a: number, b: number, tol: number): number {
  const rec = (a: number, b: number, fa: number, fm: number, fb: number, whole: number, depth: number): number => {
    const m = 0.5 * (a + b);
    const lm = 0.5 * (a + m);
    const rm = 0.5 * (m + b);
    const flm = f(lm);
    const frm = f(rm);
    const left = ((m - a) / 6) * (fa + 4 * flm + fm);
    const right = ((b - m) / 6) * (fm + 4 * frm + fb);
    if (depth > 40 || Math.abs(left + right - whole) <= 15 * tol) return left + right + (left + right - whole) / 15;
    return rec(a, m, fa, flm, fm, left, depth + 1) + rec(m, b, fm, frm, fb, right, depth + 1);
  };
  const fa = f(a);
  const fb = f(b);
  const fm = f(0.5 * (a + b));
  return rec(a, b, fa, fm, fb, ((b - a) / 6) * (fa + 4 * fm + fb), 0);
}

// Table B-1 of docs/physics-notes.md (6 decimals, so tolerance 1e-6)
const tableB1 = [
  [0.5, 0.021248, 0.978752],
  [0.6, 0.046334, 0.953666],
  [0.7, 0.085683, 0.914317],
  [0.8, 0.144794, 0.855206],
  [0.9, 0.237285, 0.762715],
  [0.95, 0.310257, 0.689743],
  [0.99, 0.413744, 0.586256],
] as const;

describe('Lacher lattice gas: numerical Maxwell construction', () => {
  it.each(tableB1)('T/Tc = %f: coexisting θα, θβ match Table B-1 (tol 1e-6) and m = tanh(m Tc/T) by bisection (tol 1e-9)', (t, ta, tb) => {
    const coex = equalAreaConstruction(lacherIsotherm(params, t * params.criticalT))!;
    expect(coex).not.toBeNull();
    expectClose(coex.thetaAlpha, ta, 1e-6, 'θα vs table');
    expectClose(coex.thetaBeta, tb, 1e-6, 'θβ vs table');
    const m = orderByBisection(t);
    expectClose(coex.thetaAlpha, (1 - m) / 2, 1e-9, 'θα vs symmetric result');
    expectClose(coex.thetaBeta, (1 + m) / 2, 1e-9, 'θβ vs symmetric result');
  });

  it('equal areas hold to 1e-6 by independent quadrature, equal ln f at both ends (1e-9), level = van \'t Hoff (1e-9)', () => {
    for (const t of [0.3, 0.5, 0.8, 0.95, 0.999]) {
      const T = t * params.criticalT;
      const iso = lacherIsotherm(params, T);
      const c = equalAreaConstruction(iso)!;
      const area = simpson((th) => iso.g(logit(th)) - c.level, c.thetaAlpha, c.thetaBeta, 1e-12);
      expectClose(area, 0, 1e-6, `area at T/Tc=${t}`);
      expectClose(iso.g(c.uAlpha), c.level, 1e-9, 'ln f at θα');
      expectClose(iso.g(c.uBeta), c.level, 1e-9, 'ln f at θβ');
      expectClose(c.level, vantHoffLnF(params.dH, params.dS, T), 1e-9, 'plateau level');
    }
  });

  it('works without the model symmetry: an asymmetric loop (extra term) still gives equal areas (1e-6)', () => {
    const base = lacherIsotherm(params, 0.7 * params.criticalT);
    // add c·θ³: g' = base g' + 3cθ², area' = base area + cθ⁴/4; spinodal found numerically
    const c = 1.5;
    const g = (u: number) => base.g(u) + c * sigmoid(u) ** 3;
    const dg = (th: number) => 2 / (th * (1 - th)) - (8 / 0.7) + 3 * c * th * th;
    const root = (a: number, b: number) => {
      for (let i = 0; i < 200; i++) {
        const m = 0.5 * (a + b);
        if (Math.sign(dg(m)) === Math.sign(dg(a))) a = m;
        else b = m;
      }
      return 0.5 * (a + b);
    };
    const iso = { g, area: (u: number) => base.area(u) + (c * sigmoid(u) ** 4) / 4, spinodal: [logit(root(0.01, 0.5)), logit(root(0.5, 0.99))] as [number, number] };
    const coex = equalAreaConstruction(iso)!;
    const area = simpson((th) => g(logit(th)) - coex.level, coex.thetaAlpha, coex.thetaBeta, 1e-12);
    expectClose(area, 0, 1e-6, 'asymmetric area');
    expect(Math.abs(coex.thetaAlpha + coex.thetaBeta - 1)).toBeGreaterThan(1e-3); // really asymmetric
  });

  it('plateau width vanishes at Tc as √(3(1 − T/Tc)) (rel 1 % at 1 − T/Tc = 1e-6) and there is no plateau at or above Tc', () => {
    const t = 1 - 1e-6;
    const c = equalAreaConstruction(lacherIsotherm(params, t * params.criticalT))!;
    const width = c.thetaBeta - c.thetaAlpha;
    expectClose(width / Math.sqrt(3 * (1 - t)), 1, 0.01, 'width scaling');
    expect(equalAreaConstruction(lacherIsotherm(params, params.criticalT))).toBeNull();
    expect(equalAreaConstruction(lacherIsotherm(params, 1.2 * params.criticalT))).toBeNull();
  });

  it('critical temperature from the interaction: E = 18.82 kJ/mol H gives Tc = E/(4R) = 566 K (tol 0.5 K), where d ln f/dθ at θ = ½ vanishes (1e-6, finite difference)', () => {
    const Tc = 18820 / (4 * GAS_CONSTANT);
    expectClose(Tc, 566, 0.5, 'Tc');
    const iso = lacherIsotherm({ ...params, criticalT: Tc }, Tc);
    const h = 1e-5;
    const slope = (iso.g(logit(0.5 + h)) - iso.g(logit(0.5 - h))) / (2 * h);
    expectClose(slope, 0, 1e-6, 'slope at θ=½ and T=Tc');
  });
});

describe('Lacher isotherm: spinodal and guards', () => {
  it('spinodal at θ = ½(1 ± √(1 − T/T_c)) where dg/dθ = 0 (1e-6, finite difference), none at T_c or above', () => {
    for (const t of [0.5, 0.9, 1 - 1e-9]) {
      const iso = lacherIsotherm(params, t * params.criticalT);
      expect(iso.spinodal).not.toBeNull();
      const [u1, u2] = iso.spinodal!;
      expectClose(sigmoid(u1), 0.5 * (1 - Math.sqrt(1 - t)), 1e-12, `θ1 at t = ${t}`);
      expectClose(sigmoid(u2), 0.5 * (1 + Math.sqrt(1 - t)), 1e-12, `θ2 at t = ${t}`);
      if (t < 0.99) {
        for (const u of [u1, u2]) {
          const th = sigmoid(u);
          const h = 1e-6;
          expectClose((iso.g(logit(th + h)) - iso.g(logit(th - h))) / (2 * h), 0, 1e-4, `dg/dθ at the spinodal, t = ${t}`);
        }
      }
    }
    expect(lacherIsotherm(params, params.criticalT).spinodal).toBeNull();
    expect(lacherIsotherm(params, params.criticalT * (1 + 1e-13)).spinodal).toBeNull();
    expect(lacherIsotherm(params, 2 * params.criticalT).spinodal).toBeNull();
  });

  it('no coexistence when the given spinodal is not a loop (maximum not above the minimum, or equal)', () => {
    const base = lacherIsotherm(params, 0.7 * params.criticalT);
    const [u1, u2] = base.spinodal!;
    expect(equalAreaConstruction({ ...base, spinodal: [u2, u1] })).toBeNull();
    expect(equalAreaConstruction({ ...base, spinodal: [u1, u1] })).toBeNull();
    expect(equalAreaConstruction({ ...base, spinodal: null })).toBeNull();
    expect(equalAreaConstruction(base)).not.toBeNull();
  });
});

describe('logistic function in the subnormal range', () => {
  it('σ(u) = e^u for u from −709 to −745 (subnormal, where e^{−u} overflows), 0 below', () => {
    for (const u of [-709, -720, -740]) {
      expect(sigmoid(u), `u = ${u}`).toBeGreaterThan(0);
      expect(sigmoid(u), `u = ${u}`).toBe(Math.exp(u));
    }
    expect(sigmoid(-746)).toBe(0);
  });
});
