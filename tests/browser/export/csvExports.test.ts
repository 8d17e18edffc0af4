/**
 * Every CSV export of every plot of the three model pages (through the app shell and the real
 * workers), and each page's "Save all series", read back with a strict RFC 4180 parser
 * (papaparse): no parse errors, a header whose every column names its unit as `[unit]` (text key
 * columns excepted), every row with the header's field count, CRLF line ends. Plots without data
 * export nothing and say why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import Papa from 'papaparse';
import App from '../../../src/app/App.svelte';
import { solidificationEntry } from '../../../src/app/models/solidification/entry';
import { hydrogenEntry } from '../../../src/app/models/hydrogen/entry';
import { ionhopEntry } from '../../../src/app/models/ionhop/entry';
import type { ModelEntry } from '../../../src/app/models/types';
import { exportedBlob } from '../exportedFile';
import pkg from '../../../package.json';

afterEach(() => {
  history.replaceState(null, '', '#/');
});

/** Columns that hold text keys, not quantities. */
const KEY_COLUMNS = new Set(['series', 'branch', 'electrolyte', 'label']);

function checkCsv(text: string, what: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors, `${what}: parse errors`).toEqual([]);
  const rows = parsed.data;
  // the file ends with CRLF, which papaparse reads as one trailing empty row
  expect(rows.at(-1), `${what}: ends with CRLF`).toEqual(['']);
  rows.pop();
  const header = rows[0];
  for (const h of header) expect(KEY_COLUMNS.has(h) || /\S \[[^\]]+\]$/.test(h), `${what}: header "${h}" names a unit`).toBe(true);
  expect(rows.length, `${what}: has data rows`).toBeGreaterThan(1);
  const ragged = rows.filter((r) => r.length !== header.length).length;
  expect(ragged, `${what}: rows with a field count other than the header's ${header.length}`).toBe(0);
  return rows;
}

async function exportsOf(entry: ModelEntry, hash: string, plotTitle: RegExp, before?: () => Promise<void>) {
  history.replaceState(null, '', hash);
  await render(App, { entries: [entry] });
  await expect.element(page.getByRole('img', { name: plotTitle }), { timeout: 60_000 }).toBeInTheDocument();
  await expect.poll(() => document.querySelector<HTMLButtonElement>('.controls button.primary')?.disabled, { timeout: 60_000 }).toBe(false);
  await before?.();
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[aria-label$="as CSV"]')];
  const files: Record<string, string[][]> = {};
  const empty: HTMLButtonElement[] = [];
  for (const b of buttons) {
    const what = b.getAttribute('aria-label') ?? '';
    if (b.disabled) {
      empty.push(b);
      continue;
    }
    files[what] = checkCsv(await (await exportedBlob(b)).text(), what);
  }
  const all = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Save all series (CSV)');
  expect(all).toBeDefined();
  files.all = checkCsv(await (await exportedBlob(all!)).text(), 'all series');
  return { files, empty, count: buttons.length };
}

