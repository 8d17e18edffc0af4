/**
 * Fuzz (issue 11): random measured-data CSV files for the hydrogen model. Each one gives a fit
 * (finite summary) or is refused as invalid input naming the field `data` and the bad line (or
 * saying there is no data row) — the CLI's exit 2 — never a model error (exit 1).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from '../../../src/models/hydrogen';
import { validateParams } from '../../../src/core/params';
import { fcParams, RUN_BOUND_MS } from './fuzzConfig';
import { boundedRun, outcomeProblem } from './boundedRun';

const header = fc.constantFrom(null, 'T,p,H/M,dir', 'T[K],p[bar],H/M,dir', 'T[C],p[kPa],wt%,dir', 'T[degC],p[hPa],mass%', 'T[K],p[MPa],H/M', 'T[F],p[furlong],x', 'a,b,c', 'T,p');
const number = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => String(x));
const junk = fc.constantFrom('', 'abc', 'NaN', '-1', '0', '1e308', '-1e308', '１', '1,5', '"3"', '1e6', '1e12', 'Infinity');
const row = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: number(250, 420) }, { weight: 1, arbitrary: junk }),
  fc.oneof({ weight: 4, arbitrary: number(1, 50) }, { weight: 1, arbitrary: junk }),
  fc.oneof({ weight: 4, arbitrary: number(0, 1.2) }, { weight: 1, arbitrary: junk }),
  fc.oneof(fc.constantFrom(null, 'abs', 'des', 'a', 'd', 'ABS'), junk),
).map(([T, p, c, dir]) => [T, p, c, ...(dir === null ? [] : [dir])].join(','));
const extraLine = fc.constantFrom('', '# comment', ' , , ', ',,,,,', 'T,p,H/M,dir');
const cleanRow = fc
  .tuple(number(250, 420), number(1, 50), number(0, 1.2), fc.constantFrom('abs', 'des'))
  .map((cells) => cells.join(','));
const dirty = fc
  .tuple(header, fc.array(fc.oneof({ weight: 6, arbitrary: row }, { weight: 1, arbitrary: extraLine }), { maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
  .map(([h, lines, eol]) => [...(h === null ? [] : [h]), ...lines].join(eol));
const clean = fc
  .tuple(fc.constantFrom(null, 'T[K],p[bar],H/M,dir', 'T,p,H/M,dir'), fc.array(cleanRow, { minLength: 0, maxLength: 25 }))
  .map(([h, lines]) => [...(h === null ? [] : [h]), ...lines].join('\n'));
const csv = fc.oneof(clean, dirty);

const tally = { fit: 0, refused: 0 };

afterAll(() => console.log(`fuzz CSV files: ${tally.fit} fitted, ${tally.refused} refused naming a line`));

describe('fuzz: random measured-data CSV files', () => {
  it('give a fit or a refusal naming the data line', async () => {
    await fc.assert(
      fc.asyncProperty(csv, async (text) => {
        const shown = JSON.stringify(text).slice(0, 400);
        const checked = await validateParams(model.params, { data: text }, model.crossChecks ?? []);
        if (!checked.ok) {
          expect(checked.issues[0].field, shown).toBe('data');
          tally.refused++;
          return;
        }
        const outcome = await boundedRun(model, checked.values, RUN_BOUND_MS);
        const problem = outcomeProblem(outcome, RUN_BOUND_MS);
        if (problem) throw new Error(`${shown}: ${problem}`);
        if (outcome.kind === 'refused') {
          expect(outcome.field, shown).toBe('data');
          expect(outcome.message, shown).toMatch(/line \d+|no data row|\d+ data rows?;/);
          tally.refused++;
        } else tally.fit++;
      }),
      fcParams(30),
    );
  }, 300_000);
});
