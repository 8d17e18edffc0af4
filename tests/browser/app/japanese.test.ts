/**
 * The Japanese UI is complete: every page (landing and each model after its default result), and
 * the lessons (their page, a worksheet, a step with its answer, every lesson text), and
 * the error paths (an invalid field, a link with bad parts, a bad CSV upload), rendered in
 * Japanese through the app with the real workers, show no English word outside a short list of
 * proper names, chemical formulae, unit and variable symbols. Text is read the way people and
 * screen readers get it: visible text, hidden help, options, and accessible names and
 * descriptions (aria-label, aria-description, title); typeset equations (KaTeX) are left out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import App from '../../../src/app/App.svelte';
import { modelEntries } from '../../../src/app/models/entries';
import { setLocale } from '../../../src/app/i18n/locale.svelte';
import { electrolyteText, presetSourceNote, sourceNote } from '../../../src/app/i18n/sources';
import { modelLoaders } from '../../../src/models/registry';
import { MATERIALS } from '../../../src/models/hydrogen/materials';
import { ELECTROLYTES } from '../../../src/models/ionhop/electrolytes';
import { shortName } from '../../../src/app/models/ionhop/plots';
import { ja as lessonsUiJa } from '../../../src/app/lessons/i18n';
import { ja as lessonsTextJa } from '../../../src/app/lessons/texts';

afterEach(() => {
  history.replaceState(null, '', '#/');
  setLocale('en');
  document.body.replaceChildren();
});

/**
 * Words allowed in the Japanese UI (compared case-sensitively): the app's name, proper names
 * (the language's own name, materials, authors, institutions and journals in citations, software),
 * the names printed on keys (Esc, Enter), unit symbols, file formats, and the variable names and subscripts used in equations and axes.
 */
const ALLOWED = new Set(
  `Crucible English README npm run sim PNG SVG CSV JSON QR WebGL XRD BKL PCT MSD Esc Enter Page Down Up
   LLZO LGPS LATP LLTO LPS BZY LiPON NASICON LISICON E-IMR IMR
   Mullins Sekerka Tiller Rutter Chalmers Jackson Hunt Kurz Fisher Scheil Burton Prim Slichter Trivedi Olesinski Abbaschian Yang Mokhtari Echebarria Folch Karma Plapp
   Leachman Datchi Sato Lacher Fowler Guggenheim Sieverts Maxwell Abel Noble Sandrock Stampfer Reilly Wiswall Flanagan Oates San-Martin Manchester Kojima Ono Nomura Akiba Uruno Thermodynamic
   Kamaya Kuhn Kato Hori Kanno Hayashi Boulineau Seino Ujiie Kimura Inaguma Itoh Aono Murugan Ahmad Tatsumisago Yu Bates Wang Zhang Nazar Hong Goodenough Yamazaki
   Metropolis Arrhenius Nernst Einstein Haven Boltzmann Okabe Ito Gillespie Bortz Kalos Lebowitz Fick Gibbs Thomson
   et al Appl Phys Lett Alloys Compd Molecules Inorg Chem Annu Rev Mater Sci Nat Energy Environ Commun Adv Angew Int Ed Electrochem Soc JACS RSC
   and structural properties of compounds their related hydrides
   mK Pa hPa kPa MPa GPa bar mbar atm torr psi mm µm nm cm ms min eV meV kJ mol Hz kg wt mass degC abs des
   sc bcc fcc hcp tet crit cs sl max min cell ln exp log cos kB BT Tm Tc Ea RT Gz Rt dDt nq qE qEa THz MV mS NMR kMC dir thio LSiPSCl LSiGePSBrO yAly`.split(/\s+/),
);

/** Chemical element symbols that appear in the app's formulae (a word made only of these is a formula, e.g. FeTi, GeP). */
const ELEMENTS = new Set('H He Li B C N O Na Mg Al Si P S Cl K Ti Cr Mn Fe Ni Ge Br Y Zr Pd Sn Sb Ba La Ce W'.split(' '));
const isFormula = (word: string) => /^(?:[A-Z][a-z]?)+$/.test(word) && (word.match(/[A-Z][a-z]?/g) ?? []).every((e) => ELEMENTS.has(e));

/** All text of the page a reader meets, one text node or attribute a line, minus typeset TeX and links. */
function readableText(): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('.katex, script, style')) continue;
    parts.push(n.textContent ?? '');
  }
  for (const el of document.body.querySelectorAll('[aria-label], [aria-description], [title], [placeholder]')) {
    if (el.closest('.katex')) continue;
    for (const a of ['aria-label', 'aria-description', 'title', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
  }
  return parts.join('\n').replace(/https?:\/\/\S+/g, ' ');
}

/** English words in the page outside `ALLOWED` (and not formulae), each with a little context. */
function englishLeft(): string[] {
  return englishIn(readableText());
}

/** English words in `text` outside `ALLOWED` (and not formulae), each with a little context. */
function englishIn(text: string): string[] {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/[A-Za-z][A-Za-z-]*[A-Za-z]/g)) {
    const word = m[0];
    const ok = (w: string) => w.length < 2 || ALLOWED.has(w) || isFormula(w);
    if (ok(word) || word.split('-').every(ok)) continue;
    if (!found.has(word)) found.set(word, text.slice(Math.max(0, m.index - 30), m.index + word.length + 30).replace(/\s+/g, ' '));
  }
  return [...found].map(([w, ctx]) => `${w}: …${ctx}…`);
}

