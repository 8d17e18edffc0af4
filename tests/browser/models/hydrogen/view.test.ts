/**
 * Browser tests of the hydrogen (PCT) view: rendered with real results of the model (run
 * directly in the test), it shows the isotherm and van 't Hoff plots with accessible names, the
 * summary in bar / H/M / mass%, the material and its source, the fit of pasted data with its
 * residual plot, a non-blank 3D surface, and Japanese strings; the catalogs are complete.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { coloured, countPixels, exportedScenePixels } from '../../scenePicture';
import { exportedBlob } from '../../exportedFile';
import View from '../../../../src/app/models/hydrogen/View.svelte';
import { en, ja } from '../../../../src/app/models/hydrogen/i18n';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { defaultsOf, type ModelResult } from '../../../../src/core/model';
import { setLocale } from '../../../../src/app/i18n/locale.svelte';

function paramsWith(values: Partial<HydrogenParams>): HydrogenParams {
  return { ...defaultsOf(model), ...values } as HydrogenParams;
}

/** Synthetic LaNi5-like desorption data at three temperatures (plateaus from ΔH = −30.8 kJ/mol, ΔS = −108 J/(mol K)). */
function syntheticCsv(): string {
  const lines = ['T[K],p[bar],H/M,dir'];
  for (const T of [293, 313, 333]) {
    const pl = Math.exp(-30800 / (8.314462618 * T) + 108 / 8.314462618);
    for (const x of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) lines.push(`${T},${(pl * (1 + 0.15 * (x - 0.5))).toPrecision(5)},${x},des`);
    lines.push(`${T},${(pl * 0.2).toPrecision(4)},0.04,des`);
  }
  return lines.join('\n');
}

let base: { params: HydrogenParams; result: ModelResult };
let fitted: { params: HydrogenParams; result: ModelResult };

beforeAll(async () => {
  const p0 = paramsWith({});
  base = { params: p0, result: await model.run(p0) };
  const p1 = paramsWith({ data: syntheticCsv(), pMax: 1e7 });
  fitted = { params: p1, result: await model.run(p1) };
}, 60_000);

afterEach(() => setLocale('en'));

