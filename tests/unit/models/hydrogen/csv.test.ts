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

describe('CSV rows: limits and spellings', () => {
  it('temperatures of exactly 100 K and 1200 K are accepted; 99.99 K and 1200.01 K are not', async () => {
    const set = await parsePctCsv('100,1e5,0.5\n1200,1e5,0.5');
    expect(set.rows.map((r) => r.T)).toEqual([100, 1200]);
    await expectRefused('99.99,1e5,0.5', /line 1: temperature 99\.9900 K is outside 100–1200 K/);
    await expectRefused('1200.01,1e5,0.5', /line 1: temperature 1200\.01 K is outside/);
  });

  it('a pressure at the melting pressure or at 6 GPa exactly is accepted', async () => {
    const pm = meltingPressure(300);
    const set = await parsePctCsv(`300,${pm},0.5\n1000,6e9,0.5`);
    expect(set.rows.map((r) => r.p)).toEqual([pm, 6e9]);
    await expectRefused('1000,6.01e9,0.5', /above 6 GPa/);
  });

  it('directions a, abs, absorption, d, des, desorption in any case; none means des; composition 0 is allowed, a negative one is not', async () => {
    const set = await parsePctCsv('300,1e5,0.5,a\n300,1e5,0.5,ABS\n300,1e5,0.5,Absorption\n300,1e5,0.5,d\n300,1e5,0.5,DES\n300,1e5,0.5,desorption\n300,1e5,0');
    expect(set.rows.map((r) => r.absorption)).toEqual([true, true, true, false, false, false, false]);
    expect(set.rows[6].composition).toBe(0);
    expect(set.massPercent).toBe(false);
    await expectRefused('300,1e5,-0.1', /line 1: composition "-0.1" is not a non-negative number/);
    await expectRefused('300,1e5,0.5,ab', /line 1: direction "ab" is not abs or des/);
    await expectRefused('300,1e5,0.5,xabs', /direction "xabs"/);
    await expectRefused('300,1e5,0.5,dess', /direction "dess"/);
    await expectRefused('300,1e5,0.5,des,extra', /line 1: expected 3 or 4 columns \(T, p, composition\[, abs\|des\]\), found 5/);
  });

  it('Windows line endings, a trailing comment and a row starting with "+", "-" or "." are read as data, not as a header', async () => {
    const set = await parsePctCsv('+300,1e5,0.5 # first\r\n300,1e5,.5\r\n');
    expect(set.rows.map((r) => [r.line, r.T, r.composition])).toEqual([
      [1, 300, 0.5],
      [2, 300, 0.5],
    ]);
    expect((await parsePctCsv('.5e3,1e5,0.5')).rows[0].T).toBe(500);
    await expectRefused('-300,1e5,0.5', /line 1: temperature "-300"/);
  });

  it('more than eight bad rows: the first eight named, then how many more', async () => {
    const bad = Array.from({ length: 11 }, () => '300,x,0.5').join('\n');
    const err = (await parsePctCsv(bad).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/line 8: pressure "x"/);
    expect(err.message).not.toMatch(/line 9:/);
    expect(err.message).toMatch(/ \(and 3 more\)$/);
    const eight = (await parsePctCsv(bad.split('\n').slice(0, 8).join('\n')).catch((e: unknown) => e)) as Error;
    expect(eight.message).not.toMatch(/more\)/);
  });

  it('a bad row in several ways is named once with every reason; the state (range, melting) is judged only for an otherwise good row', async () => {
    await expectRefused('T,p,H/M,dir\n-5,x,-1,up', /^data: line 2: temperature "-5" is not a positive absolute temperature, pressure "x" is not a positive number, composition "-1" is not a non-negative number, direction "up" is not abs or des$/);
    await expectRefused('50,x,0.5', /^data: line 1: pressure "x" is not a positive number$/);
  });
});

describe('CSV header: cells and units', () => {
  it('a header with fewer than three cells is refused', async () => {
    await expectRefused('T,p\n300,1e5,0.5', /^data: line 1: header needs at least the columns T, p, composition$/);
  });

  it('composition spellings: wt.% and "H / M"; a name with an underscore unit (x_wt%)', async () => {
    expect((await row('T,p,wt.%', '300,1e5,1')).massPercent).toBe(true);
    expect((await row('T,p,H / M', '300,1e5,1')).massPercent).toBe(false);
    expect((await row('T,p,x_wt%', '300,1e5,1')).massPercent).toBe(true);
    expect((await row('T,p,c(hm)', '300,1e5,1')).massPercent).toBe(false);
    await expectRefused('T,p,x/wt%\n300,1e5,1', /column 3 "x\/wt%": unknown composition unit "x\/wt%"/);
  });

  it('temperature spellings: T[k], T(°c), T[DEGC]; every refused column is reported at once', async () => {
    expectClose((await row('T[k],p,H/M', '300,1e5,0.5')).T, 300, 1e-12);
    expectClose((await row('T(°c),p,H/M', '25,1e5,0.5')).T, 298.15, 1e-9);
    expectClose((await row('T[DEGC],p,H/M', '25,1e5,0.5')).T, 298.15, 1e-9);
    await expectRefused('T[zz],p[m],at%\n300,1e5,0.5', /^data: line 1, column 1 "T\[zz\]": unknown unit "zz"; allowed: K, °C \(or degC, C\); line 1, column 2 "p\[m\]": not a pressure unit: "m"; allowed: .*; line 1, column 3 "at%": unknown composition unit "at%"; allowed: H\/M, wt%, mass%$/);
  });

  it('pressure spellings mathjs does not know as written but case-insensitively: MPA, Bar, PSI', async () => {
    expectRel((await row('T,p[MPA],H/M', '300,2,0.5')).p, 2e6, 1e-12);
    expectRel((await row('T,p[Bar],H/M', '300,2,0.5')).p, 2e5, 1e-12);
    expectRel((await row('T,p[PSI],H/M', '300,2,0.5')).p, 2 * 6894.757293168361, 1e-5);
  });
});
