/**
 * The solidification page says why it shows its regime: the sentence under the regime badge (and
 * under the steady-state badge) names the comparison that decided it with this result's numbers,
 * follows a new result (never the previous one's numbers: re-rendered, and through the app when
 * G is edited), and speaks Japanese; the liquidus plot
 * draws the G_crit tangent at the interface with the slope of the result (read back from the SVG
 * path through the axis ticks).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import View from '../../../../src/app/models/solidification/View.svelte';
import App from '../../../../src/app/App.svelte';
import { solidificationEntry } from '../../../../src/app/models/solidification/entry';
import model from '../../../../src/models/solidification';
import { defaultsOf, type ModelResult, type ParamValues } from '../../../../src/core/model';
import { formatNumber, setLocale } from '../../../../src/app/i18n/locale.svelte';

let params: ParamValues;
let transient: ModelResult;
let steady: ModelResult;
let steep: ModelResult;
const steepParams = () => ({ ...params, mode: 'steady', G: 1e6 });

beforeAll(async () => {
  params = defaultsOf(model as never);
  transient = await model.run(params as never);
  steady = await model.run({ ...params, mode: 'steady' } as never);
  steep = await model.run(steepParams() as never);
}, 60_000);

afterEach(() => {
  setLocale('en');
  history.replaceState(null, '', '#/');
});

const f3 = (v: unknown, scale: number) => formatNumber((v as number) * scale, 3);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('why the regime', () => {
  it('steady 7.7 K/mm, 5 K/min: dendritic because G < k·G_crit, with this result’s G, k and G_crit; a new result replaces every number', async () => {
    const s = steady.summary;
    const screen = await render(View, { result: steady, partial: null, params: { ...params, mode: 'steady' }, running: false });
    const k = s.interfaceK as number;
    const Gc = s.criticalGradient as number;
    const text = `G = 7.7 K/mm is below ${formatNumber(k, 3)} × G_crit = ${f3(k * Gc, 1e-3)} K/mm (G_crit = ${f3(Gc, 1e-3)} K/mm), so the supercooled front grows dendrites rather than cells.`;
    await expect.element(page.getByTestId('regime-why')).toHaveTextContent(text);
    // the figure: G_crit ≈ 153 K/mm
    expect(Gc / 1000).toBeGreaterThan(153);
    expect(Gc / 1000).toBeLessThan(154);
    // no steady badge in steady mode
    expect(page.getByTestId('steady-why').query()).toBeNull();

    await screen.rerender({ result: steep, partial: null, params: steepParams(), running: false });
    const Gc2 = steep.summary.criticalGradient as number;
    await expect.element(page.getByTestId('regime-why')).toHaveTextContent(`G = 1,000 K/mm is at or above G_crit = ${f3(Gc2, 1e-3)} K/mm, so the melt ahead is not supercooled and the front stays planar.`);
    expect(page.getByTestId('regime-why').element().textContent).not.toContain(f3(Gc, 1e-3));
  });

  it('just below G_crit (dilute, 10 µm/s, 163 K/mm): planar by capillarity, with enough digits that G shows below G_crit', async () => {
    const p = { ...params, mode: 'steady', phaseDiagram: 'dilute', drive: 'pulling', V: 1e-5, G: 1.63e5 };
    const r = await model.run(p as never);
    await render(View, { result: r, partial: null, params: p, running: false });
    expect(r.summary.regime).toBe('planar');
    await expect
      .element(page.getByTestId('regime-why'))
      .toHaveTextContent('G = 163 K/mm is below G_crit = 163.3 K/mm, so the melt ahead is supercooled, but at V = 10 µm/s capillarity still damps every wavelength and the front stays planar.');
  });

  it('transient run: the run’s reason from its end state, the steady badge’s from the steady state (V = R/G), in English and Japanese', async () => {
    const s = transient.summary;
    await render(View, { result: transient, partial: null, params, running: false });
    const Gc = s.criticalGradient as number;
    await expect.element(page.getByTestId('regime-why')).toHaveTextContent(new RegExp(`^G = 7\\.7 K/mm is below .* \\(G_crit = ${escape(f3(Gc, 1e-3))} K/mm\\)`));
    const Gs = s.steadyCriticalGradient as number;
    const steadyText = `At the steady state (V = ${f3(s.steadyV, 1e6)} µm/s): G = 7.7 K/mm is below ${formatNumber(s.steadyInterfaceK as number, 3)} × G_crit = ${f3((s.steadyInterfaceK as number) * Gs, 1e-3)} K/mm (G_crit = ${f3(Gs, 1e-3)} K/mm)`;
    await expect.element(page.getByTestId('steady-why')).toHaveTextContent(steadyText);
    // the steady state's G_crit differs from the run's end state's: both are shown, each with its own
    expect(f3(Gs, 1e-3)).not.toBe(f3(Gc, 1e-3));
    expect(f3(s.steadyV, 1e6)).toBe('10.8');
    setLocale('ja');
    await expect.element(page.getByTestId('regime-why')).toHaveTextContent(new RegExp(`^G = 7\\.7 K/mm は .*（G_crit = ${escape(f3(Gc, 1e-3))} K/mm）より小さいので、過冷却した界面はセルではなくデンドライトとして成長します。$`));
    await expect.element(page.getByTestId('steady-why')).toHaveTextContent(new RegExp(`^定常状態（V = 10\\.8 µm/s）では、G = 7\\.7 K/mm は`));
  });
});

/**
 * Linear map between pixels and data along one axis, from its first and last tick (transform and
 * label). d3-axis may shift ticks by half a pixel for crisp lines, so positions agree to ±1 px.
 */
