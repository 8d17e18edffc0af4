/**
 * The preset selector of every model page, through the app with the real workers: on arrival it
 * shows the preset the values equal (the defaults of solidification and hydrogen are a preset;
 * ionhop's are not), after an edit "Custom (from <preset>)", and the preset again once the values
 * are back to it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import App from '../../../src/app/App.svelte';
import { solidificationEntry } from '../../../src/app/models/solidification/entry';
import { hydrogenEntry } from '../../../src/app/models/hydrogen/entry';
import { ionhopEntry } from '../../../src/app/models/ionhop/entry';
import type { ModelEntry } from '../../../src/app/models/types';
import { setLocale } from '../../../src/app/i18n/locale.svelte';
import { en } from '../../../src/app/i18n/en';

const name = (model: string, id: string) => (en as Record<string, string>)[`preset.${model}.${id}`];

afterEach(() => {
  history.replaceState(null, '', '#/');
  setLocale('en');
});

const select = () => page.getByRole('combobox', { name: 'Preset' });
const shown = () => {
  const el = select().element() as HTMLSelectElement;
  return el.selectedOptions[0]?.textContent ?? '';
};

async function open(entry: ModelEntry, hash: string) {
  history.replaceState(null, '', hash);
  await render(App, { entries: [entry] });
  await expect.element(select(), { timeout: 20_000 }).toBeInTheDocument();
}

async function edit(name: RegExp, value: string) {
  const field = page.getByRole('textbox', { name });
  await field.fill(value);
  (field.element() as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
}

describe('preset selector', () => {
  it('solidification: arrives on the preset the defaults equal, edits show "Custom (from …)", and setting the value back shows the preset again', async () => {
    await open(solidificationEntry, '#/solidification');
    const eimr = name('solidification', 'sige-eimr-7.7');
    await expect.poll(shown).toBe(eimr);
    await edit(/Temperature gradient G/, '9');
    await expect.poll(shown).toBe(`Custom (from ${eimr})`);
    expect((select().element() as HTMLSelectElement).value).toBe('');
    await edit(/Temperature gradient G/, '7.7');
    await expect.poll(shown).toBe(eimr);
  });

  it('hydrogen: arrives on LaNi₅; choosing another preset shows it; an edit shows "Custom (from …)"', async () => {
    await open(hydrogenEntry, '#/hydrogen');
    await expect.poll(shown).toBe(name('hydrogen', 'lani5'));
    await select().selectOptions('feti');
    await expect.poll(shown).toBe(name('hydrogen', 'feti'));
    await edit(/^Temperature/, '310');
    await expect.poll(shown).toBe(`Custom (from ${name('hydrogen', 'feti')})`);
  });

  it('ionhop: the defaults are no preset ("Custom values"); a link to a preset shows it, an edit "Custom (from …)"', async () => {
    await open(ionhopEntry, '#/ionhop');
    await expect.poll(shown).toBe('Custom values');
    document.body.replaceChildren();
    await open(ionhopEntry, '#/ionhop?preset=llzo');
    await expect.poll(shown).toBe(name('ionhop', 'llzo'));
    await edit(/^Temperature/, '400');
    await expect.poll(shown).toBe(`Custom (from ${name('ionhop', 'llzo')})`);
  });
});
