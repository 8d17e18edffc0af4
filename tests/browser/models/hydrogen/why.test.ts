/**
 * The hydrogen view says in one sentence why its isotherm has a plateau or none, with this
 * result's T, T_c and plateau pressure; after a new result the sentence shows the new numbers;
 * Japanese too.
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
