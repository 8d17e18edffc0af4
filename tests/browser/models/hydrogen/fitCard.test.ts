/**
 * Browser test of the fit card with a van 't Hoff fit whose plateau levels scatter beyond the
 * within-plateau noise (seeded synthetic data with per-temperature offsets): the Birge ratio, the
 * errors' source and degrees of freedom, and what ±2 SE covers on so few degrees of freedom.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import FitCard from '../../../../src/app/models/hydrogen/FitCard.svelte';
import { plateauGroups } from '../../../../src/models/hydrogen/plateauSelect';
import { vantHoffFit } from '../../../../src/models/hydrogen/vantHoff';
import { FULL_ISOTHERM, syntheticSet } from '../../../unit/models/hydrogen/fitSynthetic';

describe('hydrogen fit card', () => {
  it('plateau levels off the line: errors from the levels on 4 dof, the Birge ratio, and ±2 SE covering 88.4 % (Student t)', async () => {
    const points = syntheticSet(1, { temperatures: [273, 293, 313, 333, 353, 373], compositions: FULL_ISOTHERM, sigma: 0.03, offsetSigma: 0.05 });
    const fit = vantHoffFit(plateauGroups(points));
    expect(fit.birgeRatio!).toBeGreaterThan(1);
    const summary = {
      dH: fit.dH,
      dS: fit.dS,
      dHStdErr: fit.dHStdErr,
      dSStdErr: fit.dSStdErr,
      vantHoffDof: fit.dof,
      vantHoffPoints: fit.n,
      vantHoffErrorSource: fit.errorSource,
      vantHoffBirge: fit.birgeRatio,
      vantHoffCover2: fit.coverage2,
      vantHoffXMean: fit.xMean,
      fitDirection: 'des',
    };
    await render(FitCard, { summary, series: { data_x: Float64Array.from(points, (p) => p.x) } });
    const note = page.getByTestId('fit-errors-note');
    await expect.element(note).toHaveTextContent(/one standard error on 4 degrees of freedom/);
    // Student t, 4 dof: P(|t| ≤ 2) = 2·10/8^1.5 = 0.8839
    await expect.element(note).toHaveTextContent(/cover less than 95 % \(Student t: 88\.4 %\)/);
    await expect.element(page.getByRole('row', { name: /Scatter behind/ })).toHaveTextContent(/plateau levels/);
    await expect.element(page.getByRole('row', { name: /Birge ratio/ })).toHaveTextContent(new RegExp(`\\D${fit.birgeRatio!.toPrecision(3).replace('.', '\\.')}$`));
  });
});
