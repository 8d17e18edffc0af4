/**
 * CSV text: RFC 4180 quoting read back by papaparse, formula cells neutralised, headers with
 * units, and a unit rule for every series the three models return (with their conversions to
 * the page's units checked against known factors).
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { columnHeader, formatCsv, neutralise } from '../../../src/export/csv';
import { seriesUnit } from '../../../src/export/seriesUnits';
import { seriesToCsv } from '../../../src/export/seriesCsv';
import { modelLoaders } from '../../../src/models/registry';
import { defaultsOf, type ParamValues } from '../../../src/core/model';

describe('formatCsv', () => {
  it('quotes commas, quotes and line breaks so every row keeps the header’s field count', () => {
    const text = formatCsv(['a [m]', 'label'], [
      [1.5, 'x, y'],
      [NaN, 'say "hi"'],
      [-2, 'two\nlines'],
    ]);
    const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(0, 4)).toEqual([
      ['a [m]', 'label'],
      ['1.5', 'x, y'],
      ['', 'say "hi"'],
      ['-2', 'two\nlines'],
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('neutralises text that a spreadsheet would run as a formula, not negative numbers', () => {
    for (const s of ['=1+2', '+A1', '-A1', '@SUM(A1)', '\tx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('LGPS')).toBe('LGPS');
    expect(formatCsv(['v [1]', 'name'], [[-3, '=HYPERLINK("x")']])).toBe('v [1],name\r\n-3,"\'=HYPERLINK(""x"")"\r\n');
  });

  it('turns axis labels into `quantity [unit]` headers; no unit means dimensionless', () => {
    expect(columnHeader('time (min)')).toBe('time [min]');
    expect(columnHeader('MSD/(2d t) (cm²/s)')).toBe('MSD/(2d t) [cm²/s]');
    expect(columnHeader('圧力 p（bar）')).toBe('圧力 p [bar]');
    expect(columnHeader('occupancy')).toBe('occupancy [1]');
    expect(columnHeader('log₁₀(σT / S cm⁻¹ K)')).toBe('log₁₀(σT / S cm⁻¹ K) [1]');
  });
});

const RUNS: [string, ParamValues][] = [
  ['solidification', {}],
  ['solidification', { mode: 'steady' }],
  ['hydrogen', { material: 'PdH', model: 'lattice', data: 'T,p,H/M,dir\n298,1e5,0.5,des\n298,1.1e5,0.6,des\n323,3e5,0.6,des\n323,3.2e5,0.7,des\n348,6e5,0.6,abs\n348,6.4e5,0.7,abs' }],
  ['hydrogen', { material: 'FeTi' }],
  ['hydrogen', { material: 'LaNi5-GPa', model: 'lattice' }],
  ['ionhop', { L: 6, steps: 20000, replicas: 2, disorder: 0.05 }],
  ['ionhop', { L: 6, steps: 20000, replicas: 2, field: 1e7 }],
];

describe('series units', () => {
  it.each(RUNS)('every series of %s %j has a unit rule', async (id, edits) => {
    const model = await modelLoaders[id]();
    const result = await model.run({ ...defaultsOf(model), ...edits });
    const missing = Object.keys(result.series).filter((n) => seriesUnit(id, n) === null);
    expect(missing).toEqual([]);
  }, 120_000);

  it('converts to the page’s units: min, µm/s, bar, Å², cm²/s', () => {
    const cases: [string, string, number, number][] = [
      ['solidification', 'history_t', 120, 2],
      ['solidification', 'history_V', 1e-5, 10],
      ['solidification', 'melt_z', 0.002, 2],
      ['hydrogen', 'family2_abs_p', 3e5, 3],
      ['hydrogen', 'surface_log10p', 6, 1],
      ['ionhop', 'msdTracer', 4e-20, 4],
      ['ionhop', 'dLagCharge', 1e-9, 1e-5],
    ];
    for (const [id, name, si, display] of cases) {
      const got = seriesUnit(id, name)!.toDisplay(si);
      expect(Math.abs(got - display), `${id}.${name}: expected ${display}, got ${got}, tolerance 1e-12 relative`).toBeLessThanOrEqual(1e-12 * Math.abs(display));
    }
  });

  it('writes all series with `name [unit]` headers, display or SI', () => {
    const series = { history_t: [60, 120], history_V: new Float64Array([1e-6]) };
    expect(seriesToCsv('solidification', series, 'display')).toBe('history_t [min],history_V [µm/s]\r\n1,1\r\n2,\r\n');
    expect(seriesToCsv('solidification', series, 'si')).toBe('history_t [s],history_V [m/s]\r\n60,0.000001\r\n120,\r\n');
    // absolute temperatures follow the page's °C choice; a supercooling (a difference) stays in K
    const temps = { melt_T: [1373.15], melt_supercooling: [2] };
    expect(seriesToCsv('solidification', temps, 'display', 'C')).toBe('melt_T [°C],melt_supercooling [K]\r\n1100,2\r\n');
  });
});
