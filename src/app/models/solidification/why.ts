/**
 * The one-sentence "why" of a solidification regime: the model's `regimeReason` (which comparison
 * decided) written with the catalog sentence `solidification.why.<cause>`, gradients in K/mm and
 * velocities in µm/s (the model's display units), numbers by the app's formatter with enough
 * digits that the two sides of the deciding comparison differ as the sentence says.
 */
import { DISPLAY_UNITS as U, type RegimeReason } from '../../../models/solidification';
import { digitsApart } from '../../../core/format';
import { formatNumber, t } from '../../i18n/locale.svelte';

/** The sentence for a regime reason in the current language ('' for null). */
export function regimeWhy(r: RegimeReason | null): string {
  if (!r) return '';
  // the sides the sentence compares G with: k·G_crit (dendritic), G_crit and k·G_crit (cellular), G_crit (planar)
  const sides = { absolute: [], dendritic: [r.dendriteGradient], cellular: [r.criticalGradient, r.dendriteGradient], planarGradient: [r.criticalGradient], planarCapillarity: [r.criticalGradient] }[r.cause];
  const d = Math.max(3, ...sides.map((x) => digitsApart(r.G, x)));
  const v = digitsApart(r.V, r.absoluteStabilityV);
  const G = (x: number) => formatNumber(x * U.gradient.factor, d);
  const V = (x: number) => formatNumber(x * U.velocity.factor, v);
  return t(`solidification.why.${r.cause}`, {
    G: G(r.G),
    Gc: G(r.criticalGradient),
    Gd: G(r.dendriteGradient),
    f: formatNumber(r.dendriteFactor, 3),
    V: V(r.V),
    Vabs: V(r.absoluteStabilityV),
  });
}
