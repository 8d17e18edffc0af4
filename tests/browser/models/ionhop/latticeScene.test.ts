/**
 * The lattice scene builder on its own: draws sites, ions and blocked sites in headless WebGL,
 * animates a change of ion positions (and jumps at once when animation is off), and disposes.
 */
import { describe, expect, it } from 'vitest';
import { LatticeScene, type LatticeSceneData } from '../../../../src/viz/scene/latticeScene';

function cubic(L: number, a: number) {
  const xyz: number[] = [];
  for (let i = 0; i < L; i++) for (let j = 0; j < L; j++) for (let k = 0; k < L; k++) xyz.push(i * a, j * a, k * a);
  return { siteXYZ: Float64Array.from(xyz), supercell: Float64Array.of(L * a, 0, 0, 0, L * a, 0, 0, 0, L * a), blockedSites: Float64Array.of(1, 2), dim: 3, hop: a };
}

function data(over: Partial<LatticeSceneData>): LatticeSceneData {
  return { geometry: null, ionSites: null, trails: null, ionColor: '#0072B2', trailColors: ['#E69F00'], showVacancies: true, showTrails: true, animate: false, background: '#ffffff', ...over };
}

describe('LatticeScene', () => {
  it('renders ions over a white background and animates moves', () => {
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const s = new LatticeScene(canvas);
    s.resize(96, 96);
    const geometry = cubic(6, 2e-10);
    const ions = Float64Array.from({ length: 100 }, (_, i) => i * 2 + 3);
    s.update(data({ geometry, ionSites: ions, trails: { xyz: Float64Array.from({ length: 2 * 3 * 3 }, (_, i) => (i % 7) * 1e-10), ions: 1, snapshots: 3 } }));
    expect(s.ionCount).toEqual({ total: 100, drawn: 100 });
    s.render();
    const gl = canvas.getContext('webgl2')!;
    const px = new Uint8Array(96 * 96 * 4);
    gl.readPixels(0, 0, 96, 96, gl.RGBA, gl.UNSIGNED_BYTE, px);
    let blue = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i + 2] > px[i] + 40) blue++;
    expect(blue).toBeGreaterThan(50);

    s.update(data({ geometry, ionSites: ions.map((v) => v + 1), animate: true }));
    expect(s.animating).toBe(true);
    s.update(data({ geometry, ionSites: ions.map((v) => v + 2), animate: false }));
    expect(s.animating).toBe(false);
    s.dispose();
    canvas.remove();
  });
});
