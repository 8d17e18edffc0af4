/**
 * The live session's facts for a view: the growth velocity, gradient and cooling rate it reports
 * are those of the drive (pulling: V given, R = V·G; cooling: R given, V = R/G), and a frame has
 * one value per cell and one interface height per column.
 */
import { describe, expect, it } from 'vitest';
import { MorphologySession } from '../../../../../src/models/solidification/morphology';
import { teaching, V } from './fixtures';

const small = { nx: 16, nz: 32 };

describe('MorphologySession', () => {
  it('reports V, G and R = V·G of a pulled run', () => {
    const p = teaching(2, small);
    const { info } = new MorphologySession(p);
    expect(info.V).toBe(V);
    expect(info.G).toBe(p.G);
    expect(info.coolingRate).toBeCloseTo(V * p.G, 12);
  });

  it('reports the cooling rate it was given and V = R/G of a cooled run', () => {
    const pulled = teaching(2, small);
    const R = 0.05;
    const { info } = new MorphologySession({ ...pulled, drive: 'cooling', R });
    expect(info.coolingRate).toBeCloseTo(R, 12);
    expect(info.V).toBeCloseTo(R / pulled.G, 18);
  });

  it('gives frames of one value per cell and one height per column', () => {
    const session = new MorphologySession(teaching(2, small));
    session.advance(3);
    const f = session.frame();
    expect(f.concentration).toHaveLength(small.nx * small.nz);
    expect(f.profile).toHaveLength(small.nx);
    expect(f.steps).toBe(3);
  });
});
