/**
 * The hydrogen model page through the app shell and its real worker: it lands on a computed
 * default with the isotherm plot and the explanation (equations, guide), and a malformed CSV
 * in the `data` parameter ends the run with an error that names the bad lines.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import App from '../../../../src/app/App.svelte';
import { hydrogenEntry } from '../../../../src/app/models/hydrogen/entry';

afterEach(() => {
  history.replaceState(null, '', '#/');
});

describe('hydrogen page (worker)', () => {
  it('lands on a computed default with plots, material source and explanation', async () => {
    history.replaceState(null, '', '#/hydrogen');
    await render(App, { entries: [hydrogenEntry] });
    await expect.element(page.getByRole('img', { name: /PCT isotherms at 298\.2 K/ }), { timeout: 30_000 }).toBeInTheDocument();
    await expect.element(page.getByTestId('material-line')).toHaveTextContent(/Sandrock/);
    await expect.element(page.getByRole('heading', { name: 'What the model solves' })).toBeInTheDocument();
    await expect.element(page.getByText(/drag the temperature past T_c = 566 K/)).toBeInTheDocument();
    await expect.poll(() => document.querySelectorAll('.katex').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
  });

  it('reports malformed CSV rows by line number as the run’s error', async () => {
    // header units are read by mathjs inside the worker
    const csv = 'T[degC],p[hPa],x,dir\n25,1000,0.5,des\n25,abc,0.6,des';
    history.replaceState(null, '', `#/hydrogen?data=${encodeURIComponent(csv)}`);
    await render(App, { entries: [hydrogenEntry] });
    const alert = page.getByRole('alert');
    await expect.element(alert, { timeout: 30_000 }).toHaveTextContent(/line 3/);
    await expect.element(alert).toHaveTextContent(/pressure "abc"/);
    await expect.element(alert).not.toHaveTextContent(/column/);
    // a failed run shows no stale partial plots
    expect(document.querySelector('svg[role=img]')).toBeNull();
  });
});
