/** The scaling from the 1-D model's alloy to the phase-field grid keeps k and G/G_crit and scales only Γ. */
import { describe, expect, it } from 'vitest';
import { A1, A2 } from '../../../../../src/models/solidification/morphology/solver';
import { scaleAlloy } from '../../../../../src/models/solidification/morphology/scaling';
import { expectClose } from '../helpers';

const alloy = { k: 0.3, deltaT0: 163.33, D: 1e-8, gamma: 1.4e-7, G: 7700, V: 1e-5 };

describe('scaleAlloy', () => {
  it('real Si–Ge-like numbers: Γ scaled so that l_D/d0 = l_D/W × W/d0', () => {
    const s = scaleAlloy(alloy, { wOverD0: 4, diffusionLength: 20 });
    const d0 = alloy.gamma / alloy.deltaT0;
    expectClose(s.capillaryRatio, alloy.D / alloy.V / d0, 1e-9 * s.capillaryRatio);
    expect(s.capillaryRatioUsed).toBe(80);
    expectClose(s.gammaScale * 80, s.capillaryRatio, 1e-9 * s.capillaryRatio);
    expectClose(s.lDd, 20, 1e-12);
    expectClose(s.gradientRatio, (alloy.G * alloy.D) / (alloy.V * alloy.deltaT0), 1e-12);
    expectClose(s.lDd / s.lTd, s.gradientRatio, 1e-12);
    // D̃ = D τ0 / W² = a1 a2 W/d0, and Ṽ = D̃ / l̃_D
    expectClose((alloy.D * s.tau0) / (s.W * s.W), A1 * A2 * 4, 1e-12);
    expectClose(s.Vd, (A1 * A2 * 4) / 20, 1e-12);
    expectClose(s.state.mGc, (alloy.V * alloy.deltaT0) / alloy.D, 1e-9);
    expect(s.state.gamma).toBe(s.gammaEff);
  });

  it('no scaling when the grid resolves the real diffusion length', () => {
    const s = scaleAlloy({ ...alloy, V: 1, D: 1e-7 }, { wOverD0: 4, diffusionLength: 400 });
    expect(s.gammaScale).toBe(1);
    expect(s.gammaEff).toBe(alloy.gamma);
  });
});
