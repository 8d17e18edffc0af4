/**
 * From the 1-D model's alloy and furnace (SI) to the phase-field solver's dimensionless numbers,
 * and back. The phase-field model is the dilute (linearised) alloy at the 1-D model's steady
 * interface: partition coefficient k and freezing range ΔT₀ = −m(x_L*)·(x_L* − x₀) as the 1-D
 * model reports them (exact for the linearised diagram, linearised at the interface for Si–Ge).
 *
 * Lengths that decide the regime: the capillary length d₀ = Γ/ΔT₀, the diffusion length
 * l_D = D/V and the thermal length l_T = ΔT₀/G. G/G_crit = l_D/l_T and k are always kept. Real
 * Si–Ge has l_D/d₀ ≈ 10⁶ (d₀ ≈ 1 nm, l_D ≈ 1 mm), far more grid than a browser holds, so when
 * l_D/d₀ exceeds what the grid resolves (l_D/W × W/d₀) the run uses an effective Γ_eff = s·Γ
 * (s ≥ 1, `gammaScale`) that brings d₀ up to l_D/(l_D/W × W/d₀); V, D, G, k, m are unchanged.
 */
import { A1, A2 } from './solver';
import type { InterfaceState } from '../stability';

/** The alloy and furnace, SI, as the 1-D model describes its steady interface. */
export interface MorphologyAlloy {
  /** Interface partition coefficient k* (0 < k < 1). */
  k: number;
  /** Freezing range at the interface ΔT₀*, K (> 0). */
  deltaT0: number;
  /** Solute diffusivity in the melt, m²/s. */
  D: number;
  /** Gibbs–Thomson coefficient, K·m. */
  gamma: number;
  /** Temperature gradient, K/m. */
  G: number;
  /** Pulling (steady growth) velocity, m/s. */
  V: number;
}

/** Numerical resolution choices (dimensionless). */
export interface Resolution {
  /** Interface width in capillary lengths W/d₀. */
  wOverD0: number;
  /** Largest diffusion length resolved, in interface widths l_D/W. */
  diffusionLength: number;
}

/** The scaled problem: SI units of the run and its dimensionless numbers. */
export interface MorphologyScaling {
  /** Real capillary length Γ/ΔT₀, m. */
  d0: number;
  /** l_D/d₀ of the real alloy. */
  capillaryRatio: number;
  /** l_D/d₀ used in the run. */
  capillaryRatioUsed: number;
  /** Γ_eff/Γ ≥ 1 (1 = the real alloy). */
  gammaScale: number;
  /** Γ_eff, K·m. */
  gammaEff: number;
  /** Interface width W, m. */
  W: number;
  /** Time unit τ₀ = a₂·λ·W²/D, s. */
  tau0: number;
  /** G/G_crit = l_D/l_T (kept exactly). */
  gradientRatio: number;
  /** Dimensionless pulling speed V·τ₀/W. */
  Vd: number;
  /** Dimensionless thermal length l_T/W. */
  lTd: number;
  /** Dimensionless diffusion length l_D/W. */
  lDd: number;
  /** The interface state for the Mullins–Sekerka analysis at Γ_eff (SI). */
  state: InterfaceState;
}

/** Scales the alloy `a` (SI) to what the resolution `r` can hold; see the module comment. */
export function scaleAlloy(a: MorphologyAlloy, r: Resolution): MorphologyScaling {
  const d0 = a.gamma / a.deltaT0;
  const lD = a.D / a.V;
  const lT = a.deltaT0 / a.G;
  const capillaryRatio = lD / d0;
  const capillaryRatioUsed = Math.min(capillaryRatio, r.diffusionLength * r.wOverD0);
  const gammaScale = capillaryRatio / capillaryRatioUsed;
  const gammaEff = a.gamma * gammaScale;
  const W = (r.wOverD0 * gammaEff) / a.deltaT0;
  const tau0 = (A2 * A1 * r.wOverD0 * W * W) / a.D;
  return {
    d0,
    capillaryRatio,
    capillaryRatioUsed,
    gammaScale,
    gammaEff,
    W,
    tau0,
    gradientRatio: lD / lT,
    Vd: (a.V * tau0) / W,
    lTd: lT / W,
    lDd: lD / W,
    state: { V: a.V, D: a.D, G: a.G, gamma: gammaEff, k: a.k, mGc: (a.V * a.deltaT0) / a.D },
  };
}
