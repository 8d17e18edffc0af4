/**
 * Cached table of the Leachman fugacity coefficient for fast interactive isotherms. A density
 * solve per point costs microseconds; dragging the temperature slider needs thousands of points
 * per frame. So ln φ is tabulated on a grid of ln p (step 0.1, 50 Pa – 6 GPa) × T (step 5 K,
 * 90–1300 K); a temperature row is computed on first use (≈190 density solves) and kept. Values
 * come from 4-point Lagrange interpolation in both directions; the tests bound the error against
 * direct evaluation. Outside the grid the equation is evaluated directly.
 */
import { leachmanState, tauFactors } from './leachman';

const LNP0 = Math.log(50);
const DLNP = 0.1;
const NP = Math.ceil((Math.log(6e9) - LNP0) / DLNP) + 1;
const T0 = 90;
const DT = 5;
const NT = Math.round((1300 - T0) / DT) + 1;
const rows: (Float64Array | undefined)[] = new Array(NT);

/** Row j of the table: ln φ at T = 90 + 5j K on the ln p nodes. */
function row(j: number): Float64Array {
  let r = rows[j];
  if (r) return r;
  r = new Float64Array(NP);
  const T = T0 + j * DT;
  const tf = tauFactors(T);
  // Stryker disable next-line EqualityOperator: i = NP would write past the end of the row, which is dropped
  for (let i = 0; i < NP; i++) r[i] = leachmanState(Math.exp(LNP0 + i * DLNP), T, tf).lnPhi;
  rows[j] = r;
  return r;
}

/** Lagrange weights of the 4 nodes k0..k0+3 for fractional position s (nodes at 0,1,2,3). */
function weights(s: number, w: Float64Array): void {
  const a = s;
  const b = s - 1;
  const c = s - 2;
  const d = s - 3;
  w[0] = (-b * c * d) / 6;
  w[1] = (a * c * d) / 2;
  w[2] = (-a * b * d) / 2;
  w[3] = (a * b * c) / 6;
}

const wp = new Float64Array(4);
const wt = new Float64Array(4);

/** ln φ of H₂ at p (Pa), T (K) from the cached Leachman table; exact evaluation outside it. */
export function tableLnPhi(p: number, T: number): number {
  const x = (Math.log(p) - LNP0) / DLNP;
  const y = (T - T0) / DT;
  if (!(x >= 1 && x <= NP - 2 && y >= 1 && y <= NT - 2)) return leachmanState(p, T).lnPhi;
  const i0 = Math.min(Math.floor(x) - 1, NP - 4);
  const j0 = Math.min(Math.floor(y) - 1, NT - 4);
  weights(x - i0, wp);
  weights(y - j0, wt);
  let s = 0;
  for (let b = 0; b < 4; b++) {
    const r = row(j0 + b);
    s += wt[b] * (wp[0] * r[i0] + wp[1] * r[i0 + 1] + wp[2] * r[i0 + 2] + wp[3] * r[i0 + 3]);
  }
  return s;
}
