/**
 * Generalised least squares for plateau points whose per-temperature levels carry an extra random
 * offset: v_ij = f_ijᵀβ + δ_i + ε_ij with Var ε = σ², Var δ = τ² (all points of temperature i share
 * δ_i). Each temperature's covariance block is σ² I + τ² 11ᵀ, whose inverse is
 * (I − γ_i 11ᵀ)/σ² with γ_i = τ²/(σ² + n_i τ²), so the normal equations are sums over groups.
 * τ² is found by the Paule–Mandel rule: the weighted scatter of the temperature means about the
 * fit, Σ_i (ȳ_i − f̄_iᵀβ)²/(σ²/n_i + τ²), equals its degrees of freedom. With equal point counts
 * this reproduces the ordinary fit with the lack-of-fit mean square; with unequal counts it weights
 * a temperature by 1/(σ²/n_i + τ²) instead of by n_i, which a few-point temperature needs.
 */

/** The points of one temperature: feature rows f_ij (dimensionless) and values v_ij (ln f). */
export interface OffsetGroup {
  features: number[][];
  values: number[];
}

/** A fit: coefficients β, their covariance (XᵀV⁻¹X)⁻¹ and the offset variance τ² used. */
export interface OffsetFit {
  beta: number[];
  cov: number[][];
  tau2: number;
}

/**
 * Inverse of a small symmetric positive-definite matrix by Gauss–Jordan elimination (its pivots
 * are positive and elimination is stable without row exchanges).
 */
function invert(m: readonly number[][]): number[][] {
  const p = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: p }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < p; c++) {
    const d = a[c][c];
    for (let j = 0; j < 2 * p; j++) a[c][j] /= d;
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < 2 * p; j++) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row) => row.slice(p));
}

/** GLS fit for given σ² > 0 and τ² ≥ 0 (ln f units squared). */
function glsFit(groups: readonly OffsetGroup[], sigma2: number, tau2: number): OffsetFit {
  const p = groups[0].features[0].length;
  const m = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const r = new Array<number>(p).fill(0);
  for (const g of groups) {
    const n = g.values.length;
    const gamma = tau2 / (sigma2 + n * tau2);
    const fSum = new Array<number>(p).fill(0);
    let vSum = 0;
    g.features.forEach((f, j) => {
      for (let a = 0; a < p; a++) {
        fSum[a] += f[a];
        r[a] += (f[a] * g.values[j]) / sigma2;
        for (let b = 0; b < p; b++) m[a][b] += (f[a] * f[b]) / sigma2;
      }
      vSum += g.values[j];
    });
    for (let a = 0; a < p; a++) {
      r[a] -= (gamma * fSum[a] * vSum) / sigma2;
      for (let b = 0; b < p; b++) m[a][b] -= (gamma * fSum[a] * fSum[b]) / sigma2;
    }
  }
  const cov = invert(m);
  const beta = cov.map((row) => row.reduce((acc, c, b) => acc + c * r[b], 0));
  return { beta, cov, tau2 };
}

/** Weighted scatter of the temperature means about the fit, Σ (ȳ_i − f̄_iᵀβ)²/(σ²/n_i + τ²) (dimensionless). */
function meanScatter(groups: readonly OffsetGroup[], fit: OffsetFit, sigma2: number): number {
  let q = 0;
  for (const g of groups) {
    const n = g.values.length;
    const fBar = g.features[0].map((_, a) => g.features.reduce((acc, f) => acc + f[a], 0) / n);
    const vBar = g.values.reduce((acc, v) => acc + v, 0) / n;
    const res = vBar - fBar.reduce((acc, f, a) => acc + f * fit.beta[a], 0);
    q += (res * res) / (sigma2 / n + fit.tau2);
  }
  return q;
}

/**
 * GLS fit with τ² from the Paule–Mandel rule (scatter of the means = dof), given the within-plateau
 * variance σ² > 0; τ² = 0 when the means scatter no more than σ² predicts.
 */
export function offsetFit(groups: readonly OffsetGroup[], sigma2: number, dof: number): OffsetFit {
  const excess = (tau2: number) => meanScatter(groups, glsFit(groups, sigma2, tau2), sigma2) - dof;
  if (excess(0) <= 0) return glsFit(groups, sigma2, 0);
  let hi = sigma2;
  for (let i = 0; i < 200 && excess(hi) > 0; i++) hi *= 4;
  let lo = 0;
  for (let i = 0; i < 60 && hi - lo > 1e-12 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
  return glsFit(groups, sigma2, 0.5 * (lo + hi));
}
