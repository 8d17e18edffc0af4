/**
 * Browser tests of the solidification view: rendered with real model results (the model is run
 * directly in the test), through the app with the real worker, in English and Japanese, with the
 * 3D ingot read back from WebGL and the stability map computed in its parallel workers.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import { coloured, countPixels, exportedScenePixels } from '../../scenePicture';
import { exportedBlob } from '../../exportedFile';
import View from '../../../../src/app/models/solidification/View.svelte';
import App from '../../../../src/app/App.svelte';
import { solidificationEntry } from '../../../../src/app/models/solidification/entry';
import { en, ja } from '../../../../src/app/models/solidification/i18n';
import { StabilityMapRunner } from '../../../../src/app/models/solidification/mapClient';
import model from '../../../../src/models/solidification';
import { computeStabilityMap } from '../../../../src/models/solidification';
import { defaultsOf, type ModelResult, type ParamValues } from '../../../../src/core/model';
import { formatNumber, setLocale } from '../../../../src/app/i18n/locale.svelte';
import { prefs } from '../../../../src/app/prefs.svelte';
import { parseHash } from '../../../../src/app/url';
import { quantityToSi, type NumberSpec } from '../../../../src/core/params';
import { REGIMES } from '../../../../src/models/solidification/stability';

let params: ParamValues;
let transient: ModelResult;
let steady: ModelResult;
let firstPartial: ModelResult | null = null;

beforeAll(async () => {
  params = defaultsOf(model as never);
  transient = await model.run(params as never, {
    onProgress: (p) => {
      if (p.partial && !firstPartial) firstPartial = p.partial;
    },
  });
  steady = await model.run({ ...params, mode: 'steady' } as never);
});

afterEach(() => {
  setLocale('en');
  prefs.temperature = 'K';
  localStorage.removeItem('crucible.prefs');
  history.replaceState(null, '', '#/');
});

describe('solidification catalog', () => {
  it('has every English key in Japanese, non-empty, with the same placeholders', () => {
    const missing = Object.keys(en).filter((k) => !(k in ja) || !(ja as Record<string, string>)[k]);
    expect(missing).toEqual([]);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(en)) expect(placeholders((ja as Record<string, string>)[k]), k).toEqual(placeholders(v));
    expect(Object.keys(ja).filter((k) => !(k in en))).toEqual([]);
  });

  it('labels every parameter, choice, preset and regime', () => {
    const keys = new Set(Object.keys(en));
    for (const spec of model.params) {
      expect(keys.has(`param.solidification.${spec.key}`), spec.key).toBe(true);
      expect(keys.has(`help.solidification.${spec.key}`), spec.key).toBe(true);
      if (spec.group) expect(keys.has(`group.solidification.${spec.group}`), spec.group).toBe(true);
      if (spec.kind === 'choice') for (const c of spec.choices) expect(keys.has(`choice.solidification.${spec.key}.${c.value}`), c.value).toBe(true);
    }
    for (const p of model.presets) expect(keys.has(`preset.solidification.${p.id}`), p.id).toBe(true);
    for (const r of ['planar', 'cellular', 'dendritic', 'absolute']) {
      expect(keys.has(`value.solidification.${r}`)).toBe(true);
      expect(keys.has(`solidification.criterion.${r}`)).toBe(true);
    }
    for (const e of solidificationEntry.equations) expect(keys.has(e.captionKey), e.captionKey).toBe(true);
    for (const a of solidificationEntry.assumptionKeys) expect(keys.has(a), a).toBe(true);
    expect(keys.has(solidificationEntry.guideKey!)).toBe(true);
  });
});

describe('solidification view', () => {
  it('shows every plot with an accessible name, the supercooled band, the summary in friendly units and the regime', async () => {
    await render(View, { result: transient, partial: null, params, running: false });
    for (const title of [
      'Liquidus vs. actual temperature ahead of the interface',
      'Melt composition ahead of the interface',
      'Composition of the grown solid (segregation)',
      'Growth velocity V(t)',
      'Interface temperature',
      'Phase diagram with the interface tie-line',
      'Mullins–Sekerka growth rate of interface perturbations',
    ]) {
      await expect.element(page.getByRole('img', { name: title })).toBeInTheDocument();
    }
    const classic = page.getByRole('img', { name: 'Liquidus vs. actual temperature ahead of the interface' }).element();
    const band = classic.querySelector('path.band');
    expect(band?.getAttribute('d')?.length ?? 0).toBeGreaterThan(20);
    expect(classic.getAttribute('aria-description')).toMatch(/Shaded: constitutionally supercooled/);
    const velocity = page.getByRole('img', { name: 'Growth velocity V(t)' }).element();
    expect(velocity.textContent).toMatch(/R\/G = 10\.8 µm\/s/);
    await expect.element(page.getByTestId('regime-badge')).toHaveTextContent('Regime: dendritic');
    await expect.element(page.getByText(/G < k·G_crit/)).toBeInTheDocument();
    await expect.element(page.getByTestId('diagram-note')).toHaveTextContent(/real Si–Ge.*ΔT₀ = 125 K at x₀ = 0\.2/);
    const row = (label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) });
    await expect.element(row('Growth velocity V')).toHaveTextContent(/8\.66\s*µm\/s/);
    await expect.element(row('Freezing range ΔT₀')).toHaveTextContent(/125\.1\s*K/);
    await expect.element(row('Critical gradient G_crit')).toHaveTextContent(/132\.6\s*K\/mm/);
    await expect.element(row('Boundary layer D/V')).toHaveTextContent(/1,155\s*µm/);
    await expect.element(row('Marginal wavelength')).toHaveTextContent(/6\.654\s*µm/);
    await expect.element(row('Interface regime')).toHaveTextContent('dendritic');
  });

  it('draws the ingot in 3D (non-blank WebGL pixels)', async () => {
    await render(View, { result: transient, partial: null, params, running: false });
    const locator = page.getByLabelText(/Three-dimensional view of the ingot/);
    await expect.element(locator).toBeInTheDocument();
    await expect.element(locator).toHaveAttribute('data-off-thread', 'true');
    const button = page.getByRole('button', { name: 'Save “Ingot in its crucible” as PNG' }).element() as HTMLButtonElement;
    // the figure is opaque (white around the scene): count coloured pixels, which only the scene draws
    const painted = async () => countPixels(await exportedScenePixels(button), coloured);
    await expect.poll(painted, { timeout: 10_000 }).toBeGreaterThan(2000);
  });

  it('switches temperatures to °C and back', async () => {
    await render(View, { result: transient, partial: null, params, running: false });
    await page.getByRole('radio', { name: '°C' }).click();
    await expect.element(page.getByRole('row', { name: /^Liquidus T_L/ })).toHaveTextContent(/1,345\s*°C/);
    await expect.element(page.getByRole('img', { name: 'Interface temperature' })).toHaveAttribute('aria-description', expect.stringMatching(/temperature \(°C\)/));
    await page.getByRole('radio', { name: 'K' }).click();
    await expect.element(page.getByRole('row', { name: /^Liquidus T_L/ })).toHaveTextContent(/1,619\s*K/);
  });

  it('shows a streamed partial result as live growth', async () => {
    const partial = firstPartial ?? transient;
    await render(View, { result: null, partial, params, running: true });
    await expect.element(page.getByTestId('growth-status')).toHaveTextContent(/Growing… t = /);
    await expect.element(page.getByRole('button', { name: 'Replay growth' })).not.toBeInTheDocument();
  });

  it('replays the growth from the stored history and returns to the end of the run', async () => {
    await render(View, { result: transient, partial: null, params, running: false });
    const slider = page.getByRole('slider', { name: 'Replay time' });
    (slider.element() as HTMLInputElement).value = '1500';
    slider.element().dispatchEvent(new Event('input', { bubbles: true }));
    await expect.element(page.getByTestId('growth-status')).toHaveTextContent(/Replay: t = 25 min, ingot .* mm/);
    await expect.element(page.getByText(/stored only for the latest state/)).toBeInTheDocument();
    // plots are redrawn one per animation frame: wait for this one
    const solid = page.getByRole('img', { name: 'Composition of the grown solid (segregation)' });
    await expect.element(solid).toBeInTheDocument();
    const shownPoints = () => Number(/x_S: (\d+) points/.exec(solid.element().getAttribute('aria-description') ?? '')?.[1]);
    await expect.poll(shownPoints).toBeLessThan(transient.series.solid_z.length);
    expect(shownPoints()).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Show end of run' }).click();
    await expect.element(page.getByTestId('growth-status')).toHaveTextContent(/End of run: t = 50 min/);
    await page.getByRole('button', { name: 'Replay growth' }).click();
    await expect.element(page.getByRole('button', { name: 'Pause replay' })).toBeInTheDocument();
    await page.getByRole('button', { name: 'Pause replay' }).click();
  });

  it('shows the steady state without the transient plots and the 3D ingot', async () => {
    await render(View, { result: steady, partial: null, params: { ...params, mode: 'steady' }, running: false });
    await expect.element(page.getByTestId('growth-status')).toHaveTextContent(/Steady state at V = 10\.8 µm\/s/);
    await expect.element(page.getByRole('img', { name: 'Phase diagram with the interface tie-line' })).toBeInTheDocument();
    expect(document.querySelector('canvas[aria-label]')).toBeNull();
    expect(document.body.textContent).not.toContain('Growth velocity V(t)');
  });

  it('shows a planar pure-Si front and says which diagram is in use for the linearised set', async () => {
    const preset = (id: string) => ({ ...params, ...model.presets.find((p) => p.id === id)!.values }) as ParamValues;
    const pureSi = preset('pure-si');
    const screen = await render(View, { result: await model.run(pureSi as never), partial: null, params: pureSi, running: false });
    await expect.element(page.getByTestId('regime-badge')).toHaveTextContent('Regime: planar');
    await expect.element(page.getByText(/no perturbation wavelength grows/)).toBeInTheDocument();
    await expect.element(page.getByText(/No solute gradient at the interface/)).toBeInTheDocument();
    screen.unmount();
    const linear = preset('teaching-linear');
    await render(View, { result: await model.run(linear as never), partial: null, params: linear, running: false });
    await expect.element(page.getByTestId('diagram-note')).toHaveTextContent(/linearised dilute \(k = 0\.3, m = −350 K.*ΔT₀ = 163 K at x₀ = 0\.2/);
  });

  it('says when the run has not reached steady state and shows the steady-state regime beside its own (issue case 7.7 K/mm, 0.5 K/min)', async () => {
    const slow = { ...params, R: 0.5 / 60 } as ParamValues;
    const result = await model.run(slow as never);
    await render(View, { result, partial: null, params: slow, running: false });
    await expect.element(page.getByTestId('regime-badge')).toHaveTextContent('Regime: planar');
    const ratio = Math.round((result.summary.velocityRatio as number) * 100);
    await expect.element(page.getByTestId('steady-note')).toHaveTextContent(`not yet steady: V = ${ratio} % of R/G`);
    await expect.element(page.getByTestId('steady-badge')).toHaveTextContent('steady state: cellular');
    await expect.element(page.getByRole('row', { name: /^Steady state reached/ })).toHaveTextContent('no');
    setLocale('ja');
    await expect.element(page.getByTestId('steady-note')).toHaveTextContent(`まだ定常ではありません：V は R/G の ${ratio} %`);
    await expect.element(page.getByTestId('steady-badge')).toHaveTextContent('定常状態：セル状');
  });

  it('shows no steady-state note once the run is steady, and says why a runaway run stopped', async () => {
    const settled = { ...params, phaseDiagram: 'dilute', G: 1e5, R: 1, meltLength: 0.05, tEnd: 2500 } as ParamValues;
    const screen = await render(View, { result: await model.run(settled as never), partial: null, params: settled, running: false });
    await expect.element(page.getByTestId('regime-badge')).toBeInTheDocument();
    expect(page.getByTestId('steady-note').query()).toBeNull();
    expect(page.getByTestId('stop-note').query()).toBeNull();
    screen.unmount();
    const runaway = { ...params, G: 100 } as ParamValues;
    await render(View, { result: await model.run(runaway as never), partial: null, params: runaway, running: false });
    await expect.element(page.getByTestId('stop-note')).toHaveTextContent(/faster than 10 × R\/G/);
    await expect.element(page.getByRole('row', { name: /^Run ended by/ })).toHaveTextContent('runaway front');
  });

  it('updates the simulated time and % solid in the status with every partial', async () => {
    const partials: ModelResult[] = [];
    const controller = new AbortController();
    const long = { ...params, drive: 'pulling', V: 2e-4, meltLength: 1, tEnd: 1e6 } as ParamValues;
    await model
      .run(long as never, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.partial) partials.push(p.partial);
          if (partials.length === 4) controller.abort();
        },
      })
      .catch(() => undefined);
    expect(partials).toHaveLength(4);
    const screen = await render(View, { result: null, partial: partials[0], params: long, running: true });
    for (const partial of partials) {
      await screen.rerender({ result: null, partial, params: long, running: true });
      const time = formatNumber((partial.summary.time as number) / 60, 3);
      const solid = formatNumber((partial.summary.solidFraction as number) * 100, 3);
      await expect.element(page.getByTestId('growth-status')).toHaveTextContent(`Growing… t = ${time} min, ${solid} % solid`);
    }
  });

  it('speaks Japanese', async () => {
    setLocale('ja');
    await render(View, { result: transient, partial: null, params, running: false });
    await expect.element(page.getByRole('img', { name: '界面前方の液相線温度と実際の温度' })).toBeInTheDocument();
    await expect.element(page.getByTestId('regime-badge')).toHaveTextContent('形態：デンドライト');
    await expect.element(page.getByRole('button', { name: 'マップを計算' })).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: '成長を再生' })).toBeInTheDocument();
  });
});

describe('solidification stability map', () => {
  it('computes the map in parallel workers, identical to the single-thread function, and marks the current point', async () => {
    await render(View, { result: transient, partial: null, params, running: false });
    await page.getByRole('combobox', { name: 'Cells per axis' }).selectOptions('32');
    await page.getByRole('button', { name: 'Compute map' }).click();
    await expect.element(page.getByTestId('map-status'), { timeout: 20_000 }).toHaveTextContent(/32 × 32 cells in \d+ ms on \d workers/);
    const svg = page.getByTestId('stability-map').element();
    expect(svg.getAttribute('aria-label')).toBe('G–V stability map');
    expect(svg.getAttribute('aria-description')).toMatch(/planar .* %.*dendritic .* %/);
    expect(svg.querySelectorAll('.cells rect').length).toBe(32 * 32);
    expect(svg.querySelector('.markers')?.textContent).toMatch(/current = E-IMR 7\.7 K\/mm/);
    expect(svg.querySelector('.markers')?.textContent).toMatch(/E-IMR 13\.9 K\/mm/);
    // the cells as CSV, one row each (the format is checked in tests/unit/app/models/solidification/mapCsv.test.ts)
    const csv = await (await exportedBlob(page.getByRole('button', { name: 'Save the data of “G–V stability map” as CSV' }).element() as HTMLButtonElement)).text();
    expect(csv.split('\r\n')[0]).toBe('G [K/mm],V [µm/s],regime,ΔT_cs max [K]');
    expect(csv.split('\r\n').length).toBe(1 + 32 * 32 + 1);
    await page.getByRole('combobox', { name: 'Colour by' }).selectOptions('dT');
    await expect.element(page.getByTestId('stability-map')).toHaveAttribute('aria-description', expect.stringMatching(/max\. supercooling from 0 to 12\d K/));
  });

  it("a lesson step's map request sets the column axis and computes the map; the next step's request is handled again", async () => {
    const screen = await render(View, { result: transient, partial: null, params, running: false, mapRequest: { step: 'lesson/1', axis: 'R' } });
    await expect.element(page.getByTestId('map-status'), { timeout: 30_000 }).toHaveTextContent(/cells in \d+ ms on \d workers/);
    await expect.element(page.getByTestId('stability-map')).toHaveAttribute('aria-label', 'G–R stability map');
    await screen.rerender({ result: transient, partial: null, params, running: false, mapRequest: { step: 'lesson/2', axis: 'V' } });
    await expect.element(page.getByTestId('stability-map'), { timeout: 30_000 }).toHaveAttribute('aria-label', 'G–V stability map');
    await expect.element(page.getByTestId('map-status'), { timeout: 30_000 }).toHaveTextContent(/cells in \d+ ms on \d workers/);
  });

  it('stitches worker blocks into exactly the single-thread map, and cancels', async () => {
    const request = { phaseDiagram: 'SiGe', k: 0.3, m: -350, Tm: 1687, x0: 0.2, D: 1e-8, gamma: 1.4e-7, axis: 'R' as const, gMin: 1e3, gMax: 1e5, nG: 24, yMin: 1e-4, yMax: 1, nY: 20 };
    const runner = new StabilityMapRunner(3);
    const fractions: number[] = [];
    const outcome = await runner.compute(request, (f) => fractions.push(f)).done;
    expect(outcome.kind).toBe('map');
    if (outcome.kind !== 'map') return;
    const reference = computeStabilityMap(request);
    expect(Array.from(outcome.map.regime)).toEqual(Array.from(reference.regime));
    expect(Array.from(outcome.map.deltaTcs)).toEqual(Array.from(reference.deltaTcs));
    expect(Array.from(outcome.map.criticalGradient)).toEqual(Array.from(reference.criticalGradient));
    expect([outcome.map.interfaceK, outcome.map.absoluteStabilityV]).toEqual([reference.interfaceK, reference.absoluteStabilityV]);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(3);
    const handle = runner.compute({ ...request, nG: 128, nY: 128 });
    handle.cancel();
    expect((await handle.done).kind).toBe('cancelled');
    const again = await runner.compute(request).done;
    expect(again.kind).toBe('map');
    runner.dispose();
  });
});

describe('stability map interaction', () => {
  /** The SI value of parameter `key` in the page's link (the link writes values that parse back exactly). */
  async function linkSi(key: string): Promise<number> {
    const text = parseHash(location.hash).query[key];
    expect(text, `${key} in ${location.hash}`).toBeDefined();
    const spec = model.params.find((s) => s.key === key) as NumberSpec;
    const back = await quantityToSi(spec, text);
    if (!back.ok) throw new Error(`${key}=${text} does not parse`);
    return back.value;
  }

  /** Opens the page at `hash`, computes a 32 × 32 map on it, and returns the single-thread map of the same request. */
  async function openComputedMap(hash: string) {
    history.replaceState(null, '', hash);
    await render(App, { entries: [solidificationEntry] });
    await expect.element(page.getByTestId('regime-badge'), { timeout: 20_000 }).toBeInTheDocument();
    await page.getByRole('combobox', { name: 'Cells per axis' }).selectOptions('32');
    await page.getByRole('button', { name: 'Compute map' }).click();
    await expect.element(page.getByTestId('map-status'), { timeout: 20_000 }).toHaveTextContent(/32 × 32 cells/);
    return computeStabilityMap({ phaseDiagram: 'SiGe', k: params.k as number, m: params.m as number, Tm: params.Tm as number, x0: params.x0 as number, D: params.D as number, gamma: params.gamma as number, axis: 'V', gMin: 1e3, gMax: 1e5, nG: 32, yMin: 1e-7, yMax: 1e-3, nY: 32, log: true });
  }

  it('reads out a hovered or keyboard-chosen cell, and Enter sets G and R (cooling) in the parameters and runs there', async () => {
    const reference = await openComputedMap('#/solidification');
    const expected = (column: number, row: number) => {
      const regime = REGIMES[reference.regime[row * 32 + column]];
      // the read-out says why, with this cell's G and G_crit (the regimes of this map's range are planar, cellular or dendritic)
      const Gc = reference.criticalGradient[row * 32 + column];
      const why = `G = ${formatNumber(reference.G[row] * 1e-3, 3)} K/mm is ${reference.G[row] >= Gc ? 'at or above' : 'below'} .*G_crit = ${formatNumber(Gc * 1e-3, 3)} K/mm`;
      const head = `G = ${formatNumber(reference.G[row] * 1e-3, 3)} K/mm, V = ${formatNumber(reference.Y[column] * 1e6, 3)} µm/s: ${(en as Record<string, string>)[`value.solidification.${regime}`]}. `;
      return new RegExp(`^${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${why}`);
    };
    // hover: the cell drawn 6th from the left in the 9th row from the bottom
    const rect = page.getByTestId('stability-map').element().querySelectorAll('.cells rect')[8 * 32 + 5].getBoundingClientRect();
    page.getByTestId('stability-map').element().dispatchEvent(new PointerEvent('pointermove', { clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2, bubbles: true }));
    await expect.element(page.getByTestId('map-readout')).toHaveTextContent(expected(5, 8));
    expect(page.getByTestId('map-readout').element().getAttribute('aria-live')).toBe('polite');
    // keyboard: the map is focusable, the arrow keys move one cell
    const cells = page.getByTestId('map-cells').element() as HTMLElement;
    cells.focus();
    expect(document.activeElement).toBe(cells);
    const press = (key: string) => cells.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press('ArrowRight');
    press('ArrowRight');
    press('ArrowUp');
    await expect.element(page.getByTestId('map-readout')).toHaveTextContent(expected(7, 9));
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowLeft');
    await expect.element(page.getByTestId('map-readout')).toHaveTextContent(expected(6, 7));
    // Enter: the default drive is cooling, so G and R = V·G are set and the page runs them
    press('Enter');
    await expect.element(page.getByTestId('map-status')).toHaveTextContent(/^Running at G = /);
    await expect.poll(() => parseHash(location.hash).query.R, { timeout: 5000 }).toBeDefined();
    const G = await linkSi('G');
    const R = await linkSi('R');
    console.log(`map cell (6, 7): G expected ${reference.G[7]} K/m got ${G}; R expected ${reference.Y[6] * reference.G[7]} K/s got ${R}; tol 1e-12 relative`);
    expect(Math.abs(G / reference.G[7] - 1)).toBeLessThan(1e-12);
    expect(Math.abs(R / (reference.Y[6] * reference.G[7]) - 1)).toBeLessThan(1e-12);
    // the run at the new values finishes and the map marks the current point there
    await expect.poll(() => page.getByTestId('stability-map').element().querySelector('.markers')?.textContent ?? '', { timeout: 20_000 }).toMatch(/current/);
  });

  it('a click on a cell sets G and V when the drive is pulling', async () => {
    const reference = await openComputedMap('#/solidification?drive=pulling&mode=steady');
    const rect = page.getByTestId('stability-map').element().querySelectorAll('.cells rect')[20 * 32 + 25].getBoundingClientRect();
    page.getByTestId('stability-map').element().dispatchEvent(new MouseEvent('click', { clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2, bubbles: true }));
    await expect.poll(() => parseHash(location.hash).query.G, { timeout: 5000 }).toBeDefined();
    expect(Math.abs((await linkSi('G')) / reference.G[20] - 1)).toBeLessThan(1e-12);
    expect(Math.abs((await linkSi('V')) / reference.Y[25] - 1)).toBeLessThan(1e-12);
    expect(parseHash(location.hash).query.R).toBeUndefined();
  });

  it('a lesson step that asks for the G–R map computes it once the step has run; other steps leave it alone', async () => {
    history.replaceState(null, '', '#/solidification?lesson=gradient-or-rate&step=3');
    await render(App, { entries: [solidificationEntry] });
    await expect.element(page.getByTestId('lesson-step'), { timeout: 20_000 }).toHaveTextContent('Step 3 of 5');
    await expect.element(page.getByTestId('regime-badge'), { timeout: 20_000 }).toBeInTheDocument();
    await expect.element(page.getByTestId('lesson-reveal')).toBeInTheDocument();
    expect(page.getByTestId('stability-map').query()).toBeNull();
    expect(page.getByTestId('map-status').element().textContent).toBe('');
    // Next step: step 4 asks for the map with R as its column axis
    location.hash = '#/solidification?lesson=gradient-or-rate&step=4';
    await expect.element(page.getByTestId('map-status'), { timeout: 30_000 }).toHaveTextContent(/64 × 64 cells/);
    expect(page.getByTestId('stability-map').element().getAttribute('aria-label')).toBe('G–R stability map');
    expect((page.getByRole('combobox', { name: 'Column axis' }).element() as HTMLSelectElement).value).toBe('R');
    await expect.poll(() => page.getByTestId('stability-map').element().querySelector('.markers')?.textContent ?? '', { timeout: 5000 }).toMatch(/current/);
  });
});

