/**
 * Fuzz (issue 11): every parameter of every model, at both limits, at every option and at random
 * valid values (the others at their defaults), and random joint parameter sets. Each case must
 * pass field validation (a value in range is never refused by its own field), and then either be
 * refused by a cross-field rule or the model with a message naming a field (the CLI's exit 2), or
 * finish with a finite summary (null means "not defined"), or — if it runs past the time bound —
 * have reported progress and stop soon after a cancel. Runs in-process for speed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modelIds, modelLoaders } from '../../../src/models/registry';
import { applyImplications, validateParams, type ParamSpec } from '../../../src/core/params';
import type { ModelDefinition, ParamValues } from '../../../src/core/model';
import { edgeValues, fcParams, fuzzRuns, RUN_BOUND_MS, valueArb } from './fuzzConfig';
import { boundedRun, outcomeProblem, type RunOutcome } from './boundedRun';

const models: ModelDefinition[] = await Promise.all(modelIds.map((id) => modelLoaders[id]()));

/** Cheaper run lengths for ion hopping, so a case takes ≈0.1 s; the parameter under test overrides them. */
const cheapBase: Record<string, ParamValues> = { ionhop: { steps: 20_000, replicas: 2, L: 8 } };

const tally: Record<string, Record<RunOutcome['kind'] | 'cross', number>> = {};

function count(model: string, kind: RunOutcome['kind'] | 'cross') {
  tally[model] ??= { finished: 0, refused: 0, cancelled: 0, failed: 0, cross: 0 };
  tally[model][kind]++;
}

/** Validates and runs one parameter set; throws with a reproducer when the property breaks. */
async function checkCase(model: ModelDefinition, given: Record<string, unknown>): Promise<void> {
  const raw = applyImplications(model.params, given);
  const checked = await validateParams(model.params, raw, model.crossChecks ?? []);
  const reproducer = `npm run -s sim -- ${model.id} ${Object.entries(given)
    .map(([k, v]) => `--set ${k}=${String(v)}`)
    .join(' ')}`;
  if (!checked.ok) {
    const notCross = checked.issues.filter((i) => i.code !== 'cross');
    if (notCross.length > 0) throw new Error(`${reproducer}: a valid value was refused by its field: ${notCross[0].message}`);
    for (const issue of checked.issues) expect(issue.message.length, reproducer).toBeGreaterThan(0);
    count(model.id, 'cross');
    return;
  }
  const outcome = await boundedRun(model, checked.values, RUN_BOUND_MS);
  count(model.id, outcome.kind);
  const problem = outcomeProblem(outcome, RUN_BOUND_MS);
  if (problem) throw new Error(`${reproducer}: ${problem}`);
}

afterAll(() => {
  const lines = Object.entries(tally).map(([id, t]) => `${id}: ${Object.entries(t).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`fuzz parameter runs (bound ${RUN_BOUND_MS} ms)\n  ${lines.join('\n  ')}`);
});

const testTimeout = (cases: number) => 60_000 + cases * (RUN_BOUND_MS + 4000);

for (const model of models) {
  describe(`fuzz ${model.id}: every parameter`, () => {
    const base = cheapBase[model.id] ?? {};
    const specs = model.params.filter((s): s is Exclude<ParamSpec, { kind: 'text' }> => s.kind !== 'text');
    for (const spec of specs) {
      const edges = edgeValues(spec);
      const runs = fuzzRuns(1);
      it(
        `${spec.key}: limits, options and ${runs} random valid value(s) give a finite summary or a clear refusal`,
        async () => {
          for (const value of edges) await checkCase(model, { ...base, [spec.key]: value });
          await fc.assert(
            fc.asyncProperty(valueArb(spec), (value) => checkCase(model, { ...base, [spec.key]: value })),
            fcParams(1),
          );
        },
        testTimeout(edges.length + runs),
      );
    }

    const jointRuns = fuzzRuns(3);
    it(
      `${jointRuns} random joint parameter sets give a finite summary, a clear refusal or a responsive long run`,
      async () => {
        const record = Object.fromEntries(specs.map((s) => [s.key, valueArb(s)]));
        await fc.assert(
          fc.asyncProperty(fc.record(record), (values) => checkCase(model, values)),
          fcParams(3),
        );
      },
      testTimeout(jointRuns),
    );
  });
}
