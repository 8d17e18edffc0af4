/**
 * The stability map's CSV: strict RFC 4180 (papaparse), one row per cell with the header's field
 * count, units in every numeric header, and the page's units: G in K/mm, R in K/min, V in µm/s,
 * with V = R/G on an R map (relative tolerance 1e-12).
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computeStabilityMap } from '../../../../../src/models/solidification';
import { mapToCsv } from '../../../../../src/app/models/solidification/mapCsv';

const request = { phaseDiagram: 'SiGe', k: 0.3, m: -350, Tm: 1687, x0: 0.2, D: 1e-8, gamma: 1.4e-7, gMin: 1e3, gMax: 1e5, nG: 6, nY: 5, log: true } as const;

function parse(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  expect(rows.pop()).toEqual(['']);
  return rows;
}

describe('stability map CSV', () => {
  it('R map: G [K/mm], R [K/min], V = R/G [µm/s], regime, ΔT_cs [K]', () => {
    const req = { ...request, axis: 'R' as const, yMin: 1e-4, yMax: 1 };
    const rows = parse(mapToCsv({ request: req, ...computeStabilityMap(req), elapsedMs: 0, workers: 1 }));
    expect(rows[0]).toEqual(['G [K/mm]', 'R [K/min]', 'V [µm/s]', 'regime', 'ΔT_cs max [K]']);
    expect(rows.length).toBe(1 + 6 * 5);
    for (const r of rows) expect(r.length).toBe(5);
    const [G, R, V] = [0, 1, 2].map((c) => rows.slice(1).map((r) => Number(r[c])));
    expect(Math.min(...G)).toBeCloseTo(1, 12);
    expect(Math.max(...G)).toBeCloseTo(100, 10);
    expect(Math.min(...R)).toBeCloseTo(0.006, 12);
    for (let i = 0; i < V.length; i++) {
      const expected = (R[i] / 60 / (G[i] * 1e3)) * 1e6;
      expect(Math.abs(V[i] - expected), `V row ${i}: expected ${expected}, got ${V[i]}, tolerance 1e-12 relative`).toBeLessThan(1e-12 * expected);
    }
    expect(new Set(rows.slice(1).map((r) => r[3])).size).toBeGreaterThan(1);
  });

  it('V map: V [µm/s] from 0.1 to 1000', () => {
    const req = { ...request, axis: 'V' as const, yMin: 1e-7, yMax: 1e-3 };
    const rows = parse(mapToCsv({ request: req, ...computeStabilityMap(req), elapsedMs: 0, workers: 1 }));
    expect(rows[0]).toEqual(['G [K/mm]', 'V [µm/s]', 'regime', 'ΔT_cs max [K]']);
    const V = rows.slice(1).map((r) => Number(r[1]));
    expect(Math.min(...V)).toBeCloseTo(0.1, 10);
    expect(Math.max(...V)).toBeCloseTo(1000, 8);
  });
});
