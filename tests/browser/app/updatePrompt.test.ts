/**
 * The update banner (issue 13, item 7): hidden until the service worker reports a waiting new
 * version; Reload asks that version to take over (and reload the page), Later hides the banner.
 * The registration module is replaced by a fake here; the real one is exercised by
 * tests/e2e/offline.test.ts against the built app.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import UpdatePrompt from '../../../src/app/components/UpdatePrompt.svelte';
import { setLocale } from '../../../src/app/i18n/locale.svelte';

const fake = vi.hoisted(() => ({ options: null as RegisterSWOptions | null, activate: vi.fn(async (_reload?: boolean) => undefined) }));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    fake.options = options;
    return fake.activate;
  },
}));

beforeEach(() => {
  fake.options = null;
  fake.activate.mockClear();
  setLocale('en');
});

describe('update prompt', () => {
  it('registers at once and shows nothing until a new version waits', async () => {
    await render(UpdatePrompt);
    expect(fake.options?.immediate).toBe(true);
    expect(page.getByRole('status').elements()).toHaveLength(0);
  });

  it('offers Reload when a new version waits, and Reload activates it with a page reload', async () => {
    await render(UpdatePrompt);
    fake.options?.onNeedRefresh?.();
    const status = page.getByRole('status');
    await expect.element(status).toHaveTextContent('A new version of Crucible is available.');
    await page.getByRole('button', { name: 'Reload' }).click();
    expect(fake.activate.mock.calls).toEqual([[true]]);
    await expect.element(page.getByRole('button', { name: 'Reload' })).toBeDisabled();
  });

  it('hides the banner on Later without activating anything', async () => {
    await render(UpdatePrompt);
    fake.options?.onNeedRefresh?.();
    await page.getByRole('button', { name: 'Later' }).click();
    await expect.element(page.getByRole('status')).not.toBeInTheDocument();
    expect(fake.activate).not.toHaveBeenCalled();
  });

  it('speaks Japanese', async () => {
    setLocale('ja');
    await render(UpdatePrompt);
    fake.options?.onNeedRefresh?.();
    await expect.element(page.getByRole('button', { name: '再読み込み' })).toBeInTheDocument();
    await expect.element(page.getByRole('status')).toHaveTextContent('Crucible の新しいバージョンがあります。');
  });
});
