import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import App from '../../../src/app/App.svelte';
import { waveEntry } from './wave-entry';
import { parseHash } from '../../../src/app/url';
import { setLocale } from '../../../src/app/i18n/locale.svelte';

afterEach(() => {
  history.replaceState(null, '', '#/');
  setLocale('en');
});

async function openWave(hash: string) {
  history.replaceState(null, '', hash);
  const screen = await render(App, { entries: [waveEntry] });
  await expect.element(page.getByTestId('peak')).toBeInTheDocument();
  return screen;
}

describe('model page', () => {
  it('lands on a computed default without a click', async () => {
    await openWave('#/wave');
    await expect.element(page.getByRole('img', { name: 'Wave' })).toBeInTheDocument();
    expect(Number(page.getByTestId('peak').element().textContent)).toBeGreaterThan(0);
  });

  it('shows beside the field which value is wrong, why and what is allowed, and does not run', async () => {
    await openWave('#/wave');
    const field = page.getByRole('textbox', { name: /Amplitude/ });
    await field.fill('3 K');
    (field.element() as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent(/Amplitude: the unit does not fit this quantity/);
    await expect.element(alert).toHaveTextContent(/Allowed: 0\.001 – 1000 mm/);
    await expect.element(page.getByRole('button', { name: 'Run' })).toBeDisabled();
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows an input failure the model finds while running (InvalidParamsError) beside its field', async () => {
    history.replaceState(null, '', '#/wave?rejectInput=true');
    await render(App, { entries: [waveEntry] });
    const field = page.getByRole('textbox', { name: /Amplitude/ });
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/amplitude: rejected by the model during the run/);
  });

  it('accepts a unit string, writes the value in the display unit into the URL, and restores it from the URL', async () => {
    const screen = await openWave('#/wave');
    const field = page.getByRole('textbox', { name: /Amplitude/ });
    await field.fill('25 mm');
    (field.element() as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
    // the URL is rewritten once the edits pause (and the first unit string loads the unit parser)
    await expect.poll(() => parseHash(location.hash).query.amplitude, { timeout: 3000 }).toBe('25 mm');
    const link = location.hash;
    screen.unmount();
    await openWave(link);
    await expect.element(page.getByRole('textbox', { name: /Amplitude/ })).toHaveValue('25');
  });

  it('reports and ignores invalid or unknown URL values', async () => {
    await openWave('#/wave?amplitude=banana&steps=50&evil=%3Cscript%3E');
    const notice = page.getByRole('status');
    await expect.element(notice).toHaveTextContent(/amplitude/);
    await expect.element(notice).toHaveTextContent(/evil: unknown parameter/);
    await expect.element(page.getByRole('textbox', { name: /Amplitude/ })).toHaveValue('10');
    await expect.element(page.getByRole('textbox', { name: /Steps/ })).toHaveValue('50');
    expect(document.querySelector('script[src*="evil"]')).toBeNull();
  });

  it('switches to Japanese, persists the choice, and toggles presenter mode', async () => {
    await openWave('#/wave');
    await page.getByRole('combobox', { name: 'Language' }).selectOptions('ja');
    await expect.element(page.getByRole('heading', { name: 'パラメータ' })).toBeInTheDocument();
    expect(localStorage.getItem('crucible.locale')).toBe('ja');
    await page.getByRole('button', { name: 'プレゼンテーションモード' }).click();
    expect(document.documentElement.classList.contains('presenter')).toBe(true);
    expect(parseHash(location.hash).query.present).toBe('1');
  });
});
