/**
 * Every step of every lesson in the built app: opened by its step link (`#/<model>?lesson=…&step=n`)
 * and reached with Next / Previous, the step's parameters show in the panel fields and the link,
 * the step's cards are highlighted, its run finishes, a step that plays a card (the Morphology (2D)
 * run) has it playing and advancing (and paused on leaving), and the revealed answer quotes only numbers of this step's result: each
 * quoted value equals the value of the exported result JSON it names (summary or parameter), and
 * its text shows that value in its display unit to the quoted digits. Also: Page Down / Page Up
 * in presenter mode, Exit, bad step links, and the worksheet with and without answers. The time
 * to click through each lesson is printed (never asserted).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { collectErrors, launch } from './browser';
import { stepHash } from '../../src/app/lessons/links';
import { LESSONS } from '../../src/app/lessons/data';
import type { Lesson, Quote } from '../../src/app/lessons/types';
import { validateStepQuery } from '../../src/app/lessons/stepParams';
import { modelLoaders } from '../../src/models/registry';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const SUPERSCRIPT: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** The number at the start of a quoted text as the page writes it ("1,234", "−40", "2.43 × 10⁻⁸"), or null. */
function leadingNumber(text: string): number | null {
  const m = /^([−-]?[\d,]*\.?\d+)(?: × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?/.exec(text);
  if (!m) return null;
  const mantissa = Number(m[1].replace('−', '-').replace(/,/g, ''));
  const exponent = m[2] ? Number([...m[2]].map((c) => SUPERSCRIPT[c]).join('')) : 0;
  return mantissa * 10 ** exponent;
}

/** Waits until the step's run is done: the reveal button becomes usable once a prediction is chosen. */
async function predictAndReveal(page: Page): Promise<void> {
  await page.locator('input[name="lesson-prediction"]').first().check();
  const reveal = page.getByTestId('lesson-reveal');
  await expect.poll(() => reveal.isEnabled(), { timeout: 60_000 }).toBe(true);
  await reveal.click();
  await page.getByTestId('lesson-answer').waitFor();
}

/** A step that plays a card: the card is highlighted, plays (its `data-playing`) and its run advances (its `data-steps`). */
async function expectCardPlaying(page: Page, lesson: Lesson, n: number): Promise<void> {
  const play = lesson.steps[n - 1].play;
  if (!play) return;
  const card = page.locator(`[data-card="${play.card}"]`);
  const where = `${lesson.id} step ${n}: card ${play.card}`;
  await expect.poll(() => card.getAttribute('data-playing'), { timeout: 30_000, message: `${where} playing` }).toBe('true');
  await expect.poll(() => card.evaluate((el) => el.classList.contains('lesson-highlight')), { message: `${where} highlighted` }).toBe(true);
  const first = Number(await card.getAttribute('data-steps'));
  await expect.poll(async () => Number(await card.getAttribute('data-steps')), { timeout: 60_000, message: `${where} advancing` }).toBeGreaterThan(first);
}

/** The exported result JSON of the page (Save parameters and results). */
async function resultJson(page: Page): Promise<{ params: Record<string, unknown>; summary: Record<string, unknown> }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByRole('button', { name: /JSON/ }).click()]);
  const path = await download.path();
  return JSON.parse(await readFile(path, 'utf8'));
}

/** The step's parameters are in the panel: each given value (in its display unit) in its field, and the link names the lesson, step and preset. */
async function expectStepParams(page: Page, lesson: Lesson, n: number): Promise<void> {
  const step = lesson.steps[n - 1];
  const mismatches = async (): Promise<string[]> => {
    const out: string[] = [];
    if ((await page.getByTestId('lesson-step').textContent()) !== `Step ${n} of ${lesson.steps.length}`) out.push('step counter');
    const hash = decodeURIComponent(new URL(page.url()).hash);
    if (!hash.includes(`lesson=${lesson.id}&step=${n}`)) out.push(`link ${hash}`);
    if (step.query.preset && !hash.includes(`preset=${step.query.preset}`)) out.push(`preset in ${hash}`);
    for (const [key, value] of Object.entries(step.query)) {
      if (key === 'preset') continue;
      const shown = await page.locator(`#param-${lesson.model}-${key}`).inputValue();
      const given = Number.parseFloat(value);
      const same = Number.isNaN(given) ? shown === value : Math.abs(Number(shown) - given) <= 1e-9 * Math.abs(given);
      if (!same) out.push(`${key}: field shows ${shown}, step gives ${value}`);
    }
    return out;
  };
  await expect.poll(mismatches, { timeout: 30_000 }).toEqual([]);
}

