/**
 * The error contract (docs/architecture.md, "Errors"): every known input failure a model finds
 * while running — input the parameter ranges and cross-checks cannot judge alone — is an
 * `InvalidParamsError` naming its field. Each row of the table goes through the model's `run`
 * (field and a message starting "<field>: ") and through the CLI (exit 2, nothing on stdout, one
 * line on stderr naming the field; the CLI may already refuse it while validating). A new refusal
 * in a model gets a row here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultsOf, InvalidParamsError, type ModelDefinition, type ParamValues } from '../../../src/core/model';
import { parseQuantity } from '../../../src/core/units';
import { runCli } from '../../../src/cli/main';
import { modelLoaders } from '../../../src/models/registry';

interface Failure {
  /** What is wrong, and which check finds it. */
  what: string;
  model: string;
  /** Values (SI) over the model's defaults; a string `data` is the CSV text. */
  set: ParamValues;
  field: string;
}

/** Every known input failure found by a model run (see the throw sites named in `what`). */
const FAILURES: readonly Failure[] = [
  { what: 'solidification/phaseDiagram.ts: dilute diagram with k = 1 (no segregation)', model: 'solidification', set: { phaseDiagram: 'dilute', k: 1 }, field: 'k' },
  { what: 'solidification/transient.ts: stagnant layer not shorter than half the melt', model: 'solidification', set: { delta: 0.012, meltLength: 0.02 }, field: 'delta' },
  { what: 'solidification/runSize.ts: pulled run needing too many steps (D = 1e-10, V = 1 m/s)', model: 'solidification', set: { drive: 'pulling', D: 1e-10, V: 1 }, field: 'V' },
  { what: 'solidification/runSize.ts: cooled run needing too many steps (R/G = 0.1 m/s)', model: 'solidification', set: { D: 1e-10, R: 10, G: 100 }, field: 'R' },
  { what: 'hydrogen/run.ts: pMax not above pMin', model: 'hydrogen', set: { pMin: 1e6, pMax: 1e5 }, field: 'pMax' },
  { what: 'hydrogen/run.ts: pMax above the H₂ melting pressure at T', model: 'hydrogen', set: { T: 200, pMax: 5e9 }, field: 'pMax' },
  { what: 'hydrogen/run.ts: pCharge above the H₂ melting pressure at TCharge', model: 'hydrogen', set: { TCharge: 200, pCharge: 5e9 }, field: 'pCharge' },
  { what: 'hydrogen/run.ts: pDischarge above the H₂ melting pressure at TDischarge', model: 'hydrogen', set: { TDischarge: 200, pDischarge: 5e9 }, field: 'pDischarge' },
  { what: 'hydrogen/plateau.ts: custom plateau with maxHM below betaMin', model: 'hydrogen', set: { material: 'custom', model: 'plateau', maxHM: 0.59 }, field: 'betaMin' },
  { what: 'hydrogen/materials.ts: a material not in the library', model: 'hydrogen', set: { material: 'unobtainium' }, field: 'material' },
  { what: 'hydrogen/csv.ts: a CSV with only a header', model: 'hydrogen', set: { data: 'T,p,H/M,dir\n' }, field: 'data' },
  { what: 'hydrogen/csv.ts: a header with an unknown unit', model: 'hydrogen', set: { data: 'T[F],p[bar],H/M\n300,1,0.5\n' }, field: 'data' },
  { what: 'hydrogen/csv.ts: a row that is not a number', model: 'hydrogen', set: { data: 'T,p,H/M\n300,abc,0.5\n' }, field: 'data' },
  { what: 'hydrogen/fit.ts: fewer rows than the fit has parameters', model: 'hydrogen', set: { data: 'T,p,H/M,dir\n300,1e5,0.5,des\n' }, field: 'data' },
  { what: 'ionhop/setup.ts: vacancies not below the open sites', model: 'ionhop', set: { L: 4, vacancies: 100 }, field: 'vacancies' },
  { what: 'ionhop/setup.ts: occupancy giving less than one ion', model: 'ionhop', set: { L: 4, occupancy: 1e-4 }, field: 'occupancy' },
  { what: 'ionhop/setup.ts: occupancy leaving no vacancy', model: 'ionhop', set: { L: 4, occupancy: 0.9999 }, field: 'occupancy' },
  { what: 'ionhop/lattice.ts: supercell beyond the memory limit', model: 'ionhop', set: { lattice: 'fcc', L: 1024 }, field: 'L' },
  { what: 'ionhop/limits.ts: hop rate underflows (T = 10 K, Eₐ = 2 eV)', model: 'ionhop', set: { T: 10, Ea: 2, steps: 1000, replicas: 1 }, field: 'T' },
  { what: 'ionhop/limits.ts: every ion frozen by disorder (T = 10 K, σ = 0.5 eV)', model: 'ionhop', set: { L: 4, T: 10, disorder: 0.5, replicas: 1 }, field: 'T' },
  { what: 'ionhop/limits.ts: no ion has an empty open neighbour (blocked sites)', model: 'ionhop', set: { L: 4, blocked: 0.9, vacancies: 1, algorithm: 'general', steps: 1000, replicas: 1, seed: 2 }, field: 'blocked' },
  { what: 'ionhop/limits.ts: ions freeze while equilibrating (T = 40 K, repulsion 0.5 eV)', model: 'ionhop', set: { L: 6, T: 40, Ea: 0.1, repulsion: 0.5, steps: 1000, replicas: 1 }, field: 'T' },
  { what: 'ionhop/limits.ts: measurement cannot advance the clock (T = 300 K, repulsion 0.5 eV)', model: 'ionhop', set: { L: 6, T: 300, Ea: 0.1, repulsion: 0.5, steps: 1000, replicas: 1 }, field: 'T' },
  { what: 'ionhop/replica.ts: simulated time too short for 1000 attempts', model: 'ionhop', set: { L: 4, time: 1e-20 }, field: 'time' },
];

const models = new Map<string, ModelDefinition>();

beforeAll(async () => {
  for (const id of new Set(FAILURES.map((f) => f.model))) models.set(id, await modelLoaders[id]());
  await parseQuantity('1 bar', 'Pa'); // mathjs loads lazily on the first unit
}, 60_000);

/** The CLI on one failure: `--set key=value` per value, `data` through a file. */
async function cli(f: Failure): Promise<{ code: number; stdout: string; stderr: string }> {
  const sets = Object.entries(f.set).flatMap(([k, v]) => ['--set', k === 'data' ? 'data=pct.csv' : `${k}=${v}`]);
  let stdout = '';
  let stderr = '';
  const code = await runCli([f.model, ...sets], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => String(f.set.data) }, modelLoaders);
  return { code, stdout, stderr };
}

describe(`${FAILURES.length} known input failures found while running`, () => {
  it.each(FAILURES.map((f) => [f.what, f] as const))('%s: run throws InvalidParamsError naming the field', async (_what, f) => {
    const model = models.get(f.model)!;
    const error = await model.run({ ...defaultsOf(model), ...f.set }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, `expected InvalidParamsError on ${f.field}, got ${String(error)}`).toBeInstanceOf(InvalidParamsError);
    expect((error as InvalidParamsError).field).toBe(f.field);
    expect((error as InvalidParamsError).message.startsWith(`${f.field}: `), (error as Error).message).toBe(true);
  }, 60_000);

  it.each(FAILURES.map((f) => [f.what, f] as const))('%s: the CLI exits 2 with one stderr line naming the field', async (_what, f) => {
    const r = await cli(f);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^sim: invalid ${f.field}: `));
  }, 60_000);
});
