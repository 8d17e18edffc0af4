/**
 * computeStabilityMap (stabilityMap.ts): the G and column axes (log or linear spacing), the row
 * block and its cell order, V = R/G on the R axis, and every cell equal to the steady point at its
 * (G, V) on the dilute diagram, whose critical gradient is V·ΔT0/D.
 */
import { describe, expect, it } from 'vitest';
import { computeStabilityMap, REGIMES, type StabilityMapRequest } from '../../../../src/models/solidification/stabilityMap';
import { DiluteDiagram } from '../../../../src/models/solidification/phaseDiagram';
import { steadyInterface, steadyPoint, steadyRegime } from '../../../../src/models/solidification/steadyState';
import { expectClose } from './helpers';

const base: StabilityMapRequest = { phaseDiagram: 'dilute', k: 0.3, m: -350, Tm: 1687, x0: 0.2, D: 1e-8, gamma: 1.4e-7, axis: 'V', gMin: 1e3, gMax: 1e5, nG: 3, yMin: 1e-6, yMax: 1e-2, nY: 5 };
const dT0 = (-350 * 0.2 * (0.3 - 1)) / 0.3;

describe('computeStabilityMap', () => {
  it('log axes by default (G = 1e3, 1e4, 1e5; V decade steps); every cell is the steady point at its (G, V), row-major', () => {
    const map = computeStabilityMap(base);
    expect(map.G.length).toBe(3);
    for (const [i, g] of [1e3, 1e4, 1e5].entries()) expectClose(map.G[i], g, 1e-9 * g, `G[${i}]`);
    for (const [j, v] of [1e-6, 1e-5, 1e-4, 1e-3, 1e-2].entries()) expectClose(map.Y[j], v, 1e-9 * v, `Y[${j}]`);
    expect([map.rowStart, map.rowEnd]).toEqual([0, 3]);
    expect(map.regime.length).toBe(15);
    const diagram = new DiluteDiagram(0.3, -350, 1687);
    const iface = steadyInterface(diagram, 0.2);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 5; j++) {
        const idx = i * 5 + j;
        const p = steadyPoint(diagram, iface, { V: map.Y[j], G: map.G[i], D: 1e-8, gamma: 1.4e-7 });
        expect(map.V[idx]).toBe(map.Y[j]);
        expect(REGIMES[map.regime[idx]]).toBe(steadyRegime(p));
        expect(map.deltaTcs[idx]).toBe(p.supercooling.maxSupercooling);
        expectClose(map.criticalGradient[idx], (map.Y[j] * dT0) / 1e-8, 1e-9 * map.criticalGradient[idx], `G_crit[${idx}]`);
      }
    expectClose(map.interfaceK, 0.3, 1e-12, 'k');
    expectClose(map.absoluteStabilityV, (1e-8 * dT0) / (0.3 * 1.4e-7), 1e-9, 'V_abs');
    // low V at steep G is planar, fast growth dendritic or absolute
    expect(REGIMES[map.regime[2 * 5]]).toBe('planar');
    expect(map.deltaTcs[2 * 5]).toBe(0);
    expect(map.deltaTcs[4]).toBeGreaterThan(0);
  });

  it('linear axes when log is false', () => {
    const map = computeStabilityMap({ ...base, log: false, gMin: 1000, gMax: 3000, yMin: 1e-6, yMax: 5e-6 });
    for (const [i, g] of [1000, 2000, 3000].entries()) expectClose(map.G[i], g, 1e-9, `G[${i}]`);
    for (let j = 0; j < 5; j++) expectClose(map.Y[j], (j + 1) * 1e-6, 1e-18, `Y[${j}]`);
  });

  it('a row block holds rows rowStart … rowEnd − 1 of the full map, at index (i − rowStart)·nY + j', () => {
    const full = computeStabilityMap(base);
    const block = computeStabilityMap({ ...base, rowStart: 1, rowEnd: 3 });
    expect([block.rowStart, block.rowEnd]).toEqual([1, 3]);
    expect([...block.G]).toEqual([...full.G]);
    expect(block.regime.length).toBe(10);
    expect([...block.regime]).toEqual([...full.regime.slice(5)]);
    expect([...block.deltaTcs]).toEqual([...full.deltaTcs.slice(5)]);
    expect([...block.V]).toEqual([...full.V.slice(5)]);
    expect([...block.criticalGradient]).toEqual([...full.criticalGradient.slice(5)]);
  });

  it('R axis: V = R/G in every cell', () => {
    const map = computeStabilityMap({ ...base, axis: 'R', yMin: 0.01, yMax: 10 });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 5; j++) expect(map.V[i * 5 + j]).toBe(map.Y[j] / map.G[i]);
    expect(REGIMES[map.regime[0]]).toBe(steadyRegime(steadyPoint(new DiluteDiagram(0.3, -350, 1687), steadyInterface(new DiluteDiagram(0.3, -350, 1687), 0.2), { V: 1e-5, G: 1e3, D: 1e-8, gamma: 1.4e-7 })));
  });
});