function axisMap(svg: Element, axis: 'x' | 'y'): { toData: (px: number) => number; toPx: (v: number) => number } {
  const ticks = [...svg.querySelectorAll(`g.axis.${axis} g.tick`)].map((g) => {
    const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '')!;
    const value = Number((g.textContent ?? '').replace(/,/g, '').replace('−', '-'));
    return { px: Number(axis === 'x' ? m[1] : m[2]), value };
  });
  expect(ticks.length, `${axis} ticks`).toBeGreaterThanOrEqual(2);
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  const perPx = (b.value - a.value) / (b.px - a.px);
  return { toData: (px) => a.value + (px - a.px) * perPx, toPx: (v) => a.px + (v - a.value) / perPx };
}

describe('why, through the app and its worker', () => {
  it('an edited G runs again and the sentence shows the new comparison, not the old numbers', async () => {
    history.replaceState(null, '', '#/solidification?mode=steady');
    await render(App, { entries: [solidificationEntry] });
    await expect.element(page.getByTestId('regime-why'), { timeout: 20_000 }).toHaveTextContent(/^G = 7\.7 K\/mm is below .*G_crit = 154 K\/mm/);
    const field = page.getByRole('textbox', { name: /Temperature gradient G/ });
    await field.fill('1000');
    (field.element() as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
    const Gc = f3(steep.summary.criticalGradient, 1e-3);
    await expect.element(page.getByTestId('regime-why'), { timeout: 20_000 }).toHaveTextContent(`G = 1,000 K/mm is at or above G_crit = ${Gc} K/mm, so the melt ahead is not supercooled and the front stays planar.`);
    await expect.element(page.getByTestId('regime-badge')).toHaveTextContent('Regime: planar');
  });
});

describe('G_crit tangent on the liquidus plot', () => {
  for (const [name, result, p] of [
    ['transient (default)', () => transient, () => params],
    ['steady, 1000 K/mm (planar)', () => steep, steepParams],
  ] as const) {
    it(`${name}: a dashed line from (0, T_i) with slope G_crit, labelled`, async () => {
      const r = result();
      await render(View, { result: r, partial: null, params: p(), running: false });
      const plot = page.getByRole('img', { name: 'Liquidus vs. actual temperature ahead of the interface' });
      await expect.element(plot).toBeInTheDocument();
      const svg = plot.element();
      await expect.poll(() => svg.querySelectorAll('g.mark path.line[stroke-dasharray="6 4"]').length).toBe(1);
      const d = svg.querySelector('g.mark path.line[stroke-dasharray="6 4"]')!.getAttribute('d')!;
      const nums = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
      expect(nums.length, d).toBe(4);
      const x = axisMap(svg, 'x');
      const y = axisMap(svg, 'y');
      const [z0, T0, z1, T1] = [x.toData(nums[0]), y.toData(nums[1]), x.toData(nums[2]), y.toData(nums[3])];
      const Gc = (r.summary.criticalGradient as number) / 1000; // K/mm
      const Ti = r.summary.interfaceT as number;
      const slope = (T1 - T0) / (z1 - z0);
      console.log(`${name}: tangent from (${z0.toFixed(4)} mm, ${T0.toFixed(2)} K) slope ${slope.toFixed(4)} K/mm; G_crit ${Gc.toFixed(4)} K/mm, T_i ${Ti.toFixed(2)} K`);
      // starts at (0, T_i), to within a pixel
      expect(Math.abs(nums[0] - x.toPx(0))).toBeLessThan(1);
      expect(Math.abs(nums[1] - y.toPx(Ti))).toBeLessThan(1);
      // slope G_crit: both ends come from the same unrounded path coordinates, so 0.1 %
      expect(Math.abs(slope / Gc - 1)).toBeLessThan(1e-3);
      expect(svg.textContent).toContain(`G_crit tangent, ${formatNumber(Gc, 3)} K/mm`);
    });
  }
});