/** Reveals the answer and checks every quoted value against the exported result of this step; the step's cards are on the page and highlighted. */
async function expectAnswerFromResult(page: Page, lesson: Lesson, n: number): Promise<void> {
  await predictAndReveal(page);
  for (const card of lesson.steps[n - 1].cards) {
    await expect.poll(() => page.locator(`[data-card="${card}"].lesson-highlight`).count(), { message: `${lesson.id} step ${n}: card ${card} highlighted` }).toBeGreaterThan(0);
  }
  const json = await resultJson(page);
  const quotes = await page.locator('[data-testid="lesson-answer"] .quote').evaluateAll((els) =>
    els.map((e) => ({ name: e.getAttribute('data-quote') ?? '', source: e.getAttribute('data-source') ?? '', si: e.getAttribute('data-si') ?? '', text: e.textContent ?? '' })),
  );
  const step = lesson.steps[n - 1];
  // the exported result is this step's: its parameters are the step's, validated in Node as a link is
  const checked = await validateStepQuery(await modelLoaders[lesson.model](), step.query);
  if (!checked.ok) throw new Error(`${lesson.id} step ${n}: invalid parameters`);
  for (const [key, si] of Object.entries(checked.values)) {
    const got = json.params[key];
    if (typeof si === 'number' && typeof got === 'number') expect(got, `${lesson.id} step ${n} ${key}`).toBeCloseTo(si, 12 - Math.max(0, Math.ceil(Math.log10(Math.abs(si) || 1))));
    else if (got !== undefined) expect(got, `${lesson.id} step ${n} ${key}`).toBe(si);
  }
  expect(quotes.map((q) => q.name).sort()).toEqual(Object.keys(step.quotes).sort());
  for (const q of quotes) {
    const [kind, key] = q.source.split(':');
    const value = (kind === 'summary' ? json.summary : json.params)[key];
    const where = `${lesson.id} step ${n} {${q.name}}`;
    expect(value, where).not.toBeNull();
    expect(value, where).not.toBeUndefined();
    if (typeof value === 'number') {
      expect(Number(q.si), where).toBeCloseTo(value, 12);
      const quote: Quote = step.quotes[q.name];
      const shown = leadingNumber(q.text);
      const expected = value * (quote.unit?.factor ?? 1);
      expect(shown, `${where}: ${q.text}`).not.toBeNull();
      // rounded to `digits` significant digits: within half a unit of the last digit
      expect(Math.abs((shown ?? NaN) - expected), `${where}: ${q.text} for ${expected}`).toBeLessThanOrEqual(0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - (quote.digits ?? 3) + 1) * 1.000001);
      if (quote.unit) expect(q.text.endsWith(` ${quote.unit.unit}`), where).toBe(true);
    } else {
      expect(q.si, where).toBe(String(value));
    }
  }
}

