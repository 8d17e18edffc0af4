/**
 * The lesson data: ids unique, 4–8 steps, every step's parameters valid for its model (validated
 * as a link is), every text in English and Japanese with the same placeholders, and — by running
 * each step's model here in Node — every quoted value present in the step's result and every claim
 * the text makes about the result true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonById as byId, lessonsHash, parameterQuery, readStepLink as readLink, stepHash } from '../../../../src/app/lessons/links';
import { LESSONS } from '../../../../src/app/lessons/data';
import { placeholders, resolveQuote } from '../../../../src/app/lessons/quotes';
import { validateStepQuery } from '../../../../src/app/lessons/stepParams';
import { en, ja } from '../../../../src/app/lessons/texts';
import type { Claim } from '../../../../src/app/lessons/types';
import { modelLoaders, modelIds } from '../../../../src/models/registry';
import { defaultsOf, type ModelResult, type ParamValues, type SummaryValue } from '../../../../src/core/model';
import { MorphologySession, morphologyModel, morphologyPresets } from '../../../../src/models/solidification';

const catalogs: Record<string, Record<string, string>> = { en, ja };
const readStepLink = (modelId: string, query: Record<string, string>) => readLink(LESSONS, modelId, query);
const lessonById = (id: string) => byId(LESSONS, id);

/** True when `claim` holds for the summary value `v`. */
function holds(claim: Claim, v: SummaryValue | undefined): boolean {
  switch (claim.op) {
    case 'eq':
      return v === claim.value;
    case 'lt':
      return typeof v === 'number' && typeof claim.value === 'number' && v < claim.value;
    case 'gt':
      return typeof v === 'number' && typeof claim.value === 'number' && v > claim.value;
    case 'near':
      return typeof v === 'number' && typeof claim.value === 'number' && Math.abs(v - claim.value) <= (claim.tol ?? 0) * Math.abs(claim.value);
  }
}

