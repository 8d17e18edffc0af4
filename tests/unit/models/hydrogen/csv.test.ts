import { beforeAll, describe, it, expect } from 'vitest';
import { parsePctCsv } from '../../../../src/models/hydrogen/csv';
import { InvalidParamsError } from '../../../../src/core/model';
import { meltingPressure } from '../../../../src/models/hydrogen/melting';
import { expectClose, expectRel } from './helpers';
import { parseQuantity } from '../../../../src/core/units';

// mathjs loads lazily on the first unit; on a busy machine that alone can take seconds
beforeAll(async () => {
  await parseQuantity('1 bar', 'Pa');
}, 60_000);

/** Parses a one-row file with the given header and returns the SI row. */
async function row(header: string, values: string) {
  const set = await parsePctCsv(`${header}\n${values}\n`);
  expect(set.rows.length).toBe(1);
  return { ...set.rows[0], massPercent: set.massPercent };
}

/** Expects parsing to be refused as invalid input on field `data` with a message matching `re`. */
async function expectRefused(text: string, re: RegExp): Promise<void> {
  const err = await parsePctCsv(text).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'parsing should fail').toBeInstanceOf(InvalidParamsError);
  expect((err as InvalidParamsError).field).toBe('data');
  expect((err as Error).message).toMatch(re);
}

describe('CSV header units: temperature (kelvin after parsing)', () => {
  const cases: [string, number, number][] = [
    ['T[°C]', 25, 298.15],
    ['T[degC]', 25, 298.15],
    ['T[C]', 25, 298.15],
    ['T_C', 25, 298.15],
    ['T (°C)', 25, 298.15],
    ['T[℃]', 25, 298.15],
    ['T[deg C]', 25, 298.15],
    ['T [ °C ]', 25, 298.15],
    ['T[K]', 300, 300],
    ['T/K', 300, 300],
    ['T', 300, 300],
  ];
  for (const [cell, value, expected] of cases) {
    it(`${cell}: ${value} → ${expected} K`, async () => {
      const r = await row(`${cell},p,H/M`, `${value},1e5,0.5`);
      expectClose(r.T, expected, 1e-9, cell);
    });
  }
});

describe('CSV header units: pressure (value 2 in the column → Pa)', () => {
  // exact definitions; mathjs takes 1 torr as 133.322 Pa (101325/760 = 133.32237), hence the 1e-5 tolerance
  const cases: [string, number][] = [
    ['p', 2],
    ['p[Pa]', 2],
    ['p[hPa]', 200],
    ['p[kPa]', 2e3],
    ['p[kpa]', 2e3],
    ['p[MPa]', 2e6],
    ['p[GPa]', 2e9],
    ['p[bar]', 2e5],
    ['p_bar', 2e5],
    ['p/bar', 2e5],
    ['p[mbar]', 200],
    ['p[atm]', 2 * 101325],
    ['p[torr]', (2 * 101325) / 760],
    ['p[psi]', 2 * 6894.757293168361],
  ];
  for (const [cell, expected] of cases) {
    it(`${cell}: 2 → ${expected} Pa`, async () => {
      const r = await row(`T,${cell},H/M`, '300,2,0.5');
      expectRel(r.p, expected, 1e-5, cell);
    });
  }
});

describe('CSV header units: composition', () => {
  const cases: [string, boolean][] = [
    ['H/M', false],
    ['HM', false],
    ['x', false],
    ['x[H/M]', false],
    ['wt%', true],
    ['mass%', true],
    ['c[wt%]', true],
    ['w(mass%)', true],
  ];
  for (const [cell, mass] of cases) {
    it(`${cell} → ${mass ? 'mass%' : 'H/M'}`, async () => {
      const r = await row(`T,p,${cell}`, '300,1e5,0.75');
      expect(r.massPercent).toBe(mass);
      expect(r.composition).toBe(0.75);
    });
  }
});

