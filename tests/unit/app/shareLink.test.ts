/**
 * Links say what the user said and still reproduce the run exactly: numbers in the display unit
 * at the shortest precision that parses back to the identical SI double, the preset with only
 * the edits after it, a lesson step, presenter mode, and a list of what cannot travel (uploaded data). Loading
 * goes through the page's own `ModelSession.loadQuery`.
 */
import { describe, expect, it } from 'vitest';
import { linkValue, shareQuery } from '../../../src/app/shareLink';
import { ModelSession } from '../../../src/app/session.svelte';
import type { ModelWorkerClient } from '../../../src/app/worker/client';
import { modelLoaders } from '../../../src/models/registry';
import { defaultsOf, type ModelDefinition } from '../../../src/core/model';
import { validateParams, type NumberSpec } from '../../../src/core/params';
import { Rng } from '../../../src/core/rng';
import { parameterQuery, readStepLink } from '../../../src/app/lessons/links';
import { LESSONS } from '../../../src/app/lessons/data';

const noClient = {} as ModelWorkerClient;

async function reload(model: ModelDefinition, query: Record<string, string>) {
  const s = new ModelSession(model, noClient);
  await s.loadQuery(query);
  return s;
}

describe('link values', () => {
  it('writes the values the user sees: R=5 K/min, G=7.7 K/mm, nu0 in THz', async () => {
    const sol = await modelLoaders.solidification();
    const spec = (k: string, m = sol) => m.params.find((p) => p.key === k) as NumberSpec;
    expect(await linkValue(spec('R'), 5 / 60)).toBe('5 K/min');
    expect(await linkValue(spec('G'), 7700)).toBe('7.7 K/mm');
    const ion = await modelLoaders.ionhop();
    expect(await linkValue(spec('nu0', ion), 3455987160072.5273)).toMatch(/^3\.455987160072\d* THz$/);
    const h2 = await modelLoaders.hydrogen();
    expect(await linkValue(spec('pMax', h2), 2e8)).toBe('2000 bar');
    expect(await linkValue(spec('dH', h2), -31500)).toBe('-31.5 kJ/mol');
  });

  it.each(['solidification', 'hydrogen', 'ionhop'])('%s: random values of every number round-trip to the identical SI double', async (id) => {
    const model = await modelLoaders[id]();
    const rng = new Rng(12);
    let checked = 0;
    for (const spec of model.params) {
      if (spec.kind !== 'number') continue;
      for (let i = 0; i < 5; i++) {
        const u = rng.nextUint32() / 2 ** 32;
        const v = spec.log ? spec.min * Math.pow(spec.max / spec.min, u) : spec.min + u * (spec.max - spec.min);
        const raw = { ...defaultsOf(model), [spec.key]: v };
        // values that break a cross-field rule (pMin < pMax …) are not runs anyone can link to
        if (!(await validateParams(model.params, raw, model.crossChecks ?? [])).ok) continue;
        const { query } = await shareQuery(model, { raw, presetId: '', present: false });
        const back = await reload(model, query);
        expect(back.urlNotices, `${spec.key}=${query[spec.key]}`).toEqual([]);
        expect(back.raw[spec.key], `${spec.key}: link "${query[spec.key]}" expected ${v}`).toBe(v);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('link query', () => {
  it('carries the preset, the edits after it and presenter mode, and reloads to the same values', async () => {
    const model = await modelLoaders.solidification();
    const s = new ModelSession(model, noClient);
    await s.applyPreset('sige-eimr-7.7');
    await s.setValue('x0', 0.25);
    const { query } = await shareQuery(model, { raw: s.raw, presetId: s.presetId, present: true });
    expect(query).toEqual({ preset: 'sige-eimr-7.7', x0: '0.25', present: '1' });
    const back = await reload(model, query);
    expect(back.presetId).toBe('sige-eimr-7.7');
    expect(back.raw).toEqual(s.raw);
  });

  it('carries a lesson step after the parameters; the step link with an edit reloads to the same values', async () => {
    const model = await modelLoaders.solidification();
    const lesson = LESSONS.find((l) => l.model === 'solidification') ?? LESSONS[0];
    const s = new ModelSession(model, noClient);
    const opened = { lesson: lesson.id, step: '3' };
    const link = readStepLink(LESSONS, 'solidification', opened);
    await s.loadQuery(parameterQuery(link, opened));
    await s.setValue('G', 10_000);
    const { query } = await shareQuery(model, { raw: s.raw, presetId: s.presetId, present: true, lesson: { id: lesson.id, step: 3 } });
    expect(Object.keys(query).slice(-3)).toEqual(['lesson', 'step', 'present']);
    expect(query).toMatchObject({ ...lesson.steps[2].query, G: '10 K/mm', lesson: lesson.id, step: '3' });
    // reopened from the link: the step's values, then the edit on top
    const back = await reload(model, parameterQuery(readStepLink(LESSONS, 'solidification', query), query));
    expect(back.urlNotices).toEqual([]);
    expect(back.raw).toEqual(s.raw);
  });

  it('states the drive when a pulling speed is set under cooling (V alone would imply pulling)', async () => {
    const model = await modelLoaders.solidification();
    const raw = { ...defaultsOf(model), V: 2e-5 };
    const { query } = await shareQuery(model, { raw, presetId: '', present: false });
    expect(query).toEqual({ V: '20 µm/s', drive: 'cooling' });
    expect((await reload(model, query)).raw).toEqual(raw);
  });

  it('names uploaded data, which a link cannot carry', async () => {
    const model = await modelLoaders.hydrogen();
    const raw = { ...defaultsOf(model), data: 'T,p,H/M,dir\n298,1e5,0.5,des', T: 310 };
    const shared = await shareQuery(model, { raw, presetId: '', present: false });
    expect(shared.notInLink).toEqual(['data']);
    expect(shared.query).toEqual({ T: '310 K' });
  });

  it('reports an unknown preset and starts from the defaults', async () => {
    const model = await modelLoaders.solidification();
    const back = await reload(model, { preset: 'nope' });
    expect(back.urlNotices.map((n) => n.key)).toEqual(['preset']);
    expect(back.raw).toEqual(defaultsOf(model));
  });
});