describe('CSV exports parse as strict RFC 4180 with units', () => {
  it('solidification: every plot and all series', async () => {
    const { files, count } = await exportsOf(solidificationEntry, '#/solidification', /Phase diagram/i);
    expect(count).toBeGreaterThanOrEqual(7);
    expect(Object.keys(files).length).toBe(count + 1);
    // the page's units in both files: minutes and µm/s
    const velocity = Object.entries(files).find(([k]) => /Growth velocity/.test(k))![1];
    expect(velocity[0]).toEqual(['series', 'time [min]', 'V [µm/s]']);
    expect(files.all[0]).toContain('history_t [min]');
    expect(files.all[0]).toContain('history_V [µm/s]');
  }, 180_000);

  it('hydrogen: every plot (family with T and branch columns) and all series', async () => {
    // measured points at two temperatures: the residuals plot appears too
    const data = 'T,p,H/M,dir\n298.15,1.6e5,0.4,des\n298.15,1.9e5,0.6,des\n298.15,2.1e5,0.7,des\n318.15,4.5e5,0.5,des\n318.15,4.8e5,0.6,des\n318.15,5e5,0.6,abs\n318.15,5.5e5,0.7,abs';
    const { files, count } = await exportsOf(hydrogenEntry, `#/hydrogen?data=${encodeURIComponent(data)}`, /Residuals of the isotherm fit/);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(Object.keys(files).length).toBe(count + 1);
    const iso = Object.entries(files).find(([k]) => /PCT isotherms at/.test(k))![1];
    expect(iso[0]).toEqual(['series', 'T [K]', 'branch', 'Composition H/M [1]', 'Pressure p [bar]', 'Pressure p lower [bar]', 'Pressure p upper [bar]']);
    const temps = new Set(iso.slice(1).map((r) => r[1]).filter((v) => v !== ''));
    expect(temps.size, 'isotherm temperatures in the key column').toBeGreaterThanOrEqual(3);
    const measured = iso.filter((r) => r[0] === 'measured points');
    expect(measured.map((r) => [r[1], r[2]])).toEqual([
      ['298.15', 'des'],
      ['298.15', 'des'],
      ['298.15', 'des'],
      ['318.15', 'des'],
      ['318.15', 'des'],
      ['318.15', 'abs'],
      ['318.15', 'abs'],
    ]);
    expect(files.all[0]).toContain('isotherm_des_p [bar]');
  }, 180_000);

  it('ionhop: every plot (electrolyte names) and all series; the empty occupancy plot exports nothing', async () => {
    const { files, empty } = await exportsOf(ionhopEntry, '#/ionhop?L=6&steps=20000&replicas=2', /Mean squared displacement/);
    const arr = Object.entries(files).find(([k]) => /Arrhenius/.test(k))![1];
    expect(arr[0]).toContain('electrolyte');
    const col = arr[0].indexOf('electrolyte');
    expect(arr.filter((r) => r[col] !== '').length).toBeGreaterThanOrEqual(10);
    expect(empty.some((b) => /Conductivity against occupancy/.test(b.getAttribute('aria-label') ?? ''))).toBe(true);
    for (const b of empty) expect(b.title).toMatch(/No data to export/);
    expect(files.all[0]).toContain('msdTracer [Å²]');

    // the JSON export carries its provenance, parameters in SI
    const jsonButton = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Save parameters and results (JSON)')!;
    const doc = JSON.parse(await (await exportedBlob(jsonButton)).text());
    expect(doc.crucible).toBe(pkg.version);
    expect(doc.commit === null || /^[0-9a-f]{7,40}$/.test(doc.commit)).toBe(true);
    expect(doc.model).toBe('ionhop');
    expect(doc.params.L).toBe(6);
    expect(doc.params.a).toBe(2e-10);
    expect(doc.seed).toBe(1);
    expect(doc.partial).toBe(false);
    expect(Math.abs(Date.now() - Date.parse(doc.time))).toBeLessThan(600_000);
    expect(doc.series.msd_t.length).toBeGreaterThan(0);
  }, 180_000);

  it('ionhop: after the temperature and occupancy sweeps, their plots export the sweeps', async () => {
    const idle = () => [...document.querySelectorAll('button')].every((b) => b.textContent !== 'Cancel sweep' || b.disabled);
    const occButton = () => document.querySelector<HTMLButtonElement>('button[aria-label="Save the data of “Conductivity against occupancy” as CSV"]');
    const arrheniusCsv = async () => (await (await exportedBlob(document.querySelector<HTMLButtonElement>('button[aria-label*="Arrhenius"][aria-label$="as CSV"]')!)).text()).includes('model sweep');
    const { files, empty } = await exportsOf(ionhopEntry, '#/ionhop?L=4&steps=2000&replicas=2', /Mean squared displacement/, async () => {
      expect(occButton()?.disabled).toBe(true);
      await page.getByRole('button', { name: 'Arrhenius sweep', exact: true }).click();
      await expect.poll(async () => idle() && (await arrheniusCsv()), { timeout: 120_000 }).toBe(true);
      await page.getByRole('button', { name: 'Occupancy sweep', exact: true }).click();
      await expect.poll(() => idle() && occButton()?.disabled === false, { timeout: 120_000 }).toBe(true);
    });
    expect(empty).toEqual([]);
    const occ = Object.entries(files).find(([k]) => /Conductivity against occupancy/.test(k))![1];
    expect(occ[0]).toEqual(['series', 'occupancy c [1]', 'σ [mS/cm]', 'σ lower [mS/cm]', 'σ upper [mS/cm]']);
    // one σ per occupancy of the sweep (7), each a number
    const sigma = occ.slice(1).filter((r) => r[2] !== '');
    expect(sigma.map((r) => Number(r[1]))).toEqual([0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]);
    for (const r of sigma) expect(Number.isFinite(Number(r[2])), `σ at c = ${r[1]}: ${r[2]}`).toBe(true);
    const arr = Object.entries(files).find(([k]) => /Arrhenius/.test(k))![1];
    const model = arr.filter((r) => r[0] === 'model sweep');
    expect(model.length, 'model sweep points in the Arrhenius CSV').toBeGreaterThanOrEqual(3);
    for (const r of model) expect(Number.isFinite(Number(r[arr[0].indexOf('1000/T [K⁻¹]')])), r.join(',')).toBe(true);
  }, 300_000);
});
