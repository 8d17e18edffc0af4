/**
 * docs/adding-a-model.md, checked: a tiny model (the wave fixture, tests/fixtures/wave-model.ts)
 * added through the public contract — defineModel, a registry entry, an app entry — is listed,
 * described and run by the CLI exactly like the real models, and its refusals follow the error
 * contract. Also: the app offers exactly the registry's models, in its order.
 */
import { describe, expect, it } from 'vitest';
import { defineModel, type ModelDefinition } from '../../../src/core/model';
import { runCli } from '../../../src/cli/main';
import { modelIds, modelLoaders } from '../../../src/models/registry';
import type { ModelEntry } from '../../../src/app/models/types';
import { modelEntries } from '../../../src/app/models/entries';
import wave from '../../fixtures/wave-model';

/** The registry with the wave model added, as step 2 of the guide does in src/models/registry.ts. */
const loaders: Record<string, () => Promise<ModelDefinition>> = { ...modelLoaders, wave: async () => defineModel(wave) };

async function sim(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => '' }, loaders);
  return { code, stdout, stderr };
}

describe('adding a model (docs/adding-a-model.md)', () => {
  it('the CLI lists the added model beside the registered ones', async () => {
    const r = await sim(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`models: ${[...modelIds, 'wave'].join(', ')}`);
  });

  it('the CLI describes its parameters and presets with units, ranges and defaults', async () => {
    const r = await sim(['wave', '--help']);
    expect(r.code).toBe(0);
    for (const spec of wave.params) expect(r.stdout, spec.key).toMatch(new RegExp(`^\\s+${spec.key}\\s`, 'm'));
    expect(r.stdout).toMatch(/long\s+Long run/);
  });

  it('the CLI runs it: units converted, preset applied, series as the model computed them', async () => {
    const r = await sim(['wave', '--preset', 'long', '--set', 'steps=50', '--set', 'amplitude=2 mm']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { model: string; params: Record<string, unknown>; summary: Record<string, number>; series: Record<string, number[]> };
    expect(doc.model).toBe('wave');
    expect(doc.params).toMatchObject({ steps: 50, amplitude: 0.002, workMs: 5 });
    expect(doc.series.x).toHaveLength(50);
    // peak of A·sin(6πx)·e^(−2x) on 50 samples: the largest |y| sample, at most A
    const peak = Math.max(...doc.series.y.map(Math.abs));
    expect(doc.summary.peak, `expected ${peak}, got ${doc.summary.peak}`).toBe(peak);
    expect(peak).toBeLessThanOrEqual(0.002);
    expect(peak).toBeGreaterThan(0.002 * 0.5);
  });

  it('its refusals follow the error contract: validation and run-time refusals exit 2 naming the field', async () => {
    for (const [argv, field] of [
      [['wave', '--set', 'steps=1'], 'steps'],
      [['wave', '--set', 'failAt=300'], 'failAt'],
      [['wave', '--set', 'rejectInput=true'], 'amplitude'],
    ] as const) {
      const r = await sim([...argv]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^sim: invalid ${field}: [^\\n]*\\n$`));
    }
  });

  it('an app entry for it type-checks against ModelEntry and loads the model from the registry', async () => {
    const entry: ModelEntry = {
      id: 'wave',
      loadModel: loaders.wave,
      createWorker: () => {
        throw new Error('not started in Node');
      },
      loadView: () => import('../../browser/app/WaveView.svelte'),
      equations: [{ tex: 'y = A \\sin(6\\pi x)\\,e^{-2x}', captionKey: 'explain.title' }],
      assumptionKeys: [],
      thumbnail: 'M2 20 Q 12 2 22 20',
    };
    expect((await entry.loadModel()).id).toBe(entry.id);
  });
});

describe('one registry for the app and the CLI', () => {
  it('the app offers exactly the registered models, in the registry order, each loading its own definition', async () => {
    expect(modelEntries.map((e) => e.id)).toEqual([...modelIds]);
    for (const entry of modelEntries) expect((await entry.loadModel()).id).toBe(entry.id);
  });
});
