import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundary of the pure layers (eslint.config.js)', () => {
  const forbidden = [
    ["import { Scene } from 'three';", 'three.js'],
    ["import { select } from 'd3-selection';", 'D3'],
    ["import * as Comlink from 'comlink';", 'comlink'],
    ["import { mount } from 'svelte';", 'Svelte'],
    ["import App from '../../app/App.svelte';", 'the app'],
    ["import { renderLinePlot } from '../../viz/plot/linePlot';", 'the views'],
  ];
  for (const [code, what] of forbidden) {
    for (const file of ['src/models/solidification/fake.ts', 'src/core/fake.ts']) {
      it(`rejects ${what} in ${file}`, async () => {
        const found = await messages(`${code}\nexport const x = 1;\n`, file);
        expect(found.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
      });
    }
  }

  it('rejects DOM and worker globals in a model', async () => {
    const found = await messages('export const w = window.innerWidth + document.title.length;\nself.postMessage(1);\n', 'src/models/ionhop/fake.ts');
    expect(found.filter((m) => m.startsWith('no-restricted-globals'))).toHaveLength(3);
  });

  it('allows core imports and numerics libraries in a model, and three.js in a view', async () => {
    expect(await messages("import { brent } from '../../core/roots';\nimport * as v from 'valibot';\nexport const f = [brent, v];\n", 'src/models/hydrogen/fake.ts')).toEqual([]);
    expect(await messages("import { Scene } from 'three';\nexport const s = new Scene();\n", 'src/viz/scene/fake.ts')).toEqual([]);
  });
});

describe("app code uses a model only through its public index (eslint.config.js)", () => {
  it.each([
    ["import { MATERIALS } from '../../../models/hydrogen/materials';", 'src/app/models/hydrogen/fake.ts'],
    ["import type { SolidificationParams } from '../../../models/solidification/params';", 'src/app/models/solidification/fake.ts'],
    ["import { run } from '../src/models/ionhop/run';", 'workers/fake.worker.ts'],
  ])('rejects %s in %s', async (code, file) => {
    const found = await messages(`${code}\nexport const x = 1;\n`, file);
    expect(found.some((m) => m.startsWith('no-restricted-imports') && m.includes('public index')), found.join('; ')).toBe(true);
  });

  it('allows the public index, the registry and the app entries', async () => {
    const code = "import { MATERIALS } from '../../../models/hydrogen';\nimport { modelIds } from '../../../models/registry';\nimport { en } from './i18n';\nexport const x = [MATERIALS, modelIds, en];\n";
    expect(await messages(code, 'src/app/models/hydrogen/fake.ts')).toEqual([]);
  });
});

describe('colour values live only in src/viz/colors.ts (eslint.config.js)', () => {
  const code = "export const a = '#E69F00';\nexport const b = 'var(--panel, #fff)';\nexport const c = `fill=\"${a}\" #abcdef`;\nexport const route = '#/hydrogen';\n";
  it('rejects hex colours in app and view code, whole or inside a string', async () => {
    for (const file of ['src/app/models/ionhop/fake.ts', 'src/viz/plot/fake.ts']) {
      const found = (await messages(code, file)).filter((m) => m.startsWith('no-restricted-syntax'));
      expect(found, file).toHaveLength(3);
    }
  });
  it('accepts them in the colour module', async () => {
    expect((await messages(code, 'src/viz/colors.ts')).filter((m) => m.startsWith('no-restricted-syntax'))).toEqual([]);
  });
});
