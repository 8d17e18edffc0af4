/**
 * `--grid` parsing (src/cli/grid.ts): linear and logarithmic ranges with exact ends and the
 * spacing they promise, units read as `--set` reads them, lists passed on as text, the cartesian
 * product in nested-loop order, and a clear refusal for each malformed grid; random grid texts
 * give finite values or a GridError, never anything else.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridPoints, gridSize, parseGrid, rangeValues, GridError } from '../../../src/cli/grid';
import solidification from '../../../src/models/solidification';
import ionhop from '../../../src/models/ionhop';

describe('rangeValues', () => {
  it('spaces a linear range evenly with both ends exact', () => {
    expect(rangeValues(300, 600, 7, false)).toEqual([300, 350, 400, 450, 500, 550, 600]);
    const odd = rangeValues(0.1, 0.7, 4, false);
    expect(odd[0]).toBe(0.1);
    expect(odd[3]).toBe(0.7);
    for (let i = 1; i < 4; i++) expect(odd[i] - odd[i - 1]).toBeCloseTo(0.2, 14);
  });

  it('spaces a log range by equal ratios, decades exactly', () => {
    expect(rangeValues(1e-6, 1e-3, 4, true)).toEqual([1e-6, 1e-5, 1e-4, 1e-3]);
    const r = rangeValues(2, 50, 5, true);
    const ratio = (50 / 2) ** (1 / 4);
    for (let i = 1; i < 5; i++) expect(r[i] / r[i - 1]).toBeCloseTo(ratio, 12);
    expect(r[4]).toBe(50);
  });

  it('runs downwards when the first end is the larger, and stays finite for ends near the largest double', () => {
    expect(rangeValues(600, 300, 4, false)).toEqual([600, 500, 400, 300]);
    expect(rangeValues(1e308, 1.6e308, 3, false)).toEqual([1e308, 1.3e308, 1.6e308]);
    expect(rangeValues(-1e308, 1e308, 3, false)).toEqual([-1e308, 0, 1e308]);
  });
});

describe('parseGrid', () => {
  const specs = solidification.params;

  it('reads range ends as numbers in SI or quantities with units', async () => {
    expect(await parseGrid('G=1 K/mm:10 K/mm:3', specs)).toEqual({ key: 'G', values: [1000, 5500, 10000] });
    expect(await parseGrid('G=1000:10000:3', specs)).toEqual({ key: 'G', values: [1000, 5500, 10000] });
    expect(await parseGrid('V=log:1e-6:1e-3:4', specs)).toEqual({ key: 'V', values: [1e-6, 1e-5, 1e-4, 1e-3] });
    const R = await parseGrid('R=log:0.5 K/min:50 K/min:3', specs);
    expect(R.values[0]).toBeCloseTo(0.5 / 60, 15);
    expect(R.values[1]).toBeCloseTo(5 / 60, 15);
    expect(R.values[2]).toBeCloseTo(50 / 60, 15);
  });

  it('passes list items on as text, choices and quantities alike', async () => {
    expect(await parseGrid('phaseDiagram=SiGe,dilute', specs)).toEqual({ key: 'phaseDiagram', values: ['SiGe', 'dilute'] });
    expect(await parseGrid('G = 7.7 K/mm, 20 K/mm', specs)).toEqual({ key: 'G', values: ['7.7 K/mm', '20 K/mm'] });
    expect(await parseGrid('L=8,12,16', ionhop.params)).toEqual({ key: 'L', values: ['8', '12', '16'] });
  });

  it('refuses malformed grids with a message naming the option and what is allowed', async () => {
    const cases: [string, RegExp][] = [
      ['G', /--grid expects key=values/],
      ['=1,2', /--grid expects key=values/],
      ['nope=1,2', /--grid nope: unknown parameter \(allowed: mode, /],
      ['G=1:2', /not a range of 2 to 100000 points; allowed: key=a:b:n/],
      ['G=1:2:1', /not a range of 2 to/],
      ['G=1:2:x', /not a range of 2 to/],
      ['G=1:2:3:4', /not a range of 2 to/],
      ['G=1,,2', /empty value in the list/],
      ['G=1 K:2 K:3', /cannot read "1 K" as a number or a quantity in K\/m/],
      ['G=abc:2:3', /cannot read "abc"/],
      ['G=log:0:10:3', /a log range needs both ends above 0/],
      ['mode=1:2:3', /mode: a range needs a numeric parameter; list the values instead/],
    ];
    for (const [text, message] of cases) {
      const error = await parseGrid(text, specs).catch((e: unknown) => e);
      expect(error, text).toBeInstanceOf(GridError);
      expect((error as Error).message, text).toMatch(message);
    }
  });
});

describe('gridPoints', () => {
  it('builds the cartesian product, the first grid varying slowest', () => {
    const grids = [
      { key: 'T', values: [300, 400] },
      { key: 'L', values: ['8', '12', '16'] },
    ];
    expect(gridSize(grids)).toBe(6);
    expect(gridPoints(grids)).toEqual([
      { T: 300, L: '8' },
      { T: 300, L: '12' },
      { T: 300, L: '16' },
      { T: 400, L: '8' },
      { T: 400, L: '12' },
      { T: 400, L: '16' },
    ]);
    expect(gridPoints([])).toEqual([{}]);
    expect(gridSize([])).toBe(1);
  });
});

describe('parseGrid on random text', () => {
  it('returns finite numbers or non-empty texts, or refuses with a GridError', async () => {
    const piece = fc.oneof(fc.constantFrom('log', '1', '0', '-3', '1e-6', '7.7 K/mm', 'K/mm', 'NaN', 'Infinity', '1e999', '', ' ', ',', ':', '2', '100000', '100001', 'mm', 'µm/s'), fc.string({ maxLength: 8 }));
    const text = fc.tuple(fc.constantFrom('G', 'V', 'x0', 'mode', 'tEnd', 'nope', ''), fc.array(piece, { maxLength: 6 }), fc.constantFrom(':', ',', ' ')).map(([k, parts, sep]) => `${k}=${parts.join(sep)}`);
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        try {
          const grid = await parseGrid(t, solidification.params);
          expect(grid.values.length, t).toBeGreaterThan(0);
          for (const v of grid.values) expect(typeof v === 'string' ? v.trim() !== '' : Number.isFinite(v), `${t}: ${v}`).toBe(true);
        } catch (e) {
          expect(e, t).toBeInstanceOf(GridError);
        }
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
