/** The CLI on measured-data files the hydrogen model refuses: exit 2 with one line naming the field and the CSV line. */
import { beforeAll, describe, it, expect } from 'vitest';
import { runCli } from '../../../../src/cli/main';
import { modelLoaders } from '../../../../src/models/registry';
import { parseQuantity } from '../../../../src/core/units';

async function sim(csv: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['hydrogen', '--set', 'data=pct.csv', '--set', 'pMax=1e7'],
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => csv },
    modelLoaders,
  );
  return { code, stdout, stderr };
}

// loading the model and mathjs (lazily, on the first unit) can take seconds on a busy machine
beforeAll(async () => {
  await modelLoaders.hydrogen();
  await parseQuantity('1 bar', 'Pa');
}, 60_000);

describe('hydrogen CLI with bad measured data', () => {
  const cases: [string, string, RegExp][] = [
    ['a header and no rows', 'T[C],p[bar],H/M,dir\n', /^sim: invalid data: no data rows found \(only a header or comments\)/],
    ['a row at 1e6 bar', 'T[C],p[bar],H/M\n25,10,0.5\n25,1e6,1.2\n', /^sim: invalid data: line 3: pressure 100 GPa is above the melting pressure of H₂ at 298\.150 K \(5\.32 GPa/],
    ['a unit of the wrong dimension', 'T[C],p[K],H/M\n25,10,0.5\n', /^sim: invalid data: line 1, column 2 "p\[K\]": not a pressure unit: "K"; allowed: Pa, hPa/],
  ];
  for (const [what, csv, re] of cases) {
    it(`${what}: exit 2, one line`, async () => {
      const r = await sim(csv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }
});