describe('CSV header units that are refused (field data, column named, units allowed listed)', () => {
  const cases: [string, RegExp][] = [
    ['T[F],p,H/M', /column 1 "T\[F\]": not a temperature unit: "F"; allowed: K, °C/],
    ['T[bar],p,H/M', /column 1 "T\[bar\]": not a temperature unit/],
    ['T[zz],p,H/M', /column 1 "T\[zz\]": unknown unit "zz"; allowed: K, °C/],
    ['T,p[K],H/M', /column 2 "p\[K\]": not a pressure unit: "K"; allowed: Pa, hPa, kPa, MPa, GPa, bar, mbar, atm, torr, psi/],
    ['T,p[m],H/M', /column 2 "p\[m\]": not a pressure unit/],
    ['T,p[foo],H/M', /column 2 "p\[foo\]": unknown unit "foo"/],
    ['T,p,at%', /column 3 "at%": unknown composition unit "at%"; allowed: H\/M, wt%, mass%/],
    ['T,p,x[ppm]', /column 3 "x\[ppm\]": unknown composition unit "ppm"/],
  ];
  for (const [header, re] of cases) {
    it(header, async () => {
      await expectRefused(`${header}\n300,1e5,0.5\n`, re);
    });
  }
  it('a refused header unit is the whole message: the rows under it are not read in a unit the user did not mean', async () => {
    const err = await parsePctCsv('T[bar],p[bar],H/M\n25,1,0.5\n40,2,0.5\n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidParamsError);
    expect((err as Error).message).toMatch(/column 1 "T\[bar\]": not a temperature unit/);
    expect((err as Error).message, 'no row errors after a refused header').not.toMatch(/line 2|line 3/);
  });
});

describe('CSV rows', () => {
  it('reads comments, separators, directions and line numbers', async () => {
    const set = await parsePctCsv('# comment\nT[C],p[bar],wt%,dir\n25, 1.5, 0.7, abs\n25;2.0;1.2;des\n\n30\t1\t0.1\n');
    expect(set.massPercent).toBe(true);
    expect(set.rows.length).toBe(3);
    expectClose(set.rows[0].T, 298.15, 1e-12);
    expectClose(set.rows[0].p, 1.5e5, 1e-9);
    expect(set.rows[0].absorption).toBe(true);
    expect(set.rows[1].absorption).toBe(false);
    expect(set.rows[2].line).toBe(6);
  });

  it('malformed rows: the error names each bad line', async () => {
    await expectRefused('T,p,HM,dir\n300,1e5,0.5,des\n300,abc,0.5,des\n300,1e5\n300,1e5,0.5,sideways', /line 3: pressure "abc".*line 4: expected 3 or 4 columns.*line 5: direction "sideways"/);
    await expectRefused('300,-5,0.5', /line 1: pressure "-5" is not a positive number/);
    await expectRefused('T[C],p,H/M\n-300,1e5,0.5', /line 2: temperature "-300" is not a positive absolute temperature/);
    await expectRefused('T,p,wt%\n300,1e5,100', /line 2: composition "100" mass% is not below 100/);
  });

  it('echoes a cell of 100 000 characters (data, direction or header) cut and escaped, so the message stays short', async () => {
    const long = '9'.repeat(100_000);
    for (const text of [`T,p,H/M,dir\n300,1e5,${long},abs`, `T,p,H/M,dir\n300,1e5,0.5,${long}`, `T[${long}],p,H/M\n300,1e5,0.5`]) {
      const err = await parsePctCsv(text).then(() => null, (e: unknown) => e as Error);
      expect(err?.message, 'refused naming a line').toMatch(/line [12]/);
      expect(err?.message.length, 'message length, characters (allowed ≤ 300)').toBeLessThanOrEqual(300);
      expect(err?.message).toMatch(/\(100[0-9]* characters\)/);
    }
  });

  it('a file with only a header or only comments is invalid input on field data', async () => {
    await expectRefused('T[C],p[bar],wt%,dir\n', /no data rows found \(only a header or comments\)/);
    await expectRefused('# only a comment', /no data rows found/);
  });

  it('a row at 1e6 bar is refused naming its line and the H₂ melting pressure at its temperature', async () => {
    const limit = (meltingPressure(298.15) / 1e9).toPrecision(3);
    expect(limit).toBe('5.32');
    await expectRefused('T[C],p[bar],H/M\n25,10,0.5\n25,1e6,1.2\n', new RegExp(`line 3: pressure 100 GPa is above the melting pressure of H₂ at 298\\.150 K \\(${limit} GPa`));
  });

  it('a row above 6 GPa where H₂ is still fluid is refused with the gas-model ceiling', async () => {
    await expectRefused('T,p[GPa],H/M\n900,7,1.2\n', /line 2: pressure 7\.00 GPa is above 6 GPa, the highest pressure the gas models are evaluated at/);
  });

  it('rows outside 100–1200 K are refused naming the line', async () => {
    await expectRefused('T,p,H/M\n50,1e5,0.5\n1300,1e5,0.5\n', /line 2: temperature 50\.0000 K is outside 100–1200 K; line 3: temperature 1300\.00 K is outside/);
  });
});
