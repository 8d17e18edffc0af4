/**
 * The all-series CSV shows a series in the same unit as the page's plots and tables: for every
 * series whose quantity has a display unit in its model's `DISPLAY_UNITS` (outputUnits.ts), the
 * CSV rule of `src/export/seriesUnits.ts` names the same unit and converts by the same factor
 * (relative tolerance 1e-12).
 */
import { describe, expect, it } from 'vitest';
import { seriesUnit } from '../../../src/export/seriesUnits';
import type { DisplayUnit } from '../../../src/core/params';
import { DISPLAY_UNITS as SOLIDIFICATION } from '../../../src/models/solidification';
import { DISPLAY_UNITS as HYDROGEN } from '../../../src/models/hydrogen';
import { DISPLAY_UNITS as IONHOP } from '../../../src/models/ionhop';

/** [model id, series name, the display unit the page uses for it]. */
const CASES: [string, string, DisplayUnit][] = [
  ['solidification', 'melt_z', SOLIDIFICATION.length],
  ['solidification', 'solid_z', SOLIDIFICATION.length],
  ['solidification', 'dispersion_wavelength', SOLIDIFICATION.microLength],
  ['solidification', 'history_t', SOLIDIFICATION.time],
  ['solidification', 'history_V', SOLIDIFICATION.velocity],
  ['hydrogen', 'isotherm_des_p', HYDROGEN.pressure],
  ['hydrogen', 'plateau_pDes', HYDROGEN.pressure],
  ['ionhop', 'msdTracer', IONHOP.area],
  ['ionhop', 'msdChargeErr', IONHOP.area],
  ['ionhop', 'dLagTracer', IONHOP.diffusivity],
];

describe('CSV units agree with the display units beside each model', () => {
  it.each(CASES)('%s %s', (id, name, du) => {
    const rule = seriesUnit(id, name);
    expect(rule, `${id}.${name} has a CSV unit rule`).not.toBeNull();
    expect(rule!.display).toBe(du.unit);
    const got = rule!.toDisplay(1);
    expect(Math.abs(got - du.factor), `${id}.${name}: expected factor ${du.factor}, got ${got}, tolerance 1e-12 relative`).toBeLessThanOrEqual(1e-12 * du.factor);
  });
});
