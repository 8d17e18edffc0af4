/**
 * The lesson step bar in presenter mode, through the app with the real worker: Page Down / Page Up
 * (a presentation remote) move between steps also while a prediction choice has the focus, and
 * leave a text field's own keys alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import App from '../../../../src/app/App.svelte';
import { hydrogenEntry } from '../../../../src/app/models/hydrogen/entry';

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
