/**
 * The lesson step bar through the app with the real worker: in presenter mode Page Down / Page Up
 * (a presentation remote) move between steps also while a prediction choice has the focus, and
 * leave a text field's own keys alone; the highlighted card stays below the sticky bar after the
 * answer makes the bar taller, with the step buttons in view; the keyboard reaches the step
 * buttons in a few Tabs from the top of the page; a bad step link echoes its lesson id and step cut short.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import App from '../../../../src/app/App.svelte';
import { hydrogenEntry } from '../../../../src/app/models/hydrogen/entry';
import { solidificationEntry } from '../../../../src/app/models/solidification/entry';
// the app's global styles (card padding, presenter fonts), which set the page's layout
import '../../../../src/app/styles.css';

afterEach(() => {
  history.replaceState(null, '', '#/');
});

describe('lesson bar in presenter mode', () => {
  it('Page Down and Page Up move between steps with a prediction chosen (its radio focused), not from a text field', async () => {
    history.replaceState(null, '', '#/hydrogen?lesson=why-plateau&step=1&present=1');
    await render(App, { entries: [hydrogenEntry] });
    const step = page.getByTestId('lesson-step');
    await expect.element(step, { timeout: 20_000 }).toHaveTextContent('Step 1 of 4');
    const choice = page.getByRole('radio').first();
    await choice.click();
    expect(document.activeElement).toBe(choice.element());
    await userEvent.keyboard('{PageDown}');
    await expect.element(step, { timeout: 20_000 }).toHaveTextContent('Step 2 of 4');
    await page.getByRole('radio').first().click();
    await userEvent.keyboard('{PageUp}');
    await expect.element(step, { timeout: 20_000 }).toHaveTextContent('Step 1 of 4');
    // in a parameter's text field Page Down is the field's own key: the step stays
    const field = page.getByRole('textbox').first();
    await field.click();
    expect(document.activeElement).toBe(field.element());
    await userEvent.keyboard('{PageDown}');
    await new Promise((r) => setTimeout(r, 500));
    await expect.element(step).toHaveTextContent('Step 1 of 4');
  });
});

/** The window-relative box of the element matching `selector` (which must exist). */
function box(selector: string): DOMRect {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el.getBoundingClientRect();
}

describe('lesson bar layout and keyboard', () => {
  it('after the answer is revealed the first card of the step (the map) starts below the bar and the step buttons are in view (1280×900)', async () => {
    history.replaceState(null, '', '#/solidification?lesson=gradient-or-rate&step=4');
    await render(App, { entries: [solidificationEntry] });
    await expect.element(page.getByTestId('lesson-step'), { timeout: 30_000 }).toHaveTextContent('Step 4 of');
    await page.getByRole('radio').first().click();
    const reveal = page.getByTestId('lesson-reveal');
    await expect.element(reveal, { timeout: 60_000 }).toBeEnabled();
    // the step scrolls its first card (the map) to just below the bar, also once the charts above it have laid out
    const map = '[data-card="solidification-map"]';
    await expect.poll(() => box(map).top - box('[data-testid="lesson-bar"]').bottom, { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
    await expect.poll(() => box(map).top, { timeout: 10_000 }).toBeLessThan(window.innerHeight / 2);
    const before = box('[data-testid="lesson-bar"]').height;
    await reveal.click();
    await expect.element(page.getByTestId('lesson-answer')).toBeVisible();
    // the answer made the bar taller (else this test would not test that it keeps clear of the card)
    expect(box('[data-testid="lesson-bar"]').height).toBeGreaterThan(before + 20);
    await expect.poll(() => box(map).top - box('[data-testid="lesson-bar"]').bottom, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
    const next = page.getByRole('button', { name: 'Next step' }).element().getBoundingClientRect();
    expect(next.top).toBeGreaterThanOrEqual(0);
    expect(next.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(box('#lesson-title').top).toBeGreaterThanOrEqual(0);
  });

  it('a prediction chosen after the step scrolled to its card does not stop the card being followed while the page above it grows', async () => {
    history.replaceState(null, '', '#/solidification?lesson=gradient-or-rate&step=4');
    await render(App, { entries: [solidificationEntry] });
    const map = '[data-card="solidification-map"]';
    // the step's run has ended and its card was scrolled to before any choice
    await expect.poll(() => document.querySelector(map)?.getBoundingClientRect().top ?? Infinity, { timeout: 60_000 }).toBeLessThan(window.innerHeight / 2);
    await page.getByRole('radio').first().click();
    // charts above the card laying out late, without the browser's scroll anchoring to hide a lost follow
    document.documentElement.style.overflowAnchor = 'none';
    const spacer = document.createElement('div');
    spacer.style.height = '1500px';
    document.querySelector('.sol-view')?.prepend(spacer);
    try {
      await expect.poll(() => box(map).top - box('[data-testid="lesson-bar"]').bottom, { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
      await expect.poll(() => box(map).top, { timeout: 10_000 }).toBeLessThan(window.innerHeight / 2);
    } finally {
      spacer.remove();
      document.documentElement.style.removeProperty('overflow-anchor');
    }
  });

  it('from the top of the page, two Tabs and Enter reach the lesson bar, and one more Tab its Next step button', async () => {
    history.replaceState(null, '', '#/hydrogen?lesson=why-plateau&step=1');
    await render(App, { entries: [hydrogenEntry] });
    await expect.element(page.getByTestId('lesson-step'), { timeout: 20_000 }).toHaveTextContent('Step 1 of 4');
    (document.activeElement instanceof HTMLElement ? document.activeElement : document.body).blur();
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Go to the lesson step');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(page.getByTestId('lesson-bar').element());
    await userEvent.tab();
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Next step' }).element());
  });
});

describe('lesson bar for a bad step link', () => {
  it('echoes a long unknown lesson id and a long bad step cut to 40 characters, with their full length', async () => {
    const id = 'x'.repeat(500);
    history.replaceState(null, '', `#/hydrogen?lesson=${id}`);
    const { unmount } = await render(App, { entries: [hydrogenEntry] });
    const problem = page.getByTestId('lesson-problem');
    await expect.element(problem, { timeout: 20_000 }).toHaveTextContent(`There is no lesson "${'x'.repeat(40)}…" (500 characters)`);
    expect(problem.element().textContent).not.toContain('x'.repeat(41));
    // the long echo wraps inside the message on a phone instead of widening the page
    await page.viewport(360, 740);
    await expect.poll(() => window.innerWidth).toBe(360);
    expect(problem.element().getBoundingClientRect().right).toBeLessThanOrEqual(360);
    await page.viewport(1280, 900);
    unmount();
    history.replaceState(null, '', `#/hydrogen?lesson=why-plateau&step=${'9'.repeat(300)}`);
    await render(App, { entries: [hydrogenEntry] });
    await expect.element(page.getByTestId('lesson-problem'), { timeout: 20_000 }).toHaveTextContent(`"${'9'.repeat(40)}…" (300 characters) is not one of them`);
  });
});
