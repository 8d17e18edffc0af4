/**
 * The one-sentence "why" of a solidification regime: the model's `regimeReason` (which comparison
 * decided) written with the catalog sentence `solidification.why.<cause>`, gradients in K/mm and
 * velocities in µm/s (the model's display units), numbers by the app's formatter.
 */
import { DISPLAY_UNITS as U, type RegimeReason } from '../../../models/solidification';
import { formatNumber, t } from '../../i18n/locale.svelte';

/** The sentence for a regime reason in the current language ('' for null). */
export function regimeWhy(r: RegimeReason | null): string {
  if (!r) return '';
  const g = (v: number) => formatNumber(v * U.gradient.factor, 3);
  const v = (x: number) => formatNumber(x * U.velocity.factor, 3);
  return t(`solidification.why.${r.cause}`, {
    G: g(r.G),
    Gc: g(r.criticalGradient),
    Gd: g(r.dendriteGradient),
    f: formatNumber(r.dendriteFactor, 3),
    V: v(r.V),
    Vabs: v(r.absoluteStabilityV),
  });
}
