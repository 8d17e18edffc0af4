/**
 * The morphology engine choice: 'auto' skips software WebGL2 (SwiftShader, llvmpipe, "Software"
 * renderers) for the CPU, keeps the GPU when the renderer is hardware or unknown, 'gpu' forces
 * WebGL2 where it exists, 'cpu' always runs the CPU solver.
 */
import { describe, expect, it } from 'vitest';
import { chooseEngine, isSoftwareRenderer } from '../../../../src/viz/phasefield/engineChoice';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const LLVMPIPE = 'llvmpipe (LLVM 15.0.7, 256 bits)';
const MS_BASIC = 'ANGLE (Microsoft, Microsoft Basic Render Driver (0x0000008C) Direct3D11 vs_5_0 ps_5_0, D3D11) Software Adapter';
const NVIDIA = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)';
const APPLE = 'Apple M1';

describe('engine choice', () => {
  it('recognises software renderers and nothing else', () => {
    for (const r of [SWIFTSHADER, LLVMPIPE, MS_BASIC, 'Google SwiftShader']) expect(isSoftwareRenderer(r), r).toBe(true);
    for (const r of [NVIDIA, APPLE, 'Mesa Intel(R) UHD Graphics 620 (KBL GT2)', null]) expect(isSoftwareRenderer(r), String(r)).toBe(false);
  });

  it("'auto' takes a hardware or unknown GPU and skips a software one", () => {
    expect(chooseEngine('auto', true, NVIDIA)).toEqual({ engine: 'gpu', reason: 'hardware' });
    expect(chooseEngine('auto', true, null)).toEqual({ engine: 'gpu', reason: 'hardware' });
    expect(chooseEngine('auto', true, SWIFTSHADER)).toEqual({ engine: 'cpu', reason: 'software' });
    expect(chooseEngine('auto', true, LLVMPIPE)).toEqual({ engine: 'cpu', reason: 'software' });
    expect(chooseEngine('auto', false, null)).toEqual({ engine: 'cpu', reason: 'none' });
  });

  it("'gpu' forces WebGL2 even when it is software; 'cpu' always runs the CPU", () => {
    expect(chooseEngine('gpu', true, SWIFTSHADER)).toEqual({ engine: 'gpu', reason: 'asked' });
    expect(chooseEngine('gpu', false, null)).toEqual({ engine: 'cpu', reason: 'none' });
    expect(chooseEngine('cpu', true, NVIDIA)).toEqual({ engine: 'cpu', reason: 'asked' });
  });
});
