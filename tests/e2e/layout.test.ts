/**
 * Layout of the built app where it is really used: every plot of every page at projector size in
 * presenter mode (1920×1080) and on a laptop (1366×768) is checked by bounding boxes (no axis
 * title over a tick label, no text label over another, no point label struck by a reference
 * rule); on a phone (360×740) the first computed chart of every model is on the first screen
 * after the first result, the run bar stays in reach, tables scroll inside their card; and a card
 * goes full-screen and back.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { collectErrors, launch } from './browser';
import { modelIds } from '../../src/models/registry';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a model page and waits for its first result, its plots drawn and its 3D views started. */
async function openModel(page: Page, id: string, query = ''): Promise<void> {
  await page.goto(`${inject('baseUrl')}#/${id}${query}`);
  await page.locator('svg.chart[role="img"]').first().waitFor({ timeout: 45_000 });
  await page.waitForFunction(() => !document.querySelector('progress'), undefined, { timeout: 45_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[aria-label]')].every((c) => c.hasAttribute('data-off-thread')), undefined, { timeout: 45_000 });
  // plots are drawn one per animation frame after a result
  await page.waitForTimeout(1200);
}

/** A text collision found in a plot, for the failure message. */
interface Collision {
  plot: string;
  kind: string;
  a: string;
  b: string;
  overlap: [number, number];
}

/**
 * Every collision in every drawn plot of the page: axis titles against tick labels, text labels
 * (point and rule labels, axis titles) against each other, point labels against horizontal
 * reference rules, and any text sticking out of the plot's left or right edge. Boxes overlapping by less than 1 px count as touching, not colliding.
 */
function findCollisions(page: Page): Promise<{ plots: number; collisions: Collision[] }> {
  return page.evaluate(() => {
    type B = { text: string; r: DOMRect };
    const collisions: Collision[] = [];
    const boxes = (svg: Element, sel: string): B[] =>
      [...svg.querySelectorAll<SVGGraphicsElement>(sel)]
        .filter((e) => (e.textContent ?? '').trim() !== '' && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
        .map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() }));
    const overlap = (a: DOMRect, b: DOMRect): [number, number] => [Math.min(a.right, b.right) - Math.max(a.left, b.left), Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)];
    const check = (plot: string, kind: string, as: B[], bs: B[], same: boolean) => {
      as.forEach((a, i) => {
        bs.forEach((b, j) => {
          if (same && j <= i) return;
          const [w, h] = overlap(a.r, b.r);
          if (w > 1 && h > 1) collisions.push({ plot, kind, a: a.text, b: b.text, overlap: [Math.round(w), Math.round(h)] });
        });
      });
    };
    const plots = [...document.querySelectorAll('svg.chart')];
    for (const svg of plots) {
      const plot = svg.getAttribute('aria-label') ?? '?';
      const ticks = boxes(svg, 'g.axis text');
      const titles = boxes(svg, 'text.axis-label');
      const labels = [...boxes(svg, 'g.point-labels text'), ...boxes(svg, 'g.rule text'), ...boxes(svg, 'g.markers text')];
      const rules = [...svg.querySelectorAll<SVGLineElement>('g.rule line')]
        .filter((l) => l.getClientRects().length > 0 && l.getAttribute('y1') === l.getAttribute('y2'))
        .map((l) => ({ text: 'rule', r: l.getBoundingClientRect() }));
      // a horizontal line's box has no height: give it the line's width
      for (const rule of rules) rule.r = new DOMRect(rule.r.x, rule.r.y - 1, rule.r.width, 2);
      // nothing is cut off at the plot's left or right edge
      const frame = svg.getBoundingClientRect();
      for (const b of [...ticks, ...titles, ...labels]) {
        if (b.r.left < frame.left - 1 || b.r.right > frame.right + 1) collisions.push({ plot, kind: 'text × plot edge', a: b.text, b: '', overlap: [Math.round(Math.max(frame.left - b.r.left, b.r.right - frame.right)), 0] });
      }
      check(plot, 'axis title × tick label', titles, ticks, false);
      check(plot, 'tick label × tick label', ticks, ticks, true);
      check(plot, 'label × label', [...labels, ...titles], [...labels, ...titles], true);
      check(plot, 'point label × rule', boxes(svg, 'g.point-labels text'), rules, false);
    }
    return { plots: plots.length, collisions };
  });
}