describe('solidification page', () => {
  it('streams a long run through the real worker: the status shows one simulated time after another', async () => {
    history.replaceState(null, '', '#/solidification?V=0.001&meltLength=1&tEnd=1000000');
    await render(App, { entries: [solidificationEntry] });
    const status = page.getByTestId('growth-status');
    await expect.element(status, { timeout: 20_000 }).toHaveTextContent(/Growing… t = /);
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const now = status.element().textContent ?? '';
      if (now.startsWith('Growing… t = ') && now !== seen.at(-1)) seen.push(now);
    });
    observer.observe(status.element(), { subtree: true, childList: true, characterData: true });
    await expect.poll(() => seen.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    observer.disconnect();
    const times = seen.map((t) => Number(/t = ([\d.]+)/.exec(t)?.[1]));
    expect(times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= times[i - 1])), `status lines, in order: ${seen.join(' | ')}`).toBe(true);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('lands on a computed default through the real worker', async () => {
    history.replaceState(null, '', '#/solidification');
    await render(App, { entries: [solidificationEntry] });
    await expect.element(page.getByTestId('regime-badge'), { timeout: 20_000 }).toHaveTextContent('Regime: dendritic');
    await expect.element(page.getByRole('heading', { level: 1 })).toHaveTextContent('Directional solidification of Si₁₋ₓGeₓ');
    await expect.element(page.getByRole('img', { name: 'Growth velocity V(t)' })).toBeInTheDocument();
  });
});