async function openJa(hash: string) {
  setLocale('ja');
  history.replaceState(null, '', hash);
  await render(App, { entries: modelEntries });
  await expect.element(page.getByRole('heading', { level: 1 })).toBeInTheDocument();
}

async function settled() {
  await expect.poll(() => document.querySelector('svg[role="img"]') !== null, { timeout: 30_000 }).toBe(true);
  await expect.poll(() => document.querySelector('progress') === null, { timeout: 60_000 }).toBe(true);
}

describe('Japanese UI has no English left', () => {
  it('landing page', async () => {
    await openJa('#/');
    expect(englishLeft()).toEqual([]);
  });

  for (const entry of modelEntries)
    it(`#/${entry.id} after its default result`, async () => {
      await openJa(`#/${entry.id}`);
      await settled();
      expect(englishLeft()).toEqual([]);
    });

  it('a link with bad parts (unknown key, invalid value, unknown preset)', async () => {
    await openJa('#/solidification?G=1%2F&q1=1&preset=42&x0=2');
    await settled();
    await expect.element(page.getByRole('status').first()).toBeInTheDocument();
    expect(englishLeft()).toEqual([]);
  });

  it('invalid fields (syntax, dimension, range, a unit alone)', async () => {
    await openJa('#/solidification');
    await settled();
    const edits: [string, string][] = [
      ['param-solidification-G', '1/'],
      ['param-solidification-x0', '2'],
      ['param-solidification-D', '3 K'],
      ['param-solidification-meltLength', 'mm'],
    ];
    for (const [id, value] of edits) {
      const input = document.getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await expect.poll(() => document.querySelectorAll('[role="alert"]').length, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
    expect(englishLeft()).toEqual([]);
  });

  it('a bad CSV upload on the hydrogen page', async () => {
    await openJa('#/hydrogen');
    await settled();
    const input = document.querySelector('#param-hydrogen-data')?.closest('.field')?.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['T[degC],p[bar],wt%\n25,-1,0.5\n30,1,?\n'], 'bad.csv', { type: 'text/csv' });
    const list = new DataTransfer();
    list.items.add(file);
    input.files = list.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => document.querySelector('#param-hydrogen-data-error')?.textContent ?? '', { timeout: 20_000 }).not.toBe('');
    expect(englishLeft()).toEqual([]);
  });

  it('the lessons page', async () => {
    await openJa('#/lessons');
    expect(englishLeft()).toEqual([]);
  });

  it('a worksheet with its answers', async () => {
    await openJa('#/lessons?worksheet=why-plateau&answers=1');
    await expect.poll(() => document.querySelectorAll('[data-testid="worksheet-answer"] .quote').length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => document.querySelectorAll('li.step').length).toBeGreaterThan(0);
    expect(englishLeft()).toEqual([]);
  });

  it('a lesson step with its answer revealed', async () => {
    await openJa('#/solidification?lesson=sige-polycrystal&step=1');
    await settled();
    (document.querySelector('input[name="lesson-prediction"]') as HTMLInputElement).click();
    const reveal = document.querySelector('[data-testid="lesson-reveal"]') as HTMLButtonElement;
    await expect.poll(() => reveal.disabled, { timeout: 30_000 }).toBe(false);
    reveal.click();
    await expect.poll(() => document.querySelector('[data-testid="lesson-answer"] .quote') !== null, { message: 'answer shown' }).toBe(true);
    expect(englishLeft()).toEqual([]);
  });

  it('a bad step link', async () => {
    await openJa('#/solidification?lesson=sige-polycrystal&step=9');
    await settled();
    await expect.poll(() => document.querySelector('[data-testid="lesson-problem"]') !== null, { message: 'problem shown' }).toBe(true);
    expect(englishLeft()).toEqual([]);
  });

  it('every lesson text', () => {
    setLocale('ja');
    // placeholders ({Gcrit}) are replaced by numbers and translated words on the page
    const left = Object.entries({ ...lessonsUiJa, ...lessonsTextJa }).flatMap(([key, text]) => englishIn(text.replace(/\{\w+\}/g, ' ')).map((w) => `${key}: ${w}`));
    expect(left).toEqual([]);
  });

  it('every preset and material source note and every measured-electrolyte row, shown or not', async () => {
    setLocale('ja');
    const left: string[] = [];
    for (const [id, load] of Object.entries(modelLoaders)) {
      const model = await load();
      for (const p of model.presets) left.push(...englishIn(presetSourceNote(id, p as never)).map((w) => `preset ${id}.${p.id}: ${w}`));
    }
    for (const m of Object.values(MATERIALS)) left.push(...englishIn(sourceNote('material.hydrogen', m.id, m.source)).map((w) => `material ${m.id}: ${w}`));
    for (const e of ELECTROLYTES) left.push(...englishIn([electrolyteText(e.name), electrolyteText(e.source), electrolyteText(shortName(e))].join('\n')).map((w) => `electrolyte ${e.name}: ${w}`));
    expect(left).toEqual([]);
  });
});
