/**
 * The ion-hopping view says in one sentence what the Haven ratio means for this result (H_R
 * against 1 within two standard errors), with its numbers; a new result replaces them; Japanese too.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import View from '../../../../src/app/models/ionhop/View.svelte';
import model from '../../../../src/models/ionhop';
import { defaultsOf, type ModelResult, type ParamValues } from '../../../../src/core/model';
import { formatNumber, setLocale } from '../../../../src/app/i18n/locale.svelte';

let vacancy: { params: ParamValues; result: ModelResult };
let dilute: { params: ParamValues; result: ModelResult };

beforeAll(async () => {
  const at = async (values: ParamValues) => {
    const params = { ...defaultsOf(model), ...values };
    return { params, result: await model.run(params as Parameters<typeof model.run>[0]) };
  };
  vacancy = await at({ lattice: 'sc', L: 6, vacancies: 1, steps: 200_000 });
  dilute = await at({ lattice: 'sc', L: 16, occupancy: 0.01, steps: 1_000_000, replicas: 8 });
}, 60_000);

afterEach(() => setLocale('en'));

const hr = (r: ModelResult) => `${formatNumber(r.summary.havenRatio as number, 3)} ± ${formatNumber(r.summary.havenRatioErr as number, 2)}`;

describe('why the Haven ratio', () => {
  it('one vacancy: correlated (H_R well below 1); a dilute result replaces it with "within two standard errors of 1"', async () => {
    const screen = await render(View, { result: vacancy.result, partial: null, params: vacancy.params, running: false });
    await expect.element(page.getByTestId('ionhop-haven-why')).toHaveTextContent(`H_R = D*/D_σ = ${hr(vacancy.result)} is below 1 by more than two standard errors, so a tracer’s jumps are correlated`);
    await screen.rerender({ result: dilute.result, partial: null, params: dilute.params, running: false });
    await expect.element(page.getByTestId('ionhop-haven-why')).toHaveTextContent(`H_R = D*/D_σ = ${hr(dilute.result)} is within two standard errors of 1`);
    expect(page.getByTestId('ionhop-haven-why').element().textContent).not.toContain(hr(vacancy.result));
    setLocale('ja');
    await expect.element(page.getByTestId('ionhop-haven-why')).toHaveTextContent(`H_R = D*/D_σ = ${hr(dilute.result)} は標準誤差の 2 倍以内で 1 に等しい`);
  });
});