describe('hydrogen view', () => {
  it('shows the isotherm and van ’t Hoff plots, the summary in display units and the material source', async () => {
    await render(View, { result: base.result, partial: null, params: base.params, running: false });
    await expect.element(page.getByRole('img', { name: 'PCT isotherms at 298.2 K' })).toBeInTheDocument();
    await expect.element(page.getByRole('img', { name: 'van ’t Hoff plot' })).toBeInTheDocument();
    const iso = page.getByRole('img', { name: 'PCT isotherms at 298.2 K' }).element();
    expect(iso.getAttribute('aria-description')).toMatch(/desorption 298\.2 K/);
    // thousands of points: the lines are drawn on a canvas on screen, as SVG paths in the export
    await expect.poll(() => iso.querySelector('foreignObject.canvas-marks canvas')).not.toBeNull();
    expect(iso.querySelectorAll('path.line').length).toBe(0);
    const button = page.getByRole('button', { name: 'Save “PCT isotherms at 298.2 K” as SVG' }).element() as HTMLButtonElement;
    const exported = new DOMParser().parseFromString(await (await exportedBlob(button)).text(), 'image/svg+xml');
    // plateau shaded, absorption dotted, family lighter: one band and at least four lines
    expect(exported.querySelectorAll('path.band').length).toBe(1);
    expect(exported.querySelectorAll('path.line').length).toBeGreaterThanOrEqual(4);
    expect([...exported.querySelectorAll('path.line')].some((p) => p.getAttribute('stroke-dasharray') === '1.5 3.5')).toBe(true);
    expect(exported.querySelector('foreignObject')).toBeNull();

    const pDes = base.result.summary.plateauPressureDes as number;
    const row = page.getByRole('row', { name: /Plateau pressure, desorption/ });
    await expect.element(row).toHaveTextContent(new RegExp(`${(pDes / 1e5).toPrecision(4).replace('.', '\\.')}\\s*bar`));
    await expect.element(page.getByRole('row', { name: /Capacity at the highest pressure, mass/ })).toHaveTextContent(/mass%/);
    await expect.element(page.getByRole('row', { name: /Plateau start, in mass%/ })).toHaveTextContent(/0\.1118/);
    await expect.element(page.getByRole('row', { name: /volumetric/ }).first()).toHaveTextContent(/kg H₂\/m³/);
    await expect.element(page.getByTestId('material-line')).toHaveTextContent(/Material: LaNi₅/);
    await expect.element(page.getByTestId('material-line')).toHaveTextContent(/Sandrock/);
    await expect.element(page.getByTestId('fit-card')).toHaveTextContent(/Paste or load measured PCT points/);
  });

  it('renders the PCT surface in 3D (non-blank pixels) with an accessible canvas', async () => {
    await render(View, { result: base.result, partial: null, params: base.params, running: false });
    await expect.poll(() => document.querySelector('canvas[aria-label]')).not.toBeNull();
    const c = document.querySelector('canvas[aria-label]')!;
    expect(c.getAttribute('aria-label')).toMatch(/3D PCT surface/);
    const button = page.getByRole('button', { name: 'Save “PCT surface” as PNG' }).element() as HTMLButtonElement;
    // pixels clearly brighter than the dark backdrop: surface colours, dome, isotherm
    // (the figure around the scene is white and grey ink: only the scene draws coloured pixels)
    const lit = async () => countPixels(await exportedScenePixels(button), coloured);
    await expect.poll(lit, { timeout: 10_000 }).toBeGreaterThan(2000);
  });

  it('shows the fit of pasted data: ΔH and ΔS with standard errors, the data points and the residuals', async () => {
    await render(View, { result: fitted.result, partial: null, params: fitted.params, running: false });
    const s = fitted.result.summary;
    // the fit uses fugacities (real gas, φ slightly above 1 at a few bar), so ΔH is a little off the ideal-gas input
    expect(Math.abs((s.dH as number) + 30800)).toBeLessThan(300);
    const card = page.getByTestId('fit-card');
    await expect.element(card).toHaveTextContent(/24 data points/);
    await expect.element(card).toHaveTextContent(new RegExp(`${((s.dH as number) / 1000).toPrecision(4).replace('.', '\\.').replace('-', '\u2212')} ± .*kJ/mol H₂`));
    await expect.element(card).toHaveTextContent(/± .*J\/\(mol H₂·K\)/);
    // the degrees of freedom behind the errors, the plateau points used, and why the isotherm fit has no error bars
    await expect.element(page.getByRole('row', { name: /Degrees of freedom of the van ’t Hoff errors/ })).toHaveTextContent(new RegExp(`\\D${s.vantHoffDof as number}$`));
    await expect.element(page.getByRole('row', { name: /Plateau points in the van ’t Hoff fit/ })).toHaveTextContent(new RegExp(`\\D${s.vantHoffPoints as number}$`));
    await expect.element(page.getByTestId('fit-errors-note')).toHaveTextContent(new RegExp(`one standard error on ${s.vantHoffDof as number} degrees of freedom`));
    if ((s.vantHoffDof as number) < 10) {
      const percent = (100 * (s.vantHoffCover2 as number)).toPrecision(3).replace('.', '\\.');
      await expect.element(page.getByTestId('fit-errors-note')).toHaveTextContent(new RegExp(`cover less than 95 % \\(Student t: ${percent} %\\)`));
    }
    // the Birge ratio, when both scatters have degrees of freedom
    if (typeof s.vantHoffBirge === 'number') await expect.element(page.getByRole('row', { name: /Birge ratio/ })).toHaveTextContent(new RegExp(`\\D${(s.vantHoffBirge as number).toPrecision(3).replace('.', '\\.')}$`));
    await expect.element(card).toHaveTextContent(/least-squares isotherm fit shows no error bars/);
    await expect.element(page.getByRole('img', { name: 'Residuals of the isotherm fit' })).toBeInTheDocument();
    const vh = page.getByRole('img', { name: 'van ’t Hoff plot' }).element();
    expect(vh.querySelectorAll('.points circle').length).toBe(3);
    expect(vh.getAttribute('aria-description')).toMatch(/ln\(f_plateau/);
  });

  it('draws a streamed partial result while running and hides a failed run’s leftover partial', async () => {
    const partial: ModelResult = {
      summary: { plateauPressureDes: 3e5, plateauStart: 0.1, plateauEnd: 0.8 },
      series: { isotherm_des_x: [0.01, 0.1, 0.8, 1.2], isotherm_des_p: [1e3, 3e5, 3e5, 1e7] },
    };
    const screen = await render(View, { result: base.result, partial, params: base.params, running: true });
    await expect.element(page.getByRole('heading', { name: /Updating/ })).toBeInTheDocument();
    await expect.element(page.getByRole('row', { name: /Plateau pressure, desorption/ })).toHaveTextContent(/3\s*bar/);
    await screen.rerender({ result: base.result, partial, params: base.params, running: false });
    await expect.element(page.getByRole('row', { name: /Plateau pressure, desorption/ })).toHaveTextContent(/1\.757\s*bar/);
    await expect.element(page.getByRole('heading', { name: /Updating/ })).not.toBeInTheDocument();
  });

  it('lists every plateau with its origin: FeTi two measured plateaus and two bands; LaNi5-GPa’s second plateau marked fitted with its note', async () => {
    const pf = paramsWith({ material: 'FeTi', pMax: 1e7 });
    const screen = await render(View, { result: await model.run(pf), partial: null, params: pf, running: false });
    const card = page.getByTestId('plateau-card');
    await expect.element(card).toBeInTheDocument();
    expect(card.element().querySelectorAll('tbody tr').length).toBe(2);
    expect(card.element().querySelectorAll('tbody tr[data-origin="measured"]').length).toBe(2);
    await expect.element(page.getByRole('img', { name: 'PCT isotherms at 298.2 K' })).toBeInTheDocument();
    const iso = page.getByRole('img', { name: 'PCT isotherms at 298.2 K' }).element();
    const button = page.getByRole('button', { name: 'Save “PCT isotherms at 298.2 K” as SVG' }).element() as HTMLButtonElement;
    const exported = new DOMParser().parseFromString(await (await exportedBlob(button)).text(), 'image/svg+xml');
    expect(exported.querySelectorAll('path.band').length).toBe(2);
    expect(iso.getAttribute('aria-description')).toMatch(/plateau 2/);
    const vh = page.getByRole('img', { name: 'van ’t Hoff plot' }).element();
    expect(vh.getAttribute('aria-description')).toMatch(/desorption, plateau 2/);
    await screen.unmount();

    const pg = paramsWith({ material: 'LaNi5-GPa', pMax: 2e9 });
    await render(View, { result: await model.run(pg), partial: null, params: pg, running: false });
    const rows = page.getByTestId('plateau-card').element().querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-origin'))).toEqual(['measured', 'fitted']);
    expect(rows[1].textContent).toMatch(/fitted to a statement, not measured/);
    await expect.element(page.getByTestId('fitted-note')).toHaveTextContent(/Plateau 2: FITTED here to the statement of Sato et al\., Molecules 28, 1256 \(2023\)/);
  });

  it('shows Japanese strings when the locale is ja', async () => {
    setLocale('ja');
    await render(View, { result: base.result, partial: null, params: base.params, running: false });
    await expect.element(page.getByRole('img', { name: '298.2 K の PCT 等温線' })).toBeInTheDocument();
    await expect.element(page.getByRole('img', { name: 'ファントホッフプロット' })).toBeInTheDocument();
    await expect.element(page.getByRole('row', { name: /プラトー圧（放出）/ })).toBeInTheDocument();
    await expect.element(page.getByTestId('material-line')).toHaveTextContent(/材料：LaNi₅/);
  });
});

describe('hydrogen catalogs', () => {
  it('has every English key in Japanese, none empty, with the same placeholders', () => {
    const enKeys = Object.keys(en);
    const jaKeys = Object.keys(ja);
    expect(jaKeys.filter((k) => !(k in en))).toEqual([]);
    expect(enKeys.filter((k) => !(k in ja))).toEqual([]);
    for (const k of enKeys) {
      const e = (en as Record<string, string>)[k];
      const j = (ja as Record<string, string>)[k];
      expect(j.trim().length, k).toBeGreaterThan(0);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(j), k).toEqual(names(e));
    }
  });

  it('labels every parameter, choice and preset of the model', () => {
    for (const spec of model.params) {
      expect(en, spec.key).toHaveProperty([`param.hydrogen.${spec.key}`]);
      expect(en, spec.key).toHaveProperty([`help.hydrogen.${spec.key}`]);
      if (spec.kind === 'choice') for (const c of spec.choices) expect(en).toHaveProperty([`choice.hydrogen.${spec.key}.${c.value}`]);
      if (spec.group) expect(en).toHaveProperty([`group.hydrogen.${spec.group}`]);
    }
    for (const p of model.presets) expect(en).toHaveProperty([`preset.hydrogen.${p.id}`]);
  });
});