describe('lesson data', () => {
  it('has unique ids, at least two lessons per model, 4–8 steps each and a time', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const id of modelIds) expect(LESSONS.filter((l) => l.model === id).length).toBeGreaterThanOrEqual(2);
    for (const l of LESSONS) {
      expect(l.steps.length, l.id).toBeGreaterThanOrEqual(4);
      expect(l.steps.length, l.id).toBeLessThanOrEqual(8);
      expect(l.minutes).toBeGreaterThan(0);
      for (const s of l.steps) {
        expect(s.cards.length, l.id).toBeGreaterThan(0);
        expect(s.choices, l.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('is listed in the README, each lesson by its id', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Lessons'), readme.indexOf('## Exports'));
    expect(LESSONS.map((l) => l.id).filter((id) => !section.includes(`| \`${id}\` `))).toEqual([]);
  });

  it('has every text in both languages, the same placeholders, and no placeholder without a quote', () => {
    for (const l of LESSONS) {
      for (const lang of ['en', 'ja']) {
        const c = catalogs[lang];
        expect(c[`lesson.${l.id}.title`], `${lang} ${l.id}`).toBeTruthy();
        expect(c[`lesson.${l.id}.goal`], `${lang} ${l.id}`).toBeTruthy();
        l.steps.forEach((s, i) => {
          const k = `lesson.${l.id}.${i + 1}`;
          for (const part of ['prompt', 'question', 'answer']) expect(c[`${k}.${part}`], `${lang} ${k}.${part}`).toBeTruthy();
          for (let n = 1; n <= s.choices; n++) expect(c[`${k}.choice.${n}`], `${lang} ${k}.choice.${n}`).toBeTruthy();
          expect(c[`${k}.choice.${s.choices + 1}`], `${lang} ${k}: more choices than the data says`).toBeUndefined();
          expect(placeholders(c[`${k}.answer`]).sort(), `${lang} ${k}.answer`).toEqual(Object.keys(s.quotes).sort());
          for (const part of ['prompt', 'question']) expect(placeholders(c[`${k}.${part}`]), `${lang} ${k}.${part}`).toEqual([]);
        });
      }
    }
    // no catalog entry for a step or lesson that does not exist
    const known = new Set(LESSONS.flatMap((l) => [`lesson.${l.id}.title`, `lesson.${l.id}.goal`, ...l.steps.flatMap((s, i) => ['prompt', 'question', 'answer', ...Array.from({ length: s.choices }, (_, n) => `choice.${n + 1}`)].map((p) => `lesson.${l.id}.${i + 1}.${p}`))]));
    expect(Object.keys(en).filter((k) => k.startsWith('lesson.') && !known.has(k))).toEqual([]);
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      lesson.steps.forEach((step, i) => {
        it(`step ${i + 1}: parameters valid, quotes present in the result, claims true`, { timeout: 60_000 }, async () => {
          const model = await modelLoaders[lesson.model]();
          const checked = await validateStepQuery(model, step.query);
          expect(checked.ok ? [] : checked.issues.map((x) => x.message)).toEqual([]);
          if (!checked.ok) return;
          const result: ModelResult = await model.run(checked.values);
          const params: ParamValues = checked.values;
          for (const [name, quote] of Object.entries(step.quotes)) {
            const q = resolveQuote(quote, result, params, (v, d) => v.toPrecision(d), (w) => w);
            expect(q.si, `${name} of step ${i + 1}`).not.toBeNull();
          }
          for (const claim of step.claims) expect(holds(claim, result.summary[claim.summary]), `${claim.summary} ${claim.op} ${String(claim.value)}: got ${String(result.summary[claim.summary])}`).toBe(true);
        });
      });
    });
  }
});

describe('steps that play a card', () => {
  const played = LESSONS.flatMap((l) => l.steps.flatMap((s, i) => (s.play ? [{ lesson: l, step: s, n: i + 1, play: s.play }] : [])));

  it('exist (the sige-polycrystal lesson plays the Morphology (2D) card)', () => {
    expect(played.map((p) => `${p.lesson.id}/${p.n}/${p.play.card}`)).toEqual(['sige-polycrystal/7/solidification-morphology']);
  });

  for (const { lesson, step, n, play } of played) {
    it(`${lesson.id} step ${n}: highlights the card it plays, whose preset exists and whose run is unstable as the answer says`, () => {
      expect(step.cards[0]).toBe(play.card);
      const preset = morphologyPresets.find((p) => p.id === play.preset);
      expect(preset, play.preset).toBeDefined();
      // the answer says the front breaks up: the 2-D run's own set-up finds growing wavelengths, not a planar front
      const session = new MorphologySession({ ...defaultsOf(morphologyModel), ...preset?.values, nx: 16, nz: 32 });
      expect(session.info.fastestWavelength).not.toBeNull();
      expect(session.info.gradientRatio).toBeLessThan(1);
      expect(session.info.scaledRegime).not.toBe('planar');
      // and the card runs the same experiment as the page
      expect(step.query.preset).toBe(play.preset);
    });
  }
});

describe('jump-back step 1', () => {
  it('quotes D* with its error bar, and D₀ lies within it (the answer says they agree within the error)', { timeout: 60_000 }, async () => {
    const step = lessonById('jump-back')?.steps[0];
    expect(step && Object.keys(step.quotes)).toEqual(['f', 'D', 'DErr', 'D0']);
    if (!step) return;
    const model = await modelLoaders.ionhop();
    const checked = await validateStepQuery(model, step.query);
    if (!checked.ok) throw new Error('invalid step parameters');
    const s = (await model.run(checked.values)).summary;
    const [D, DErr, D0] = [s.tracerD, s.tracerDErr, s.D0].map(Number);
    expect(DErr).toBeGreaterThan(0);
    expect(Math.abs(D - D0)).toBeLessThanOrEqual(DErr);
  });
});

describe('step links', () => {
  const lesson = LESSONS[0];

  it('read the lesson and the step (1-based, default 1) and apply its parameters under the other values', () => {
    const link = readStepLink(lesson.model, { lesson: lesson.id, step: '2', G: '10 K/mm', present: '1' });
    expect(link && 'step' in link ? link.index : null).toBe(1);
    expect(parameterQuery(link, { lesson: lesson.id, step: '2', G: '10 K/mm', present: '1' })).toEqual({ ...lesson.steps[1].query, G: '10 K/mm', present: '1' });
    const first = readStepLink(lesson.model, { lesson: lesson.id });
    expect(first && 'step' in first ? first.index : null).toBe(0);
    expect(parameterQuery(null, { x: '1' })).toEqual({ x: '1' });
  });

  it('name what is wrong with a bad link, and keep the other values', () => {
    expect(readStepLink(lesson.model, { lesson: 'nope' })).toEqual({ problem: { kind: 'unknown-lesson', lesson: 'nope' } });
    const other = LESSONS.find((l) => l.model !== lesson.model);
    expect(readStepLink(lesson.model, { lesson: other?.id ?? '' })).toEqual({ problem: { kind: 'other-model', lesson: other } });
    for (const step of ['0', String(lesson.steps.length + 1), '1.5', 'x', '', '01', '1e1']) {
      expect(readStepLink(lesson.model, { lesson: lesson.id, step }), step).toEqual({ problem: { kind: 'bad-step', lesson, step } });
    }
    const bad = readStepLink(lesson.model, { lesson: 'nope', step: '3', G: '10 K/mm' });
    expect(parameterQuery(bad, { lesson: 'nope', step: '3', G: '10 K/mm' })).toEqual({ G: '10 K/mm' });
    expect(readStepLink(lesson.model, { G: '1' })).toBeNull();
  });

  it('are written as #/<model>?lesson=<id>&step=<n>', () => {
    expect(stepHash(lesson, 3)).toBe(`#/${lesson.model}?lesson=${lesson.id}&step=3`);
    expect(stepHash(lesson, 1, true)).toBe(`#/${lesson.model}?lesson=${lesson.id}&step=1&present=1`);
    expect(lessonsHash(false)).toBe('#/lessons');
    expect(lessonsHash(true, { worksheet: lesson.id })).toBe(`#/lessons?worksheet=${lesson.id}&present=1`);
    expect(lessonById(lesson.id)).toBe(lesson);
    expect(lessonById('__proto__')).toBeUndefined();
  });
});
