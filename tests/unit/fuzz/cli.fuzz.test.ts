/**
 * Fuzz (issue 11): random command lines — model names (prototype names included), keys, values,
 * units, long and multi-line strings, repeated and unknown options — through the CLI in-process
 * with the real models. Every case exits 0 with one JSON document, or 2 with exactly one line on
 * stderr starting "sim: ", at most 1000 characters and without a stack trace; never 1.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCli } from '../../../src/cli/main';
import { modelIds, modelLoaders } from '../../../src/models/registry';
import { fcParams, PROTOTYPE_NAMES } from './fuzzConfig';

const models = await Promise.all(modelIds.map((id) => modelLoaders[id]()));
const allKeys = [...new Set(models.flatMap((m) => m.params.map((p) => p.key)))];

/** Units people type, alone (no number), in odd spellings, or of a wrong dimension. */
const units = ['K/mm', 'K', 'degC', '°C', 'µm/s', 'μm/s', 'um/s', 'Å', 'angstrom', 'bar', 'GPa', 'eV', 'THz', 'kJ/mol', 'J/(mol K)', 'g/cm^3', 'm^2/s', 'min', 'kg', 'V/m', 'MV/m', 'mm', 'K m', 'furlong', 'K/mm/mm'];

const value: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...units),
  fc.constantFrom(...units).map((u) => `${u} 5`),
  fc.tuple(fc.double({ noNaN: false }), fc.constantFrom(...units)).map(([x, u]) => `${x} ${u}`),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '0x10', '１２', '1,5', '2*3', '', ' ', '1e-400', '--', '=', '"', '\\', '\u0000', '1\n2', 'true', 'null', '{}', '[]'),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 200, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

const key: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...allKeys), fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((k) => !k.includes('=')));

const model: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...modelIds) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).filter((s) => !s.startsWith('-')) },
);

const extraOption: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constant([] as readonly string[]),
  fc.constantFrom<readonly string[]>(['--help'], ['--format', 'xml'], ['--preset', 'constructor'], ['--preset', '__proto__'], ['--sweep'], ['--shard', '3/2'], ['--frobnicate'], ['--set'], ['--set', '=1'], ['--set', 'noequals']),
);

/** Appended so an accidentally valid ion-hopping command line stays short. */
const cheap = (m: string) => (m === 'ionhop' ? ['--set', 'steps=1000', '--set', 'replicas=1', '--set', 'L=4'] : []);

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => '{"x0": 0.5}' }, modelLoaders);
  return { code, stdout, stderr };
}

function expectCleanExit(argv: string[], r: { code: number; stdout: string; stderr: string }) {
  const shown = JSON.stringify(argv).slice(0, 300);
  expect([0, 2], `${shown}: exit ${r.code}, stderr ${r.stderr.slice(0, 300)}`).toContain(r.code);
  if (r.code === 2) {
    expect(r.stderr.endsWith('\n') && r.stderr.split('\n').length === 2, `${shown}: stderr is not one line: ${r.stderr.slice(0, 300)}`).toBe(true);
    expect(r.stderr).toMatch(/^sim: /);
    expect(r.stderr.length, shown).toBeLessThanOrEqual(1006);
    expect(r.stderr, shown).not.toMatch(/\bat .+:\d+:\d+/);
    expect(r.stdout === '' || r.stdout.trim().split('\n').every((l) => JSON.parse(l)), shown).toBe(true);
  } else if (!argv.includes('--help')) {
    const lines = r.stdout.trim().split('\n');
    expect(lines.length, shown).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line), shown).not.toThrow();
  }
}

describe('fuzz: random command lines exit 0 or 2 with one short line, never a stack trace', () => {
  it('model names, keys, values and units', async () => {
    await fc.assert(
      fc.asyncProperty(model, fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 3 }), extraOption, async (m, pairs, extra) => {
        const argv = [m, ...pairs.flatMap(([k, v]) => ['--set', `${k}=${v}`]), ...extra, ...cheap(m)];
        expectCleanExit(argv, await cli(argv));
      }),
      fcParams(60),
    );
  }, 300_000);

  it('a bare model argument of any text, with or without --help', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 })), fc.boolean(), async (m, help) => {
        fc.pre(!m.startsWith('-') && !modelIds.includes(m));
        const argv = help ? [m, '--help'] : [m];
        const r = await cli(argv);
        expect(r.code, JSON.stringify(argv)).toBe(2);
        expectCleanExit(argv, r);
      }),
      fcParams(100),
    );
  }, 120_000);

  it('sweep lines of random JSON', async () => {
    const line = fc.oneof(
      fc.json({ maxDepth: 2 }),
      fc.dictionary(fc.oneof(fc.constantFrom(...allKeys), fc.constantFrom(...PROTOTYPE_NAMES)), fc.oneof(value, fc.double(), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 3 }).map((o) => JSON.stringify(o)),
      fc.constantFrom('{"__proto__": {"x0": 0.5}}', '{"constructor": 1}', '{', '[]', 'null', '"x0"'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...modelIds), fc.array(line, { minLength: 1, maxLength: 3 }), async (m, lines) => {
        let stdout = '';
        let stderr = '';
        const argv = [m, '--sweep', 'sweep.jsonl', ...cheap(m)];
        const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => lines.join('\n') }, modelLoaders);
        expectCleanExit([...argv, ...lines], { code, stdout, stderr });
        if (code === 2) expect(stderr, lines.join(' | ').slice(0, 300)).toMatch(/--sweep line \d+: /);
      }),
      fcParams(40),
    );
  }, 300_000);
});
