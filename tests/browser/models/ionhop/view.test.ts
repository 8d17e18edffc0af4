/**
 * Browser tests of the ionhop view: with a real result of the model (run here, small supercell)
 * the plots carry their accessible names, the summary shows values in display units, the 3D
 * canvas draws pixels, the Arrhenius plot labels the measured electrolytes, streamed positions of
 * another lattice are not drawn on the old one, a run's streamed partial results show (running key
 * results with error bars, MSD, and the 3D supercell before any result exists), a temperature sweep
 * through the worker pool fits the activation energy (± error, degrees of freedom), and the
 * Japanese catalog is complete and used.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { coloured, countPixels, exportedScenePixels } from '../../scenePicture';
import View from '../../../../src/app/models/ionhop/View.svelte';
import model, { ELECTROLYTES } from '../../../../src/models/ionhop';
import { CancelledError, defaultsOf, type ModelResult, type ParamValues } from '../../../../src/core/model';
import { en, ja } from '../../../../src/app/models/ionhop/i18n';
import { formatNumber, setLocale } from '../../../../src/app/i18n/locale.svelte';
import { ionhopEntry } from '../../../../src/app/models/ionhop/entry';

let result: ModelResult;
let params: ParamValues;

beforeAll(async () => {
  params = { ...defaultsOf(model), L: 8, steps: 200_000, replicas: 2, seed: 7 };
  result = await model.run(params as Parameters<typeof model.run>[0], {});
});

afterEach(() => setLocale('en'));

describe('ionhop view', () => {
  it('shows the plots with accessible names and the summary in display units', async () => {
    await render(View, { result, partial: null, params, running: false });
    for (const name of ['Mean squared displacement', 'Running diffusion coefficient', 'Arrhenius plot with measured electrolytes', 'Conductivity against occupancy']) {
      await expect.element(page.getByRole('img', { name })).toBeInTheDocument();
    }
    const sigma = result.summary.conductivity as number;
    await expect.element(page.getByTestId('ionhop-sigma')).toHaveTextContent(formatNumber(sigma * 10, 3));
    await expect.element(page.getByTestId('ionhop-sigma')).toHaveTextContent('mS/cm');
    const row = page.getByRole('row', { name: /Carrier density n/ });
    await expect.element(row).toHaveTextContent(formatNumber((result.summary.carrierDensity as number) * 1e-6));
    await expect.element(row).toHaveTextContent('cm⁻³');
    await expect.element(page.getByRole('row', { name: /Tracer diffusion D\*/ })).toHaveTextContent('cm²/s');
    // MSD: tracer, charge, the slope-1 reference and the error bands of two replicas.
    const msd = page.getByRole('img', { name: 'Mean squared displacement' }).element();
    expect(msd.querySelectorAll('path.line').length).toBe(3);
    expect(msd.querySelectorAll('path.band').length).toBe(2);
  });

  it('labels every measured electrolyte, each dashed Eₐ line and this run on the Arrhenius plot', async () => {
    await render(View, { result, partial: null, params, running: false });
    const svg = page.getByRole('img', { name: 'Arrhenius plot with measured electrolytes' });
    await expect.element(svg).toBeInTheDocument();
    const labels = [...svg.element().querySelectorAll('.point-labels text')].map((t) => t.textContent);
    expect(labels).toContain('LGPS');
    expect(labels).toContain('NASICON');
    expect(labels).toContain('this run');
    // a label per measured point, one per dashed Eₐ line (at its 400 K end), and this run
    const measured = ELECTROLYTES.filter((e) => e.sigma25 !== null);
    expect(labels.length).toBe(measured.length + measured.filter((e) => e.Ea_eV !== null).length + 1);
    expect(labels.filter((l) => l === 'LGPS')).toHaveLength(2);
  });

  it('draws the supercell on a WebGL canvas', async () => {
    await render(View, { result, partial: null, params, running: false });
    await expect.poll(() => document.querySelector('canvas[aria-label]') !== null).toBe(true);
    const button = page.getByRole('button', { name: 'Save “Supercell” as PNG' }).element() as HTMLButtonElement;
    // the figure is opaque (white around the scene): count coloured pixels, which only the scene draws
    const painted = async () => countPixels(await exportedScenePixels(button), coloured);
    await expect.poll(painted, { timeout: 10_000 }).toBeGreaterThan(500);
    // the scene's background is transparent; the figure puts it on opaque white (corner pixel)
    expect([...(await exportedScenePixels(button)).slice(0, 4)]).toEqual([255, 255, 255, 255]);
    await expect.element(page.getByRole('button', { name: 'Pause live view' })).toBeInTheDocument();
    await page.getByRole('checkbox', { name: 'Highlight vacancies' }).click();
    await expect.element(page.getByText('vacancies (highlighted)')).toBeInTheDocument();
  });

  it('follows streamed positions of the same lattice and refuses those of another', async () => {
    const partial: ModelResult = {
      summary: { replica: 0, hops: 1234, simulatedTime: 1e-9 },
      series: { ionSites: Float64Array.from(result.series.ionSites).reverse(), msd_t: result.series.msd_t, msdTracer: result.series.msdTracer, msdCharge: result.series.msdCharge },
    };
    const screen = await render(View, { result, partial, params, running: true });
    await expect.element(page.getByText(/Live: replica 1, 1,234 hops/)).toBeInTheDocument();
    await expect.element(page.getByText(/belong to a new lattice/)).not.toBeInTheDocument();
    screen.unmount();
    await render(View, { result, partial: { ...partial, series: { ionSites: Float64Array.of(0, 1, 2) } }, params, running: true });
    await expect.element(page.getByText(/belong to a new lattice/)).toBeInTheDocument();
  });

  it('shows a streaming run before it ends: running key results with errors, the MSD and the live supercell', async () => {
    // A long run with disorder streams partials; the view gets each one, as the page passes them on.
    const live = { ...defaultsOf(model), L: 8, steps: 1e10, replicas: 4, disorder: 0.05, seed: 3 };
    const screen = await render(View, { result: null, partial: null, params: live, running: true });
    const controller = new AbortController();
    let latest: ModelResult | null = null;
    const run = model.run(live as Parameters<typeof model.run>[0], {
      signal: controller.signal,
      onProgress: (p) => {
        if (!p.partial) return;
        latest = p.partial;
        void screen.rerender({ result: null, partial: p.partial, params: live, running: true });
      },
    });
    try {
      await expect.element(page.getByTestId('ionhop-sigma'), { timeout: 10_000 }).toHaveTextContent(/\d ± \d/);
      await expect.element(page.getByTestId('ionhop-live-note')).toHaveTextContent(/replica 1 of 4|Equilibrating replica 1 of 4/);
      await expect.poll(() => document.querySelector('canvas[aria-label]') !== null, { timeout: 10_000 }).toBe(true);
      await expect.element(page.getByRole('img', { name: 'Mean squared displacement' })).toBeInTheDocument();
      const shown = latest as ModelResult | null;
      expect(shown?.summary.conductivity).toEqual(expect.any(Number));
      await expect.element(page.getByText(/Live: replica 1, [\d,]+ hops/)).toBeInTheDocument();
      expect(controller.signal.aborted, 'the run is still going').toBe(false);
    } finally {
      controller.abort();
      await expect(run).rejects.toBeInstanceOf(CancelledError);
    }
  });

  it('keeps drawing the supercell when a partial comes without it (large supercells send it every tenth partial)', async () => {
    const withGeometry: ModelResult = {
      summary: { ...result.summary, replica: 0, replicas: 2, equilibrating: false },
      series: { ionSites: result.series.ionSites, siteXYZ: result.series.siteXYZ, supercell: result.series.supercell, blockedSites: result.series.blockedSites },
    };
    const screen = await render(View, { result: null, partial: withGeometry, params, running: true });
    await expect.poll(() => document.querySelector('canvas[aria-label]') !== null, { timeout: 10_000 }).toBe(true);
    const without: ModelResult = { summary: withGeometry.summary, series: { ionSites: Float64Array.from(result.series.ionSites).reverse() } };
    await screen.rerender({ result: null, partial: without, params, running: true });
    await expect.element(page.getByText(/Live: replica 1/)).toBeInTheDocument();
    expect(document.querySelector('canvas[aria-label]')).not.toBeNull();
    await expect.element(page.getByText(/belong to a new lattice/)).not.toBeInTheDocument();
  });

  it('runs an Arrhenius sweep in the worker pool and fits the activation energy', async () => {
    expect(typeof ionhopEntry.createWorker).toBe('function');
    await render(View, { result, partial: null, params: { ...params, steps: 50_000 }, running: false });
    await page.getByRole('spinbutton', { name: 'Temperatures' }).fill('3');
    await page.getByRole('button', { name: 'Arrhenius sweep' }).click();
    const fit = page.getByTestId('ionhop-fit');
    await expect.element(fit, { timeout: 60_000 }).toBeInTheDocument();
    // Each temperature with its own seed; the fit is weighted by the points' errors (3 points: 1 degree of freedom).
    const text = fit.element().textContent ?? '';
    const m = /activation energy ([\d.]+) ± ([\d.]+) eV .*degrees of freedom: 1,/.exec(text);
    expect(m, text).not.toBeNull();
    const Ea = Number(m![1]);
    expect(Ea).toBeGreaterThan(0.25);
    expect(Ea).toBeLessThan(0.35);
    expect(Number(m![2])).toBeGreaterThan(0);
    // plots are redrawn in the frame queue: wait for the one showing the sweep
    await expect.element(page.getByRole('img', { name: 'Arrhenius plot with measured electrolytes' })).toHaveAttribute('aria-description', expect.stringMatching(/model sweep/));
  });

  it('speaks Japanese, and the Japanese catalog has every English key', async () => {
    const missing = Object.keys(en).filter((k) => !(k in ja) || !(ja as Record<string, string>)[k]);
    expect(missing).toEqual([]);
    expect(Object.keys(ja).filter((k) => !(k in en))).toEqual([]);
    setLocale('ja');
    await render(View, { result, partial: null, params, running: false });
    await expect.element(page.getByRole('img', { name: '平均二乗変位' })).toBeInTheDocument();
    await expect.element(page.getByRole('img', { name: 'アレニウスプロットと実測の電解質' })).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'アレニウス掃引' })).toBeInTheDocument();
    await expect.element(page.getByText('主な結果')).toBeInTheDocument();
  });
});
