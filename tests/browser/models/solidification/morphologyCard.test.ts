/**
 * The Morphology (2D) card in the browser, with its real worker: Play advances the run and draws
 * the composition field (a field with several colours and the interface line), Pause stops it,
 * Reset starts again at step 0, the engine line says why the CPU runs (software WebGL2 here), and
 * a page without solute shows the model's refusal.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import MorphologyCard from '../../../../src/app/models/solidification/MorphologyCard.svelte';
import model from '../../../../src/models/solidification';
import { defaultsOf, type ParamValues } from '../../../../src/core/model';

const stepsShown = (el: HTMLElement) => Number(/\((\d+) steps\)/.exec(el.querySelector('.facts')?.textContent ?? '')?.[1] ?? NaN);

describe('MorphologyCard', () => {
  it('plays, draws the field with the interface, pauses and resets', async () => {
    const params: ParamValues = defaultsOf(model);
    const screen = await render(MorphologyCard, { params });
    await page.getByRole('button', { name: 'Play' }).click();
    const card = screen.container;
    await expect.poll(() => stepsShown(card), { timeout: 60_000 }).toBeGreaterThan(50);
    const canvas = card.querySelector('canvas');
    expect(canvas).not.toBeNull();
    const ctx = canvas?.getContext('2d');
    const data = ctx?.getImageData(0, 0, canvas?.width ?? 0, canvas?.height ?? 0).data ?? new Uint8ClampedArray();
    const colours = new Set<string>();
    for (let p = 0; p < data.length; p += 4) colours.add(`${data[p]},${data[p + 1]},${data[p + 2]}`);
    expect(colours.size).toBeGreaterThan(10);
    expect(colours.has('213,94,0')).toBe(true);
    expect(card.textContent).toContain('G = 7.7 K/mm');
    // the page's furnace cools at its default 5 K/min, so the run grows at V = R/G and reports R back
    expect(card.textContent).toMatch(/R = V·G = 5(\.0+)? K\/min/);
    expect(card.textContent).toContain('1D model: dendritic');
    // headless Chromium's WebGL2 is SwiftShader: the card runs the CPU engine and says why
    expect(card.textContent).toContain('Engine: CPU (software WebGL is slower)');
    await page.getByRole('button', { name: 'Pause' }).click();
    // the chunk in flight when Pause was pressed (sized to ~25 ms of computing) still arrives and is shown
    await new Promise((r) => setTimeout(r, 500));
    const paused = stepsShown(card);
    await new Promise((r) => setTimeout(r, 1000));
    expect(stepsShown(card)).toBe(paused);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => stepsShown(card), { timeout: 30_000 }).toBe(0);
  }, 120_000);

  it('shows why an alloy without solute cannot run', async () => {
    await render(MorphologyCard, { params: { ...defaultsOf(model), x0: 0 } });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent(/x0 > 0/);
  }, 60_000);
});