describe('plot text never collides', () => {
  const sizes = [
    { name: 'projector, presenter mode', viewport: { width: 1920, height: 1080 }, query: '?present=1', font: 16, sceneScale: 1.5 },
    { name: 'laptop', viewport: { width: 1366, height: 768 }, query: '', font: 11, sceneScale: 1 },
  ];
  for (const size of sizes) {
    for (const id of modelIds) {
      it(`${id} at ${size.viewport.width}×${size.viewport.height} (${size.name})`, async () => {
        const page = await browser.newPage({ viewport: size.viewport });
        const errors = collectErrors(page);
        await openModel(page, id, size.query);
        const { plots, collisions } = await findCollisions(page);
        console.log(`${id} ${size.viewport.width}×${size.viewport.height}: ${plots} plots checked, ${collisions.length} collisions`, collisions);
        expect(plots).toBeGreaterThanOrEqual(2);
        expect(collisions).toEqual([]);
        // every plot text and 3D view scales with the mode
        const scaled = await page.evaluate(() => ({
          fonts: [...new Set([...document.querySelectorAll('svg.chart g.axis text, svg.chart g.rule text')].map((e) => e.getAttribute('font-size')))],
          scenes: [...document.querySelectorAll<HTMLCanvasElement>('canvas[aria-label]')].map((c) => c.clientHeight / parseFloat(c.style.getPropertyValue('--scene-height'))),
        }));
        expect(scaled.fonts).toEqual([String(size.font)]);
        for (const k of scaled.scenes) expect(k).toBeCloseTo(size.sceneScale, 2);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('the stability map lays out like the line plots', () => {
  const sizes = [
    { name: 'projector, presenter mode', viewport: { width: 1920, height: 1080 }, query: '?present=1', font: 16 },
    { name: 'laptop', viewport: { width: 1366, height: 768 }, query: '', font: 11 },
  ];
  for (const size of sizes)
    it(`at ${size.viewport.width}×${size.viewport.height} (${size.name}): titles clear of tick labels, text at the mode's size`, async () => {
      const page = await browser.newPage({ viewport: size.viewport });
      const errors = collectErrors(page);
      await openModel(page, 'solidification', size.query);
      await page.getByRole('button', { name: 'Compute map' }).click();
      const map = page.getByTestId('stability-map');
      await map.locator('g.cells rect').first().waitFor({ timeout: 60_000 });
      await page.waitForTimeout(300);
      // every plot of the page, the map among them (it is an svg.chart too)
      const { plots, collisions } = await findCollisions(page);
      console.log(`solidification with its stability map ${size.viewport.width}×${size.viewport.height}: ${plots} plots, ${collisions.length} collisions`, collisions);
      expect(collisions).toEqual([]);
      const fonts = await map.evaluate((svg) => [...new Set([...svg.querySelectorAll('g.axis text, g.markers text')].map((e) => e.getAttribute('font-size')))]);
      expect(fonts).toEqual([String(size.font)]);
      expect(errors).toEqual([]);
      await page.close();
    });
});

describe('phone (360×740)', () => {
  for (const id of modelIds) {
    it(`${id}: the first chart is on the first screen after the first result, the run bar stays in reach`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      const errors = collectErrors(page);
      await openModel(page, id);
      const first = await page.evaluate(() => {
        const charts = [...document.querySelectorAll('main svg.chart')].map((e) => e.getBoundingClientRect());
        const top = Math.min(...charts.map((r) => r.top));
        const chart = charts.find((r) => r.top === top)!;
        return { top: Math.round(chart.top), bottom: Math.round(chart.bottom), scrollY: window.scrollY, pageWidth: document.documentElement.scrollWidth };
      });
      console.log(`${id} on a phone: first chart at ${first.top}–${first.bottom} px (viewport 740)`);
      expect(first.scrollY).toBe(0);
      expect(first.top).toBeGreaterThan(0);
      // the whole first plot
      expect(first.bottom).toBeLessThanOrEqual(740);
      // nothing wider than the screen
      expect(first.pageWidth).toBeLessThanOrEqual(360);
      // the run bar sticks to the top when the page is scrolled
      await page.evaluate(() => window.scrollTo(0, 2000));
      const bar = await page.getByTestId('run-bar').boundingBox();
      expect(bar?.y).toBeLessThanOrEqual(1);
      await expect.poll(() => page.getByRole('button', { name: 'Run', exact: true }).isVisible()).toBe(true);
      // the parameters open as a sheet and close again
      const toggle = page.getByRole('button', { name: 'Parameters', exact: true });
      await toggle.click();
      await page.getByRole('heading', { name: 'Parameters' }).waitFor();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('button', { name: 'Hide parameters' }).click();
      await page.getByRole('heading', { name: 'Parameters' }).waitFor({ state: 'hidden' });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const locale of ['en', 'ja'])
    it(`the header's language and theme selects show their whole choice on arrival (${locale}, system theme)`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      await context.addInitScript((l) => localStorage.setItem('crucible.locale', l), locale);
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}#/ionhop`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // a select narrower than it would be unconstrained cuts its text ("System th")
      const widths = await page.locator('header .prefs select').evaluateAll((els) =>
        els.map((el) => {
          const shown = el.clientWidth;
          el.style.maxWidth = 'none';
          const natural = el.clientWidth;
          el.style.maxWidth = '';
          return { text: (el as HTMLSelectElement).selectedOptions[0].text, shown, natural };
        }),
      );
      console.log(`header selects on a phone (${locale}):`, JSON.stringify(widths));
      expect(widths).toHaveLength(2);
      for (const w of widths) expect(w.shown, w.text).toBe(w.natural);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await context.close();
    });

  it('every plot keeps its export buttons on one line, at their own height, also beside the empty-plot note', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await openModel(page, 'ionhop');
    const rows = await page.locator('figure.plot .exports').evaluateAll((els) =>
      els.map((row) => {
        const buttons = [...row.querySelectorAll(':scope > .btn')].map((b) => b.getBoundingClientRect());
        const summary = row.querySelector('summary')!.getBoundingClientRect();
        return { tops: [...new Set(buttons.map((b) => Math.round(b.top)))], heights: buttons.map((b) => Math.round(b.height)), summary: Math.round(summary.height), empty: !!row.querySelector('.empty-note') };
      }),
    );
    console.log('export rows on a phone:', JSON.stringify(rows));
    // the occupancy plot is empty until its sweep is run: its row carries the note
    expect(rows.some((r) => r.empty)).toBe(true);
    for (const r of rows) {
      expect(r.tops).toHaveLength(1);
      for (const h of r.heights) expect(h).toBeLessThanOrEqual(30);
      expect(r.summary).toBeLessThanOrEqual(30);
    }
    await page.close();
  });

  it('the measured-electrolytes table scrolls inside its card: every column is reachable', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await openModel(page, 'ionhop');
    await page.getByText('Measured electrolytes and sources').click();
    const wrap = page.locator('.arrhenius .table-wrap');
    const card = await page.locator('section.arrhenius').boundingBox();
    const box = await wrap.boundingBox();
    expect(card && card.x + card.width).toBeLessThanOrEqual(360);
    expect(box && box.x + box.width).toBeLessThanOrEqual(card!.x + card!.width);
    // the last column's cells come into the scroll box when it is scrolled to the end
    await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const lastCell = await page.locator('.arrhenius tbody tr').first().locator('td').last().boundingBox();
    const right = lastCell!.x + lastCell!.width;
    console.log(`electrolyte table: card right ${Math.round(card!.x + card!.width)} px, last column right after scrolling ${Math.round(right)} px`);
    expect(right).toBeLessThanOrEqual(box!.x + box!.width + 1);
    expect(lastCell!.x).toBeGreaterThanOrEqual(box!.x - 1);
    await page.close();
  });
});

describe('full-screen cards', () => {
  it('a plot card goes full-screen, its plot fills the screen, and Esc returns', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = collectErrors(page);
    await openModel(page, 'hydrogen');
    const card = page.locator('figure.plot').first();
    const before = await card.locator('svg.chart').boundingBox();
    await card.getByRole('button', { name: /full-screen/ }).click();
    await page.waitForFunction(() => document.fullscreenElement?.matches('figure.plot') === true);
    // redrawn at the new size (not a small drawing stretched): drawn height = shown height > 500 px
    const drawn = () => card.locator('svg.chart').evaluate((el) => ({ attr: Number(el.getAttribute('height')), shown: Math.round(el.getBoundingClientRect().height), font: el.querySelector('g.axis text')?.getAttribute('font-size') }));
    await expect.poll(async () => (await drawn()).attr).toBeGreaterThan(500);
    const full = await drawn();
    console.log(`full-screen plot: drawn ${full.attr} px high, shown ${full.shown} px, tick font ${full.font} px`);
    expect(Math.abs(full.shown - full.attr)).toBeLessThanOrEqual(2);
    expect(full.font).toBe('20');
    expect(await card.getByRole('button', { name: /Leave full-screen/ }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await expect.poll(async () => (await card.locator('svg.chart').boundingBox())?.height).toBe(before?.height);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the stability map card goes full-screen, its map is redrawn to fit the screen, and Esc returns', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = collectErrors(page);
    await openModel(page, 'solidification');
    const card = page.locator('section.map');
    await card.getByRole('button', { name: 'Compute map' }).click();
    const map = card.getByTestId('stability-map');
    await map.locator('rect').first().waitFor({ timeout: 45_000 });
    const drawnHeight = () => map.evaluate((el) => Number(el.getAttribute('height')));
    const before = await drawnHeight();
    await card.getByRole('button', { name: /full-screen/ }).click();
    await page.waitForFunction(() => document.fullscreenElement?.matches('section.map') === true);
    // full-screen: the map takes 0.6 of the screen height (768 px → 461 px) instead of 0.6 × its width (≤ 520 px) in the page
    await expect.poll(drawnHeight).toBe(Math.round(768 * 0.6));
    const full = await map.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { attr: Number(el.getAttribute('height')), shown: Math.round(r.height), bottom: Math.round(r.bottom), width: Math.round(r.width) };
    });
    console.log(`full-screen map: drawn ${full.attr} px high (${before} px in the page), shown ${full.shown} px, ${full.width} px wide, bottom at ${full.bottom} px`);
    expect(Math.abs(full.shown - full.attr)).toBeLessThanOrEqual(2);
    // the whole map is on the screen, and it is as wide as the screen less the card's padding
    expect(full.bottom).toBeLessThanOrEqual(768);
    expect(full.width).toBeGreaterThan(1366 - 64);
    expect(await card.getByRole('button', { name: /Leave full-screen/ }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await expect.poll(drawnHeight).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