describe('lessons in the built app', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: every step by its link and by Next / Previous, answers quoting the step's result`, { timeout: 600_000 }, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      const base = inject('baseUrl');
      const started = Date.now();
      // walk forward with Next, checking each step's parameters and answer
      await page.goto(base + stepHash(lesson, 1));
      for (let n = 1; n <= lesson.steps.length; n++) {
        if (n > 1) await page.getByRole('button', { name: /Next step/ }).click();
        await expectStepParams(page, lesson, n);
        await expectAnswerFromResult(page, lesson, n);
        await expectCardPlaying(page, lesson, n);
      }
      const walked = Date.now() - started;
      expect(await page.getByRole('button', { name: /Next step/ }).isDisabled()).toBe(true);
      // and back with Previous
      for (let n = lesson.steps.length - 1; n >= 1; n--) {
        await page.getByRole('button', { name: /Previous step/ }).click();
        await expectStepParams(page, lesson, n);
        // leaving a step that played a card pauses it
        const left = lesson.steps[n].play;
        if (left) await expect.poll(() => page.locator(`[data-card="${left.card}"]`).getAttribute('data-playing'), { timeout: 30_000 }).toBe('false');
      }
      expect(await page.getByRole('button', { name: /Previous step/ }).isDisabled()).toBe(true);
      // each step opened afresh by its own link
      for (let n = 1; n <= lesson.steps.length; n++) {
        await page.goto('about:blank');
        await page.goto(base + stepHash(lesson, n));
        await expectStepParams(page, lesson, n);
        await expectAnswerFromResult(page, lesson, n);
        await expectCardPlaying(page, lesson, n);
      }
      console.log(`lesson ${lesson.id}: ${lesson.steps.length} steps clicked through (predict, run, reveal) in ${(walked / 1000).toFixed(1)} s`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('moves by Page Down / Page Up in presenter mode and by keyboard on the buttons; Exit keeps the parameters', { timeout: 120_000 }, async () => {
    const lesson = LESSONS[0];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(inject('baseUrl') + stepHash(lesson, 1, true));
    await expectStepParams(page, lesson, 1);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('PageDown');
    await expectStepParams(page, lesson, 2);
    expect(new URL(page.url()).hash).toContain('present=1');
    await page.keyboard.press('PageUp');
    await expectStepParams(page, lesson, 1);
    await page.getByRole('button', { name: /Next step/ }).focus();
    await page.keyboard.press('Enter');
    await expectStepParams(page, lesson, 2);
    await page.getByRole('button', { name: 'Exit lesson' }).click();
    await expect.poll(() => page.getByTestId('lesson-bar').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).hash).not.toContain('lesson=');
    const hash = decodeURIComponent(new URL(page.url()).hash);
    expect(hash).toContain(`preset=${lesson.steps[1].query.preset}`);
    expect(hash).toContain('present=1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names what is wrong with a bad step link and still applies its other values', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    const base = inject('baseUrl');
    await page.goto(`${base}#/solidification?lesson=no-such-lesson&G=10%20K%2Fmm`);
    await expect.poll(() => page.getByTestId('lesson-problem').textContent()).toContain('There is no lesson "no-such-lesson"');
    await expect.poll(() => page.locator('#param-solidification-G').inputValue()).toBe('10');
    await page.goto('about:blank');
    await page.goto(`${base}#/solidification?lesson=sige-polycrystal&step=99`);
    await expect.poll(() => page.getByTestId('lesson-problem').textContent()).toContain(`has steps 1 to ${LESSONS.find((l) => l.id === 'sige-polycrystal')?.steps.length}; "99" is not one of them`);
    await page.goto('about:blank');
    await page.goto(`${base}#/hydrogen?lesson=sige-polycrystal&step=2`);
    await expect.poll(() => page.getByTestId('lesson-problem').textContent()).toContain('runs on another page');
    await page.getByTestId('lesson-problem').getByRole('link', { name: 'Open step 1' }).click();
    await expectStepParams(page, LESSONS[0], 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the lessons, links them from the landing page, and prints worksheets with answers only when asked', { timeout: 180_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('main').getByRole('link', { name: /Guided lessons/ }).click();
    await expect.poll(() => page.locator('[data-lesson]').count()).toBe(LESSONS.length);
    const lesson = LESSONS.find((l) => l.id === 'why-plateau') ?? LESSONS[0];
    await page.locator(`[data-lesson="${lesson.id}"]`).getByRole('link', { name: 'Worksheet' }).click();
    await expect.poll(() => page.locator('li.step').count()).toBe(lesson.steps.length);
    expect(await page.locator('li.step svg[data-link]').count()).toBe(lesson.steps.length);
    const links = await page.locator('li.step svg[data-link]').evaluateAll((els) => els.map((e) => e.getAttribute('data-link') ?? ''));
    expect(links.map((l) => new URL(l).hash)).toEqual(lesson.steps.map((_, i) => stepHash(lesson, i + 1)));
    expect(await page.getByTestId('worksheet-answer').count()).toBe(0);
    await page.getByLabel('Show answers').check();
    await expect.poll(() => page.locator('[data-testid="worksheet-answer"] .quote').count(), { timeout: 60_000 }).toBe(lesson.steps.reduce((s, st) => s + Object.keys(st.quotes).length, 0));
    expect(new URL(page.url()).hash).toContain('answers=1');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
