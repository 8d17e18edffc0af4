/**
 * Hop rates. Γ is the rate of a jump to ONE specified empty neighbour site (s⁻¹), so an isolated
 * ion escapes at zΓ (physics.md C.1). With site energies, nearest-neighbour repulsion and an
 * electric field, the energy change of a hop ΔE enters through a kinetically-resolved barrier
 * E_eff = max(0, ΔE, E_a + ΔE/2): the usual E_a + ΔE/2 form (as in kMCpy), kept from falling
 * below zero or below the final-state energy. For every ΔE, E_eff(ΔE) − E_eff(−ΔE) = ΔE, so the
 * forward/backward rate ratio is exp(−ΔE/k_BT) and detailed balance holds exactly.
 */
import { BOLTZMANN_EV } from '../../core/constants';

/** Arrhenius rate per direction Γ = ν₀·exp(−E_a/k_BT), s⁻¹ (nu0 in Hz, Ea in eV, T in K). */
export function arrheniusRate(nu0: number, Ea_eV: number, T: number): number {
  return nu0 * Math.exp(-Ea_eV / (BOLTZMANN_EV * T));
}

/** Effective barrier E_eff = max(0, ΔE, E_a + ΔE/2), eV, for a hop that changes the energy by ΔE (eV). */
export function effectiveBarrier_eV(Ea_eV: number, dE_eV: number): number {
  const kra = Ea_eV + 0.5 * dE_eV;
  return kra > dE_eV ? (kra > 0 ? kra : 0) : dE_eV > 0 ? dE_eV : 0;
}

/** Dilute-limit diffusion coefficient D₀ = zΓa²/(2d), m²/s (Γ in s⁻¹, a in m). */
export function diluteDiffusivity(z: number, gamma: number, a: number, dim: number): number {
  return (z * gamma * a * a) / (2 * dim);
}

/** Ionic charge number of the supported ions. */
export const ION_CHARGE: Record<string, number> = { Li: 1, Na: 1, Mg: 2, H: 1 };
