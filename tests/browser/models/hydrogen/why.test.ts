/**
 * The hydrogen view says in one sentence why its isotherm has a plateau or none, with this
 * result's T, T_c and plateau pressure; after a new result the sentence shows the new numbers;
 * Japanese too. The fit card says which scatter set the van 't Hoff errors and why.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import View from '../../../../src/app/models/hydrogen/View.svelte';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { defaultsOf, type ModelResult } from '../../../../src/core/model';
import { formatNumber, setLocale } from '../../../../src/app/i18n/locale.svelte';

const paramsWith = (values: Partial<HydrogenParams>) => ({ ...defaultsOf(model), ...values }) as HydrogenParams;
let cases: Record<'lattice' | 'hot' | 'plateau', { params: HydrogenParams; result: ModelResult }>;

beforeAll(async () => {
  const at = async (values: Partial<HydrogenParams>) => {
    const params = paramsWith(values);
    return { params, result: await model.run(params) };
  };
  cases = { lattice: await at({ model: 'lattice' }), hot: await at({ model: 'lattice', T: 700 }), plateau: await at({}) };
}, 60_000);

afterEach(() => setLocale('en'));

const bar = (r: ModelResult) => formatNumber((r.summary.plateauPressureDes as number) * 1e-5, 3);

describe('why the plateau', () => {
  it('lattice model: below T_c a plateau at its pressure; a new result at 700 K says why there is none, with no old number left', async () => {
    const { lattice, hot } = cases;
    const Tc = formatNumber(lattice.result.summary.criticalT as number, 4);
    const screen = await render(View, { result: lattice.result, partial: null, params: lattice.params, running: false });
    await expect
      .element(page.getByTestId('plateau-why'))
      .toHaveTextContent(`T = 298.2 K is below T_c = ${Tc} K, so the hydrogen splits into a dilute α and a dense β phase, and the isotherm is flat at ${bar(lattice.result)} bar where the two coexist.`);
    await screen.rerender({ result: hot.result, partial: null, params: hot.params, running: false });
    await expect.element(page.getByTestId('plateau-why')).toHaveTextContent(`T = 700 K is at or above T_c = ${Tc} K, so α and β no longer separate`);
    expect(page.getByTestId('plateau-why').element().textContent).not.toContain(bar(lattice.result));
    setLocale('ja');
    await expect.element(page.getByTestId('plateau-why')).toHaveTextContent(`T = 700 K は T_c = ${Tc} K 以上なので`);
  });

  it('engineering model: a plateau at every temperature, at the van ’t Hoff pressure of this result', async () => {
    const { plateau } = cases;
    await render(View, { result: plateau.result, partial: null, params: plateau.params, running: false });
    await expect.element(page.getByTestId('plateau-why')).toHaveTextContent(`puts the desorption plateau at ${bar(plateau.result)} bar at T = 298.2 K.`);
  });
});

/** Desorption data around a LaNi₅-like plateau (ΔH = −30.8 kJ/mol, ΔS = −108 J/(mol K)) at `temps`, with a level offset per temperature and ±1 % pairs. */
function csv(temps: number[], offsets: number[]): string {
  const lines = ['T[K],p[bar],H/M,dir'];
  temps.forEach((T, i) => {
    const pl = Math.exp(-30800 / (8.314462618 * T) + 108 / 8.314462618 + offsets[i]);
    for (const x of [0.3, 0.4, 0.5, 0.6]) for (const e of [1.01, 0.99]) lines.push(`${T},${(pl * e).toPrecision(6)},${x},des`);
    lines.push(`${T},${(pl * 0.2).toPrecision(4)},0.04,des`);
  });
  return lines.join('\n');
}

describe('why the fit’s errors', () => {
  it('levels scattering more than the points (Birge > 1): the errors rest on the levels; a new fit with two temperatures says points only', async () => {
    const p1 = paramsWith({ data: csv([293, 313, 333, 353], [0.05, -0.05, 0.05, -0.05]), pMax: 1e7 });
    const r1 = await model.run(p1);
    expect(r1.summary.vantHoffErrorSource).toBe('means');
    const B = r1.summary.vantHoffBirge as number;
    expect(B).toBeGreaterThan(1);
    const screen = await render(View, { result: r1, partial: null, params: p1, running: false });
    await expect
      .element(page.getByTestId('fit-why'))
      .toHaveTextContent(`Birge ratio ${formatNumber(B, 3)} is above 1: the plateau levels scatter about the line more than the points within each plateau, so the errors rest on the levels (${r1.summary.vantHoffDof as number} degrees of freedom).`);
    const p2 = paramsWith({ data: csv([293, 333], [0, 0]), pMax: 1e7 });
    const r2 = await model.run(p2);
    await screen.rerender({ result: r2, partial: null, params: p2, running: false });
    await expect
      .element(page.getByTestId('fit-why'))
      .toHaveTextContent(`The lack of fit cannot be judged (fewer than three temperatures, or an exact fit), so the errors rest on all ${r2.summary.vantHoffPoints as number} plateau points`);
  }, 30_000);
});
